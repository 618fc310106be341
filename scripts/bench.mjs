// Prints what a first visit downloads, raw and compressed, from the release build in dist/,
// and how long the content checks take. Figures only: nothing here passes or fails.
//
//   make bench
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';

const DIST = 'dist';
const files = readdirSync(DIST).filter((name) => statSync(join(DIST, name)).isFile());
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (data) => gzipSync(data, { level: 9 }).length;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
// What a first visit downloads: a content page needs its HTML and the stylesheet; the app's
// views also need the app. (Transfers measured in a browser follow, from bench-load.mjs.)
const row = (label, sizes) => console.log(`  ${label.padEnd(44)} ${kb(sizes.raw).padStart(10)} ${kb(sizes.gzip).padStart(10)} ${kb(sizes.brotli).padStart(10)}`);
const sizesOf = (name) => {
  const data = readFileSync(join(DIST, name));
  return { raw: data.length, gzip: gzip(data), brotli: brotli(data) };
};
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const named = (pattern) => files.find((name) => pattern.test(name));
const page = sizesOf('index.html');
const css = sizesOf(named(/^main-.*\.css$/));
const app = add(sizesOf(named(/\.js$/)), sizesOf(named(/_bg\.wasm$/)));
console.log('First visit, files only:');
console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)} ${'brotli 11'.padStart(10)}`);
row('the home page (index.html)', page);
row(named(/^main-.*\.css$/), css);
row(`${named(/\.js$/)} + .wasm`, app);
row('a content page: page + stylesheet', add(page, css));
row('an app view: page + stylesheet + app', add(add(page, css), app));
row('service worker (after the page has loaded)', sizesOf('sw.js'));

// The content compiled into the wasm by app/build.rs, from the newest release build.
const outDirs = readdirSync('target/wasm32-unknown-unknown/release/build')
  .filter((name) => name.startsWith('navigator-app-'))
  .map((name) => join('target/wasm32-unknown-unknown/release/build', name, 'out'))
  .filter((dir) => { try { return statSync(join(dir, 'rules.json')).isFile(); } catch { return false; } })
  .sort((a, b) => statSync(join(b, 'rules.json')).mtimeMs - statSync(join(a, 'rules.json')).mtimeMs);
if (outDirs.length > 0) {
  console.log('\nContent compiled into the wasm (before wasm-opt):');
  for (const name of ['rules.json', 'directory.json', 'site.rs']) {
    const data = readFileSync(join(outDirs[0], name));
    console.log(`  ${name.padEnd(44)} ${kb(data.length).padStart(10)} ${kb(gzip(data)).padStart(10)} ${kb(brotli(data)).padStart(10)}`);
  }
}

// Fetched on use, not on first load: one guidance page body, and the search index.
const bodies = readdirSync(join(DIST, 'content/guidance')).map((name) => readFileSync(join(DIST, 'content/guidance', name)));
const largest = bodies.reduce((a, b) => (b.length > a.length ? b : a));
const indexFile = readdirSync(join(DIST, 'content')).find((name) => name.startsWith('search-'));
console.log('\nFetched when needed:');
console.log(`  ${`${bodies.length} page bodies, the largest`.padEnd(44)} ${kb(largest.length).padStart(10)} ${kb(gzip(largest)).padStart(10)} ${kb(brotli(largest)).padStart(10)}`);

// The engine, search and the checks, natively, in a release build.
console.log('');
console.log(execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'navigator-core', '--bin', 'navigator', '--', 'bench'], { encoding: 'utf8' }).trimEnd());
for (const [label, path] of [['search index (real)', join(DIST, 'content', indexFile)], ['search index (10x synthetic)', 'target/bench/search-index-10x.json']]) {
  const data = readFileSync(path);
  console.log(`  ${label.padEnd(44)} ${kb(data.length).padStart(10)} ${kb(gzip(data)).padStart(10)} ${kb(brotli(data)).padStart(10)}`);
}
