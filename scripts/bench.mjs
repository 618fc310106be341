// Prints what a first visit downloads, raw and compressed, from the release build in dist/,
// and how long the content checks take. Figures only: nothing here passes or fails.
//
//   make bench
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { ROUTES } from '../tests/e2e/support.mjs';
import { FIRST_SCREEN_FORMS } from './first-screens.mjs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';

const DIST = 'dist';
const files = readdirSync(DIST).filter((name) => statSync(join(DIST, name)).isFile());
const named = (pattern) => files.find((name) => pattern.test(name));
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (data) => gzipSync(data, { level: 9 }).length;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label, sizes) => console.log(`  ${label.padEnd(44)} ${kb(sizes.raw).padStart(10)} ${kb(sizes.gzip).padStart(10)} ${kb(sizes.brotli).padStart(10)}`);
const sizesOf = (name) => {
  const data = readFileSync(join(DIST, name));
  return { raw: data.length, gzip: gzip(data), brotli: brotli(data) };
};
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const header = (label) => console.log(`  ${label.padEnd(44)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)} ${'brotli 11'.padStart(10)}`);

console.log('Each part of the app (app/src/bin), and the data files the app fetches:');
header('file');
for (const name of files.filter((name) => /\.(js|wasm)$/.test(name) && name !== 'sw.js').sort()) row(name, sizesOf(name));
for (const name of readdirSync(join(DIST, 'content')).filter((name) => /\.(json|bin)$/.test(name))) row(`content/${name}`, sizesOf(join('content', name)));
row(named(/^main-.*\.css$/), sizesOf(named(/^main-.*\.css$/)));
row('service worker (after the page has loaded)', sizesOf('sw.js'));

// Everything a first visit downloads before the page can be used: the page, its stylesheet, and
// what it preloads (its part of the app, and the data that part needs to start).
const pageFile = (path) => {
  const route = path.split('#')[0].replace(/^\//, '');
  const file = route === '' ? 'index.html' : join(route, 'index.html');
  return existsSync(join(DIST, file)) ? file : '404.html';
};
console.log('\nFirst visit to each page, before it can be used (page + stylesheet + preloads):');
header('page');
for (const route of ROUTES) {
  const html = readFileSync(join(DIST, pageFile(route.path)), 'utf8');
  const linked = [...html.matchAll(/<link rel="(?:stylesheet|modulepreload|preload)" href="\/([^"]+)"/g)]
    .map((match) => match[1])
    .filter((name) => name !== 'noscript.css');
  const total = linked.map(sizesOf).reduce(add, sizesOf(pageFile(route.path)));
  row(`${route.path} (${route.part ?? 'no app'})`, total);
}

// The first screens of the questions, care navigation and search are forms written into the
// page that work before their part of the app arrives (the shell's script holds or sends what
// is sent; the app, loading behind, takes over): a first visit can answer one once the page and
// its stylesheet are in.
const FIRST_SCREEN_FORM = new RegExp(`<form [^>]*id="(${FIRST_SCREEN_FORMS.join('|')})"`);
console.log('\nFirst visit to each page whose first screen works before the app, before it can be answered (page + stylesheet):');
header('page');
for (const route of ROUTES) {
  const html = readFileSync(join(DIST, pageFile(route.path)), 'utf8');
  if (!FIRST_SCREEN_FORM.test(html)) continue;
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) => match[1]).filter((name) => name !== 'noscript.css');
  row(`${route.path} (${route.part})`, stylesheets.map(sizesOf).reduce(add, sizesOf(pageFile(route.path))));
}

// Fetched on use, not on first load: one guidance page body, and the search index.
const bodies = readdirSync(join(DIST, 'content/guidance')).map((name) => readFileSync(join(DIST, 'content/guidance', name)));
const largest = bodies.reduce((a, b) => (b.length > a.length ? b : a));
const indexFile = readdirSync(join(DIST, 'content')).find((name) => name.startsWith('search-'));
console.log('\nFetched when needed:');
console.log(`  ${`${bodies.length} page bodies, the largest`.padEnd(44)} ${kb(largest.length).padStart(10)} ${kb(gzip(largest)).padStart(10)} ${kb(brotli(largest)).padStart(10)}`);

// The engine, search and the checks, natively, in a release build: the divan benchmarks in
// core/benches (search.rs also prints the indexes' sizes and writes the larger one to
// target/bench/). Of the engine's step timed for each problem alone (last_step), only the
// slowest by mean is shown, under the mean over the problems taken in turn (every_problem).
console.log('');
const benches = execFileSync('cargo', ['bench', '--quiet', '-p', 'navigator-core', '--bench', 'checks', '--bench', 'engine', '--bench', 'search'], { encoding: 'utf8' }).trimEnd().split('\n');
const first = benches.findIndex((line) => /^╰─ last_step\b/.test(line)) + 1;
let end = first;
while (first > 0 && /^ {3}[├╰]─ /.test(benches[end] ?? '')) end += 1;
const mean = (line) => {
  const [value, unit] = line.split('│')[3].trim().split(/\s+/);
  return value * { ps: 1e-3, ns: 1, 'µs': 1e3, ms: 1e6, s: 1e9 }[unit];
};
const problems = benches.slice(first, end);
const slowest = problems.length ? [problems.reduce((a, b) => (mean(b) > mean(a) ? b : a)).replace('├─', '╰─'), `   (the slowest of ${problems.length} problems; cargo bench -p navigator-core --bench engine shows each)`] : [];
console.log([...benches.slice(0, first), ...slowest, ...benches.slice(end)].join('\n'));
for (const [label, path] of [['search index (real)', join(DIST, 'content', indexFile)], ['search index (10x synthetic)', 'target/bench/search-index-10x.bin']]) {
  const data = readFileSync(path);
  console.log(`  ${label.padEnd(44)} ${kb(data.length).padStart(10)} ${kb(gzip(data)).padStart(10)} ${kb(brotli(data)).padStart(10)}`);
}
