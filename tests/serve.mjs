// A static file server for the built site, as a plain static host would serve it: a file at its
// path, a folder's index.html for an address without an extension, and 404.html (with status 404)
// for anything else. No rewrite to a single index.html: every page must exist at its address.
// With `compress`, answers in brotli when the browser accepts it, as a CDN would. `extra` maps
// request paths to HTML served as if they were files (the benchmark's static baselines).
// Every response carries the headers that the build's `_headers` file gives its path, as Netlify
// and Cloudflare Pages would add them, so tests can check the security and cache headers.
//
//   node tests/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const isFile = (path) => stat(path).then((found) => found.isFile(), () => false);

/** The file for a request path, and the status to answer with. */
async function locate(root, path) {
  const notFound = { file: join(root, '404.html'), status: 404 };
  const file = normalize(join(root, path));
  // With the separator, so that `/../dist-secret/…` cannot pass as inside a root named `dist`.
  if (file !== root && !file.startsWith(root + sep)) return notFound;
  // The hosts that read `_headers` never serve it.
  if (file === join(root, '_headers')) return notFound;
  if (await isFile(file)) return { file, status: 200 };
  const index = join(file, 'index.html');
  if (await isFile(index)) return { file: index, status: 200 };
  return notFound;
}

/** The `_headers` rules (Netlify / Cloudflare Pages format): a path pattern on a line of its own,
 * where `*` matches anything, then indented `Name: value` lines. */
async function readRules(root) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ match: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length > 0 && line.includes(':')) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers of every rule matching the path; a header set by more than one rule gets its
 * values joined with commas, as Cloudflare Pages does. */
function headersFor(rules, path) {
  const headers = {};
  for (const rule of rules.filter((r) => r.match.test(path))) {
    for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

export function startServer(dir, port = 0, { compress = false, extra = new Map() } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    // Read for every request: under `make serve` trunk rebuilds dist, and the rules name hashed files.
    const rules = await readRules(root);
    let pathname, path;
    try {
      pathname = new URL(request.url, 'http://localhost').pathname;
      path = decodeURIComponent(pathname);
    } catch {
      // A malformed address (`/%E0%A4%A`, `//[`) is the client's error; it must not stop the server.
      response.writeHead(400, { ...headersFor(rules, pathname ?? request.url), 'content-type': TYPES['.txt'] }).end('bad request');
      return;
    }
    const found = extra.has(path) ? { file: path, status: 200 } : await locate(root, path);
    try {
      let body = extra.get(path) ?? (await readFile(found.file));
      const headers = {
        ...headersFor(rules, path),
        'content-type': extra.has(path) ? TYPES['.html'] : TYPES[extname(found.file)] ?? 'application/octet-stream',
      };
      if (compress && /\bbr\b/.test(request.headers['accept-encoding'] ?? '') && (headers['content-type'].match(/html|javascript|css|wasm|svg|json/) || extname(found.file) === '.bin')) {
        if (!compressed.has(found.file)) {
          compressed.set(found.file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(found.file);
        headers['content-encoding'] = 'br';
      }
      response.writeHead(found.status, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { ...headersFor(rules, path), 'content-type': TYPES['.txt'] }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port), { compress: true });
  console.log(`serving ${dir} on http://127.0.0.1:${server.address().port}`);
}
