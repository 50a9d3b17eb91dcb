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
 * Records every response of a page from now on, with its transferred body size. Once the offline
 * worker controls the page it answers the page's requests itself: Chromium then reports a body
 * of 0 bytes to the page, and the bytes arrive in the worker's own request for the same address.
 * Such a response is counted with the worker's bytes, so a page counts what reached the browser
 * for it whichever way it came; what the worker fetches that the page never asks for (most of its
 * offline shell) is left out.
 * @param {import('@playwright/test').Page} page
 */
export function recordResponses(page) {
  /** @type {Array<Promise<{ url: string, status: number, kind: Kind, bytes: number, viaWorker: boolean }>>} */
  const pending = [];
  /** @type {Array<Promise<{ url: string, bytes: number }>>} the worker's own network responses */
  const byWorker = [];
  /** @param {import('@playwright/test').Response} response */
  const bodyBytes = (response) =>
    response
      .request()
      .sizes()
      // A response from the browser's cache transferred nothing; Chromium reports it as minus its
      // header size, which would make a page that reuses a cached file look lighter than zero.
      .then((sizes) => Math.max(0, sizes.responseBodySize))
      // A response still arriving when the measurement closes its context is past what is counted.
      .catch((error) => {
        // Playwright's TargetClosedError; its name is mangled by bundling, its message is not.
        if (error instanceof Error && /Target page, context or browser has been closed/.test(error.message)) return 0;
        throw error;
      });
  page.on('response', (response) => {
    pending.push(bodyBytes(response).then((bytes) => ({
      url: response.url(),
      status: response.status(),
      kind: resourceKind(response.headers()['content-type'] ?? ''),
      bytes,
      viaWorker: response.fromServiceWorker(),
    })));
  });
  page.context().on('response', (response) => {
    if (response.request().serviceWorker()) byWorker.push(bodyBytes(response).then((bytes) => ({ url: response.url(), bytes })));
  });
  page.on('requestfailed', (request) => {
    pending.push(Promise.resolve({ url: request.url(), status: 0, kind: /** @type {Kind} */ ('other'), bytes: 0, viaWorker: false }));
  });
  /** Each worker response counts once, for the first page response of its address. */
  const withWorkerBytes = async () => {
    const [all, fetched] = await Promise.all([Promise.all(pending), Promise.all(byWorker)]);
    return all.map((response) => {
      if (!response.viaWorker) return response;
      const index = fetched.findIndex(({ url }) => url === response.url);
      const [fromWorker] = index === -1 ? [] : fetched.splice(index, 1);
      return fromWorker ? { ...response, bytes: fromWorker.bytes } : response;
    });
  };
  return {
    /**
     * Waits until no response has arrived for `quietMs`, so late requests (module imports,
     * search fragments) are counted too.
     */
    quiet: async (quietMs = 300, limitMs = 10_000) => {
      const start = Date.now();
      let seen = -1;
      while (seen !== pending.length + byWorker.length && Date.now() - start < limitMs) {
        seen = pending.length + byWorker.length;
        await new Promise((resolve) => setTimeout(resolve, quietMs));
      }
    },
    /** Everything so far, summed by kind and listed (path, kind, bytes) for finding the heavy parts. */
    summary: async () => {
      const all = await withWorkerBytes();
      return {
        bytes: sumByKind(all),
        requests: all.length,
        responses: all.map(({ url, kind, bytes }) => ({ path: new URL(url).pathname, kind, bytes })),
        failed: all.filter((response) => response.status === 0 || response.status >= 400).map((response) => response.url),
      };
    },
  };
}

/**
 * Loads `path` as a first-time mobile reader (fresh context, nothing cached) and records its weight,
 * what held back its first render, and how much of its text is there without JavaScript.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin e.g. http://127.0.0.1:4905
 * @param {string} path
 * @returns {Promise<import('./types').PageWeight>}
 */
export async function measurePage(browser, origin, path) {
  const context = await browser.newContext(mobileContext);
  try {
    const page = await context.newPage();
    const responses = recordResponses(page);
    const navigation = await page.goto(origin + path, { waitUntil: 'load' });
    if (!navigation?.ok()) throw new Error(`${path} answered ${navigation?.status() ?? 'nothing'}`);
    await responses.quiet();
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
    const text = await mainText(page);
    const blocking = timing.resources.filter((entry) => entry.blocking).map((entry) => entry.url);
    const firstPaint = timing.firstPaintMs;
    return {
      path,
      ...(await responses.summary()),
      // The document itself plus everything that blocked rendering.
      requestsBeforeRender: 1 + blocking.length,
      blocking,
      // For information: requests merely started before the first paint (not necessarily needed for it).
      startedBeforeFirstPaint: firstPaint === null ? null : 1 + timing.resources.filter((entry) => entry.startTime < firstPaint).length,
      firstContentfulPaintMs: firstPaint === null ? null : Math.round(firstPaint),
      textWithoutJs: sharedWords(text, await textWithScriptsOff(browser, origin + path)),
      headerHeightPx: await headerHeightOnPhone(browser, origin + path),
    };
  } finally {
    await context.close();
  }
}

/**
 * The text of `<main>` without its buttons and without what only this browser can know (marked
 * `data-from-browser`: the reader's saved data, what is saved for offline). A script may add
 * controls (print, copy) and report the browser's state, which are enhancements, but the text
 * itself must not need scripts. The same rule as tests/e2e/no-javascript.spec.ts.
 * @param {import('@playwright/test').Page} page
 */
async function mainText(page) {
  // Only what is shown (a hidden element's innerText is its whole text), and the outermost ones
  // only, so a button inside a browser-state block is not taken off twice.
  const enhancements = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('[data-from-browser], button')]
      .filter((element) => element.checkVisibility() && !element.parentElement?.closest('[data-from-browser]'))
      .map((element) => /** @type {HTMLElement} */ (element).innerText),
  );
  return withoutWords(await page.locator('main').innerText(), enhancements.join(' '));
}

/**
 * The main text a reader gets with JavaScript switched off.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function textWithScriptsOff(browser, url) {
  const context = await browser.newContext({ ...mobileContext, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await mainText(page);
  } finally {
    await context.close();
  }
}

/**
 * The phone the header was measured on when it took 206 px (issue 15): 390 × 844 CSS pixels.
 * Narrower than the Lighthouse phone (412 px), so a header that wraps there is caught.
 */
export const headerPhone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/**
 * How far down a 390 px wide screen the site header reaches (its bottom edge in CSS pixels): the
 * chrome a reader scrolls past on every page before the page's own heading.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function headerHeightOnPhone(browser, url) {
  const context = await browser.newContext(headerPhone);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return Math.round(await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom));
  } finally {
    await context.close();
  }
}

/** @param {string} text */
const words = (text) => text.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * `text` without one occurrence of each word of `remove`.
 * @param {string} text
 * @param {string} remove
 */
export function withoutWords(text, remove) {
  const kept = words(text);
  for (const word of words(remove)) {
    const at = kept.indexOf(word);
    if (at >= 0) kept.splice(at, 1);
  }
  return kept.join(' ');
}

/**
 * The share of the words in `full` that `partial` also has (counting repeats), from 0 to 1.
 * Comparing words rather than lengths means a fallback message cannot stand in for missing content.
 * @param {string} full
 * @param {string} partial
 */
export function sharedWords(full, partial) {
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
