// @ts-check
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
 * Serves `root` on 127.0.0.1:`port` until `close()` is called.
 * @param {{ root: string, port: number }} options
 */
export async function startStaticServer({ root, port }) {
  const base = resolve(root);
  /** @type {Map<string, Buffer>} gzipped bodies, so repeated loads measure the network, not zlib */
  const gzipped = new Map();

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const found = await resolveFile(base, url.pathname);
    if ('redirect' in found) {
      response.writeHead(301, { location: found.redirect + url.search }).end();
      return;
    }
    const type = contentType(found.file);
    const raw = await readFile(found.file).catch(() => undefined);
    if (!raw) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    /** @type {Record<string, string | number>} */
    const headers = {
      'content-type': type,
      'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    };
    /** @type {Buffer} */
    let body = raw;
    if (isCompressible(type)) {
      headers['vary'] = 'accept-encoding';
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        body = gzipped.get(found.file) ?? gzipSync(raw, { level: 6 });
        gzipped.set(found.file, body);
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = body.length;
    response.writeHead(found.status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
