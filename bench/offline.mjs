// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionHref } from '../src/i18n/routes.ts';
import { listAddress } from '../src/offline/policy.ts';
import { mobileContext } from './chromium.mjs';

/**
 * What offline reading costs a reader, in each language, counted at the server (bytes of body
 * sent, gzip where the host compresses, as bench/static-server.mjs serves it):
 *
 * - first visit: everything the service worker fetches by itself after the home page has loaded
 *   (the worker script, the shell: the offline page and its scripts, the revalidation of the page);
 * - "Save for offline": every byte from the click until the page says it is saved, beside the
 *   figure the reader was told beforehand (the build's list, `announcedBytes`);
 * - a repeat visit to a saved page: what reaches the host when the reader opens it again.
 */

/**
 * @typedef {import('./types').OfflineResult} OfflineResult
 * @typedef {Awaited<ReturnType<typeof import('./static-server.mjs').startStaticServer>>} Server
 */

/**
 * Waits until the server has been quiet for `quietMs`: the worker's own fetches have no event
 * the page could wait for.
 * @param {Server} server
 */
async function settled(server, quietMs = 750) {
  let seen = -1;
  while (seen !== server.requests.length) {
    seen = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/**
 * @param {Server['requests']} requests
 */
const total = (requests) => requests.reduce((sum, request) => sum + request.bytes, 0);

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {Server} server
 * @param {string} siteDir
 * @param {'en' | 'fi'} lang
 * @returns {Promise<OfflineResult>}
 */
export async function measureOffline(browser, server, siteDir, lang) {
  const home = sectionHref('home', lang);
  const repeatPath = sectionHref('tips', lang);
  const sw = readFileSync(join(siteDir, 'sw.js'), 'utf8');
  const build = /\bbuild:"([0-9a-f]{12})"/.exec(sw)?.[1];
  if (!build) return { path: home, error: 'sw.js names no build' };
  const announcedBytes = /** @type {{ bytes: number }} */ (JSON.parse(readFileSync(join(siteDir, listAddress(lang, build)), 'utf8'))).bytes;
  const context = await browser.newContext({ ...mobileContext, serviceWorkers: 'allow' });
  try {
    /** @type {Set<string>} the worker's requests, its own and those it makes for the page */
    const byWorker = new Set();
    /** @type {Set<string>} the page's requests after its load event (a lazy icon), which the worker only passes on */
    const byPage = new Set();
    let loaded = false;
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.serviceWorker()) byWorker.add(path);
      else if (loaded) byPage.add(path);
    });
    const page = await context.newPage();
    await page.goto(server.origin + home, { waitUntil: 'load' });
    loaded = true;
    const afterLoad = server.requests.length;
    await page.waitForSelector('save-offline:not([hidden])', { timeout: 20_000 });
    await settled(server);
    const first = server.requests.slice(afterLoad).filter((request) => byWorker.has(request.path) && !byPage.has(request.path));

    const beforeSave = server.requests.length;
    const started = performance.now();
    await page.click('save-offline [data-save]');
    await page.waitForSelector('save-offline [data-remove]:not([hidden])', { timeout: 60_000 });
    const saveMs = performance.now() - started;
    const saved = server.requests.slice(beforeSave);

    await settled(server);
    const beforeRepeat = server.requests.length;
    await page.goto(server.origin + repeatPath, { waitUntil: 'load' });
    await settled(server);
    const repeat = server.requests.slice(beforeRepeat);
    return {
      path: home,
      firstVisit: { bytes: total(first), requests: first },
      save: { announcedBytes, bytes: total(saved), requests: saved.length, ms: Math.round(saveMs) },
      repeat: { path: repeatPath, bytes: total(repeat), requests: repeat },
    };
  } catch (error) {
    return { path: home, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}
