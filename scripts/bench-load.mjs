// First visits on a slow phone, measured in headless Chromium: the home page, a guidance page
// and a page of each of the app's views, each against a plain static HTML page of the same
// content (the page as the app drew it, with every script taken out) loaded in the same run. Then the same with
// the guidance library grown ten times by synthetic pages, to show a first visit costs the same.
// Figures only: nothing here passes or fails.
//
//   node scripts/bench-load.mjs [runs]        (make bench builds first)
import { chromium } from 'playwright-core';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer } from '../tests/serve.mjs';
import { FIRST_SCREEN_FORMS } from './first-screens.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const ROUTES = [
  { name: 'home', path: '/' },
  { name: 'guidance page', path: '/guidance/sore-throat' },
  { name: 'signposting flow', path: '/where-to-go' },
  { name: 'care navigation', path: '/practice-staff' },
  { name: 'five a day', path: '/five-a-day' },
  { name: 'find a service', path: '/services' },
  { name: 'search', path: '/search#q=flu' },
];
// Lighthouse's "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, less the 10% it
// takes off throughput when the browser throttles) and a phone four times slower than this machine.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const CPU_SLOWDOWN = 4;
// Interactive: the start of the first 5 s after first paint with no long task and at most two
// requests in flight, moved back to the end of the last long task before it (Lighthouse's TTI).
const QUIET_MS = 5000;
// Answerable: when a page whose first screen works before its part of the app (a form written
// into the page, taken over by the app) shows that form with the page's own script ready for it:
// the later of first paint and the end of parsing. The app loads behind it.

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const orDash = (value) => (Number.isNaN(value) ? '-' : ms(value));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function timeToInteractive(firstPaint, longTasks, requests) {
  const inFlightAt = (time) => requests.filter((r) => r.start <= time && (r.end ?? Infinity) > time).length;
  const candidates = [firstPaint, ...longTasks.map(([, end]) => end), ...requests.map((r) => r.end ?? Infinity)]
    .filter((time) => time >= firstPaint && Number.isFinite(time))
    .sort((a, b) => a - b);
  for (const start of candidates) {
    const end = start + QUIET_MS;
    if (longTasks.some(([taskStart, taskEnd]) => taskEnd > start && taskStart < end)) continue;
    const changes = [start, ...requests.map((r) => r.start).filter((time) => time > start && time < end)];
    if (changes.some((time) => inFlightAt(time) > 2)) continue;
    return Math.max(firstPaint, ...longTasks.map(([, taskEnd]) => taskEnd).filter((time) => time <= start));
  }
  return NaN;
}

/** A browser of its own for one visit, already open on another page, as a person's would be:
 * nothing compiled or cached from an earlier visit, and no start-up cost counted. */
async function openBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const warmUp = await browser.newPage();
  await warmUp.setContent('<p>Another site</p>');
  await warmUp.close();
  return browser;
}

