// @ts-check
import { mobileContext } from './chromium.mjs';

/**
 * What one page costs a first-time reader: every response's transferred (compressed) body bytes by
 * kind, the number of requests, and the requests the browser had to wait for before it could
 * paint. Each load gets a fresh browser context, so nothing comes from cache.
 */

/** @typedef {'html' | 'css' | 'js' | 'font' | 'image' | 'other'} Kind */
export const kinds = /** @type {const} */ (['html', 'css', 'js', 'font', 'image', 'other']);

/**
 * The kind of a response from its Content-Type; search index data and WebAssembly are "other".
 * @param {string} type the Content-Type header, possibly empty
 * @returns {Kind}
 */
export function resourceKind(type) {
  const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html') return 'html';
  if (mime === 'text/css') return 'css';
  if (/javascript|ecmascript/.test(mime)) return 'js';
  if (mime.startsWith('font/') || /font-woff|font-ttf|opentype/.test(mime)) return 'font';
  if (mime.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * Sums responses by kind.
 * @param {Array<{ kind: Kind, bytes: number }>} responses
 * @returns {Record<Kind | 'total', number>}
 */
export function sumByKind(responses) {
  /** @type {Record<Kind | 'total', number>} */
  const sums = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
  for (const { kind, bytes } of responses) {
    sums[kind] += bytes;
    sums.total += bytes;
  }
  return sums;
}

/**
 * Records every response of a page from now on, with its transferred body size.
 * @param {import('@playwright/test').Page} page
 */
export function recordResponses(page) {
  /** @type {Array<Promise<{ url: string, status: number, kind: Kind, bytes: number }>>} */
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.request().sizes().then((sizes) => ({
        url: response.url(),
        status: response.status(),
        kind: resourceKind(response.headers()['content-type'] ?? ''),
        bytes: sizes.responseBodySize,
      })),
    );
  });
  page.on('requestfailed', (request) => {
    pending.push(Promise.resolve({ url: request.url(), status: 0, kind: 'other', bytes: 0 }));
  });
  return {
    /** How many responses have arrived so far; lets a caller wait until the network is quiet. */
    count: () => pending.length,
    all: () => Promise.all(pending),
  };
}

/**
 * Loads `path` as a first-time mobile reader and reports its weight.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4905
 * @param {string} path
 */
export async function measurePageWeight(browser, origin, path) {
  const context = await browser.newContext(mobileContext);
  try {
    const page = await context.newPage();
    const responses = recordResponses(page);
    const navigation = await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (!navigation?.ok()) throw new Error(`${path} answered ${navigation?.status() ?? 'nothing'}`);
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
      return {
        firstPaintMs: paint ? paint.startTime : null,
        resources: resources.map((entry) => ({
          url: entry.name,
          startTime: entry.startTime,
          // Chromium's own verdict on whether this resource held back the first render.
          blocking: /** @type {{ renderBlockingStatus?: string }} */ (entry).renderBlockingStatus === 'blocking',
        })),
      };
    });
    const all = await responses.all();
    const blocking = timing.resources.filter((entry) => entry.blocking).map((entry) => entry.url);
    const firstPaint = timing.firstPaintMs;
    return {
      path,
      bytes: sumByKind(all),
      requests: all.length,
      // The document itself plus everything that blocked rendering.
      requestsBeforeRender: 1 + blocking.length,
      blocking,
      // For information: requests merely started before the first paint (not necessarily needed for it).
      startedBeforeFirstPaint: firstPaint === null ? null : 1 + timing.resources.filter((entry) => entry.startTime < firstPaint).length,
      firstContentfulPaintMs: firstPaint === null ? null : Math.round(firstPaint),
      failed: all.filter((response) => response.status === 0 || response.status >= 400).map((response) => response.url),
    };
  } finally {
    await context.close();
  }
}

/**
 * How much of the page's main text a reader gets with JavaScript switched off, compared with
 * JavaScript on (1 = all of it). Enhancements may add a little text; content must not need scripts.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {string} path
 */
export async function textWithoutJavaScript(browser, origin, path) {
  /** @param {boolean} javaScriptEnabled */
  const mainText = async (javaScriptEnabled) => {
    const context = await browser.newContext({ ...mobileContext, javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      return (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
    } finally {
      await context.close();
    }
  };
  return { path, share: sharedWords(await mainText(true), await mainText(false)) };
}

/**
 * The share of the words in `full` that `partial` also has (counting repeats), from 0 to 1.
 * Comparing words rather than lengths means a fallback message cannot stand in for missing content.
 * @param {string} full
 * @param {string} partial
 */
export function sharedWords(full, partial) {
  const words = (/** @type {string} */ text) => text.toLowerCase().split(/\s+/).filter(Boolean);
  /** @type {Map<string, number>} */
  const available = new Map();
  for (const word of words(partial)) available.set(word, (available.get(word) ?? 0) + 1);
  const wanted = words(full);
  if (wanted.length === 0) return 1;
  let found = 0;
  for (const word of wanted) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found += 1;
      available.set(word, left - 1);
    }
  }
  return found / wanted.length;
}
