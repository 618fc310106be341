// A static file server for the built site, as a plain static host would serve it: a file at its
// path, a folder's index.html for an address without an extension, and 404.html (with status 404)
// for anything else. No rewrite to a single index.html: every page must exist at its address.
// With `compress`, answers in brotli when the browser accepts it, as a CDN would. `extra` maps
// request paths to HTML served as if they were files (the benchmark's static baselines).
//
//   node tests/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

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
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const isFile = (path) => stat(path).then((found) => found.isFile(), () => false);

/** The file for a request path, and the status to answer with. */
async function locate(root, path) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return null;
  if (await isFile(file)) return { file, status: 200 };
  const index = join(file, 'index.html');
  if (await isFile(index)) return { file: index, status: 200 };
  return { file: join(root, '404.html'), status: 404 };
}

export function startServer(dir, port = 0, { compress = false, extra = new Map() } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const found = extra.has(path) ? { file: path, status: 200 } : await locate(root, path);
    if (!found) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = extra.get(path) ?? (await readFile(found.file));
      const headers = { 'content-type': extra.has(path) ? TYPES['.html'] : TYPES[extname(found.file)] ?? 'application/octet-stream' };
      if (compress && /\bbr\b/.test(request.headers['accept-encoding'] ?? '') && headers['content-type'].match(/html|javascript|css|wasm|svg|json/)) {
        if (!compressed.has(found.file)) {
          compressed.set(found.file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(found.file);
        headers['content-encoding'] = 'br';
      }
      response.writeHead(found.status, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port), { compress: true });
  console.log(`serving ${dir} on http://127.0.0.1:${server.address().port}`);
}