/** One cold visit (a fresh browser, empty cache, no service worker) to `url`, throttled. */
async function visit(url) {
  const browser = await openBrowser();
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript((firstScreenForms) => {
    window.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.benchLongTasks.push([task.startTime, task.startTime + task.duration]);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const formBeforeApp = document.querySelector(`main :is(${firstScreenForms.map((id) => `#${id}`).join(', ')})`) && document.querySelector('link[rel="modulepreload"]');
      if (formBeforeApp) window.benchFormReady = performance.now();
    });
    new MutationObserver(() => {
      if (document.documentElement?.dataset.app === 'ready') window.benchAppReady ??= performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  }, FIRST_SCREEN_FORMS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const requests = new Map();
  let navigationStart = null;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (navigationStart === null) navigationStart = event.timestamp;
    requests.set(event.requestId, { url: event.request.url, start: event.timestamp, end: null, bytes: 0 });
  });
  const finish = (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.end = event.timestamp;
    request.bytes = event.encodedDataLength ?? 0;
  };
  cdp.on('Network.loadingFinished', finish);
  cdp.on('Network.loadingFailed', finish);

  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const startsApp = await page.evaluate(() => document.querySelector('link[rel="modulepreload"]') !== null);
  if (startsApp) await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
  // Watch until nothing has happened for the quiet window, so the last long task is seen.
  for (let waited = 0; waited < 60_000; waited += 500) {
    const tasks = await page.evaluate(() => window.benchLongTasks.map(([, end]) => end));
    const now = await page.evaluate(() => performance.now());
    const all = [...requests.values()];
    const lastRequestEnd = Math.max(0, ...all.map((r) => ((r.end ?? navigationStart) - navigationStart) * 1000));
    const settled = all.every((r) => r.end !== null);
    if (settled && now - Math.max(0, ...tasks, lastRequestEnd) > QUIET_MS + 500) break;
    await page.waitForTimeout(500);
  }
  const seen = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    longTasks: window.benchLongTasks,
    appReady: window.benchAppReady ?? NaN,
    formReady: window.benchFormReady ?? NaN,
    html: document.documentElement.outerHTML,
  }));
  await browser.close();
  const timeline = [...requests.values()].map((r) => ({
    ...r,
    start: (r.start - navigationStart) * 1000,
    end: r.end === null ? null : (r.end - navigationStart) * 1000,
  }));
  return {
    bytes: timeline.reduce((sum, r) => sum + r.bytes, 0),
    requests: timeline.length,
    firstPaint: seen.firstPaint,
    interactive: timeToInteractive(seen.firstPaint, seen.longTasks, timeline),
    appReady: seen.appReady,
    answerable: Math.max(seen.firstPaint, seen.formReady),
    longestTask: Math.max(0, ...seen.longTasks.map(([start, end]) => end - start)),
    html: seen.html,
  };
}

/** The page as drawn, with every script, preload and the policy's script hashes taken out. */
function staticCopy(html) {
  return `<!doctype html>\n${html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/ data-app="ready"/, '')}`;
}

function summarise(runs) {
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    bytes: pick('bytes'),
    requests: pick('requests'),
    firstPaint: pick('firstPaint'),
    interactive: pick('interactive'),
    appReady: pick('appReady'),
    answerable: pick('answerable'),
    longestTask: pick('longestTask'),
  };
}

async function measureSite(dist, label) {
  const parts = readdirSync(dist)
    .filter((name) => name.endsWith('.wasm'))
    .map((name) => {
      const data = readFileSync(join(dist, name));
      return `${name.split('-')[0]} ${kb(data.length)} raw, ${kb(brotli(data))} brotli`;
    });
  const baselines = new Map();
  const server = await startServer(dist, 0, { compress: true, extra: baselines });
  const origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`\n${label}: wasm ${parts.join('; ')}; medians of ${RUNS} cold visits, slow 4G, CPU ${CPU_SLOWDOWN}x slower`);
  console.log(`  ${'page'.padEnd(18)} ${'version'.padEnd(9)} ${'transfer'.padStart(9)} ${'reqs'.padStart(4)} ${'first paint'.padStart(11)} ${'interactive'.padStart(11)} ${'app ready'.padStart(9)} ${'answerable'.padStart(10)} ${'longest task'.padStart(12)}`);
  const rows = [];
  for (const route of ROUTES) {
    const appRuns = [];
    for (let run = 0; run < RUNS; run += 1) appRuns.push(await visit(origin + route.path));
    const baselinePath = `/__baseline/${route.name.replace(/ /g, '-')}`;
    baselines.set(baselinePath, Buffer.from(staticCopy(appRuns[0].html)));
    const staticRuns = [];
    for (let run = 0; run < RUNS; run += 1) staticRuns.push(await visit(origin + baselinePath));
    const site = summarise(appRuns);
    const plain = summarise(staticRuns);
    for (const [version, figures] of [['site', site], ['static', plain]]) {
      console.log(`  ${route.name.padEnd(18)} ${version.padEnd(9)} ${kb(figures.bytes).padStart(9)} ${String(figures.requests).padStart(4)} ${ms(figures.firstPaint).padStart(11)} ${ms(figures.interactive).padStart(11)} ${orDash(figures.appReady).padStart(9)} ${orDash(figures.answerable).padStart(10)} ${ms(figures.longestTask).padStart(12)}`);
    }
    // Answerable is set against the static copy's interactive: when its form could be used.
    const answerableRatio = Number.isNaN(site.answerable) ? '' : `${(site.answerable / plain.interactive).toFixed(2)}x`;
    console.log(`  ${''.padEnd(18)} ${'ratio'.padEnd(9)} ${`${(site.bytes / plain.bytes).toFixed(1)}x`.padStart(9)} ${''.padStart(4)} ${`${(site.firstPaint / plain.firstPaint).toFixed(2)}x`.padStart(11)} ${`${(site.interactive / plain.interactive).toFixed(2)}x`.padStart(11)} ${''.padStart(9)} ${answerableRatio.padStart(10)}`);
    rows.push({ route: route.name, site, plain });
  }
  await new Promise((done) => server.close(done));
  return rows;
}

