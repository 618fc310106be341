// Lighthouse over every route of the release build in dist/, served compressed as a host would,
// in Debian's Chromium: mobile, with Lighthouse's own simulated slow 4G and a phone's CPU. Prints
// each category's score and the largest contentful paint, total blocking time, time to
// interactive and cumulative layout shift. Figures only: nothing here passes or fails.
//
//   node scripts/lighthouse/run.mjs          (make bench installs Lighthouse and builds first)
//   node scripts/lighthouse/run.mjs /search  (only the routes whose address starts so)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../../tests/serve.mjs';
import { ROUTES } from '../../tests/e2e/support.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

const server = await startServer('dist', 0, { compress: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (simulated slow 4G, 4x CPU slowdown), one run a route:`);
  console.log(`  ${'route'.padEnd(34)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'best'.padStart(4)} ${'seo'.padStart(4)} ${'LCP'.padStart(8)} ${'TBT'.padStart(7)} ${'TTI'.padStart(8)} ${'CLS'.padStart(5)}`);
  const asked = process.argv.slice(2);
  // Lighthouse refuses to audit a page answered with status 404, as the not-found page is.
  const audited = ROUTES.filter((each) => each.heading !== 'Page not found')
    .filter((each) => asked.length === 0 || asked.some((prefix) => each.path.startsWith(prefix)));
  for (const route of audited) {
    const { lhr } = await lighthouse(origin + route.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const score = (id) => String(Math.round((lhr.categories[id]?.score ?? NaN) * 100)).padStart(4);
    const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    console.log(`  ${route.path.padEnd(34)} ${CATEGORIES.map(score).join(' ')} ${seconds(metric('largest-contentful-paint')).padStart(8)} ${`${Math.round(metric('total-blocking-time'))} ms`.padStart(7)} ${seconds(metric('interactive')).padStart(8)} ${metric('cumulative-layout-shift').toFixed(2).padStart(5)}`);
    if (lhr.runtimeError) console.log(`    ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
