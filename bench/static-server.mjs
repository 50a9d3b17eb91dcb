// @ts-check
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

/**
 * A static host for the built site that behaves like a CDN in the ways that change what a reader
 * downloads: text is gzipped (level 6, the usual CDN default) when the browser asks for it,
 * `/path/` serves `/path/index.html`, hashed assets get a long cache life and a missing page gets
 * the site's 404 page. `astro preview` does not compress, so it would overstate every byte count.
 */

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * Whether a CDN would gzip this type. Pagefind's index files (`.pf_*`, `.pagefind`) are served as
 * application/octet-stream and are already compressed by Pagefind, so they pass through as they are.
 * @param {string} type
 */
export function isCompressible(type) {
  return /^text\/|javascript|json|xml|svg|wasm|font\/(ttf|otf)/.test(type);
}

/** @param {string} file */
function contentType(file) {
  return types[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * @param {string} root the built site
 * @param {string} urlPath the request's path, still URL-encoded
 * @returns {Promise<{ file: string, status: number } | { redirect: string }>}
 */
async function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return { file: join(root, '404.html'), status: 404 };
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return { file: join(root, '404.html'), status: 404 };
  const found = await stat(file).catch(() => undefined);
  if (found?.isFile()) return { file, status: 200 };
  if (found?.isDirectory()) {
    if (!path.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = join(file, 'index.html');
    if (await stat(index).catch(() => undefined)) return { file: index, status: 200 };
  }
  return { file: join(root, '404.html'), status: 404 };
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port) until `close()` is called. Every response
 * has an ETag, and a request that names it gets 304 without a body, as from a CDN: a repeat visit
 * then costs what it costs readers. `headersFor` adds the host's headers to each response (the
 * offline tests pass the rules of the build's `_headers`); without it, hashed assets get a year
 * and everything else revalidates. `setRoot` switches to another build at the same address, as a
 * deploy does; `requests` lists what was served (path, status, bytes of body sent).
 * @param {{ root: string, port: number, headersFor?: (path: string) => Record<string, string> }} options
 */
export async function startStaticServer({ root, port, headersFor }) {
  let base = resolve(root);
  /** @type {Map<string, { body: Buffer, etag: string }>} bodies by file and encoding, so repeated loads measure the network, not zlib */
  const prepared = new Map();
  /** @type {Array<{ path: string, status: number, bytes: number }>} */
  const requests = [];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const found = await resolveFile(base, url.pathname);
    if ('redirect' in found) {
      response.writeHead(301, { location: found.redirect + url.search }).end();
      requests.push({ path: url.pathname, status: 301, bytes: 0 });
      return;
    }
    const type = contentType(found.file);
    const gzip = isCompressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const key = `${found.file} ${gzip}`;
    let entry = prepared.get(key);
    if (!entry) {
      const raw = await readFile(found.file).catch(() => undefined);
      if (!raw) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const body = gzip ? gzipSync(raw, { level: 6 }) : raw;
      entry = { body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"` };
      prepared.set(key, entry);
    }
    /** @type {Record<string, string | number>} */
    const headers = {
      'content-type': type,
      'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      ...(headersFor ? headersFor(url.pathname) : {}),
      etag: entry.etag,
    };
    if (isCompressible(type)) headers['vary'] = 'accept-encoding';
    if (gzip) headers['content-encoding'] = 'gzip';
    if (found.status === 200 && request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304, headers).end();
      requests.push({ path: url.pathname, status: 304, bytes: 0 });
      return;
    }
    headers['content-length'] = entry.body.length;
    response.writeHead(found.status, headers);
    response.end(request.method === 'HEAD' ? undefined : entry.body);
    requests.push({ path: url.pathname, status: found.status, bytes: request.method === 'HEAD' ? 0 : entry.body.length });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    requests,
    /** @param {string} next */
    setRoot: (next) => {
      base = resolve(next);
      prepared.clear();
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve(undefined));
    }),
  };
}