/** A copy of content/ with nine synthetic copies of every guidance page but the Easy Read ones, in
 * sections of their own; returns how many guidance pages it has. */
function syntheticLibrary(target) {
  rmSync(target, { recursive: true, force: true });
  cpSync('content', target, { recursive: true });
  const guidance = join(target, 'guidance');
  // Easy Read pages are left out: each is the version of one page, and a copy's title would
  // no longer end " (Easy Read)".
  const originals = readdirSync(guidance)
    .filter((name) => name.endsWith('.md'))
    .filter((name) => !/^easy_read = true$/m.test(readFileSync(join(guidance, name), 'utf8')));
  let sections = readFileSync(join(guidance, 'sections.toml'), 'utf8');
  for (let copy = 1; copy < 10; copy += 1) {
    const slugs = [];
    for (const name of originals) {
      const slug = `${name.replace(/\.md$/, '')}-copy-${copy}`;
      const text = readFileSync(join(guidance, name), 'utf8').replace(/^title = "(.*)"$/m, `title = "$1 (synthetic copy ${copy})"`);
      writeFileSync(join(guidance, `${slug}.md`), text);
      slugs.push(slug);
    }
    sections += `\n[[section]]\ntitle = "Synthetic copies ${copy}"\nsummary = "Benchmark pages."\npages = [${slugs.map((slug) => `"${slug}"`).join(', ')}]\n`;
  }
  writeFileSync(join(guidance, 'sections.toml'), sections);
  return readdirSync(guidance).filter((name) => name.endsWith('.md')).length;
}

const real = await measureSite('dist', 'This build');

const content = 'target/bench/content-10x';
const pageCount = syntheticLibrary(content);
const dist10x = 'target/bench/dist-10x';
console.log(`\nBuilding with ${pageCount} guidance pages (10x) into ${dist10x}...`);
try {
  execFileSync('trunk', ['build', '--release', '--dist', dist10x], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NAVIGATOR_CONTENT: content },
  });
} catch (error) {
  // trunk reports its errors on standard output, which is kept quiet unless the build fails.
  console.error(String(error.stdout));
  throw error;
}
const pages10x = readdirSync(join(dist10x, 'content/guidance')).length;
const grown = await measureSite(dist10x, `Library grown 10x (${pages10x} guidance pages)`);

console.log('\nFirst visit with the library grown 10x, against this build:');
for (const [index, row] of real.entries()) {
  const other = grown[index].site;
  console.log(`  ${row.route.padEnd(18)} transfer ${kb(row.site.bytes)} -> ${kb(other.bytes)}, interactive ${ms(row.site.interactive)} -> ${ms(other.interactive)}`);
}
const precache = JSON.parse(readFileSync(join('dist', 'sw.js'), 'utf8').match(/^const PRECACHE = (\[.*\]);$/m)[1]);
// Pages that start a part other than the content part are kept under their routes.
const fileOf = (path) => (/\.[a-z0-9]+$/.test(path) ? path : join(path, 'index.html'));
const precacheBytes = precache.reduce((sum, path) => sum + brotli(readFileSync(join('dist', fileOf(path)))), 0);
console.log(`\nAfter a first visit the service worker stores ${precache.length} files for offline use in the background: ${kb(precacheBytes)} brotli.`);
