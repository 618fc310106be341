// The local static host (tests/serve.mjs) as the site's real host behaves: it survives bad
// addresses, serves nothing outside its folder, and sends the headers dist/_headers sets.
// No browser: plain requests to `node tests/serve.mjs`, started as `make serve` starts it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVE = resolve(import.meta.dirname, '../serve.mjs');
const DIST = resolve(import.meta.dirname, '../../dist');

/** Runs `node tests/serve.mjs <dir> 0` and waits for the address it prints. */
async function serve(dir) {
  const child = spawn(process.execPath, [SERVE, dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((done, fail) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) done(found[0]);
    });
    child.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
  return { child, origin, close: () => child.kill() };
}

/** dist/_headers read independently of serve.mjs: pattern -> { header name (lower case): value }. */
function readHeadersFile() {
  const rules = new Map();
  let current;
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
    else {
      const [, name, value] = line.match(/^\s+([^:]+):\s*(.*?)\s*$/);
      current[name.toLowerCase()] = value;
    }
  }
  return rules;
}

describe('on a folder with a secret next to it', () => {
  let work;
  let server;
  before(async () => {
    // <tmp>/site is served; <tmp>/site-secret shares its name as a prefix, which a root check
    // without a separator would let through.
    work = mkdtempSync(join(tmpdir(), 'serve-test-'));
    mkdirSync(join(work, 'site'));
    mkdirSync(join(work, 'site-secret'));
    writeFileSync(join(work, 'site', 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(work, 'site', '404.html'), '<!doctype html><title>not found</title>');
    writeFileSync(join(work, 'site-secret', 'key.txt'), 'THE-SECRET');
    server = await serve(join(work, 'site'));
  });
  after(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('an undecodable address gets 400 and the server keeps serving', async () => {
    const bad = await fetch(`${server.origin}/%E0%A4%A`);
    assert.equal(bad.status, 400);
    await bad.arrayBuffer();
    const home = await fetch(`${server.origin}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<title>home<\/title>/);
    assert.equal(server.child.exitCode, null, 'serve.mjs is still running');
  });

  test('an address climbing into a sibling folder is not served', async () => {
    for (const path of ['/..%2fsite-secret%2fkey.txt', '/%2e%2e%2fsite-secret%2fkey.txt']) {
      const response = await fetch(server.origin + path);
      assert.ok([400, 404].includes(response.status), `${path}: ${response.status}`);
      assert.doesNotMatch(await response.text(), /THE-SECRET/, path);
    }
    // A plain unknown address still gets the not-found page.
    const missing = await fetch(`${server.origin}/no-such-page`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<title>not found<\/title>/);
  });
});

describe('on the built site, the headers from dist/_headers', () => {
  const rules = readHeadersFile();
  const pages = rules.get('/*') ?? {};
  let server;
  before(async () => {
    server = await serve(DIST);
  });
  after(() => server.close());

  /** Asserts the response carries every header in `expected`, with exactly that value. */
  function assertHeaders(response, expected, label) {
    for (const [name, value] of Object.entries(expected)) {
      assert.equal(response.headers.get(name), value, `${label}: ${name}`);
    }
  }

  test('every page has the security headers', async () => {
    // Named, so that a _headers without them fails here rather than passing on nothing.
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
      assert.ok(pages[name], `_headers sets ${name} for /*`);
    }
    assert.match(pages['content-security-policy'], /default-src 'self'/);
    assert.equal(pages['x-content-type-options'], 'nosniff');
    for (const [path, status] of [['/', 200], ['/guidance/sore-throat', 200], ['/no-such-page', 404]]) {
      const response = await fetch(server.origin + path);
      assert.equal(response.status, status, path);
      assert.match(response.headers.get('content-type'), /^text\/html/, path);
      assertHeaders(response, pages, path);
      assert.doesNotMatch(response.headers.get('cache-control') ?? '', /immutable/, `${path} must not be cached for ever`);
      await response.arrayBuffer();
    }
  });

  test('hashed assets are cached for ever, and the service worker never', async () => {
    // Every part of the app: its script and its WebAssembly, each named by a hash.
    const app = readdirSync(DIST).filter((name) => /\.(js|wasm)$/.test(name) && name !== 'sw.js');
    const hashed = app.filter((name) => /-[0-9a-f]{12,16}(_bg)?\.(js|wasm)$/.test(name));
    assert.equal(hashed.length, 10, `hashed app files in dist: ${app.join(' ')}`);
    for (const name of hashed) {
      const expected = rules.get(`/${name}`);
      assert.ok(expected, `_headers has a rule for /${name}`);
      assert.match(expected['cache-control'], /max-age=31536000/);
      assert.match(expected['cache-control'], /immutable/);
      const response = await fetch(`${server.origin}/${name}`);
      assert.equal(response.status, 200, name);
      assertHeaders(response, { ...pages, ...expected }, name);
      await response.arrayBuffer();
    }

    const worker = rules.get('/sw.js');
    assert.ok(worker?.['cache-control'], '_headers has a Cache-Control rule for /sw.js');
    assert.match(worker['cache-control'], /no-cache/);
    const response = await fetch(`${server.origin}/sw.js`);
    assert.equal(response.status, 200);
    assertHeaders(response, { ...pages, ...worker }, '/sw.js');
    await response.arrayBuffer();

    const rulesFile = await fetch(`${server.origin}/_headers`);
    assert.equal(rulesFile.status, 404, 'the headers file itself is not served');
    await rulesFile.arrayBuffer();
  });
});
