import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startStaticServer } from '../../../bench/static-server.mjs';
import { cacheNames, listAddress, type LanguageList } from '../../../src/offline/policy';
import { headersForPath, parseHeaderRules } from '../../headers-file';
import { expect, test as base } from '../fixtures';
import { builds } from './builds';

type Server = Awaited<ReturnType<typeof startStaticServer>>;

/**
 * The offline tests' `test`: each gets its own server on a free port of 127.0.0.1, serving build A
 * with the headers of its `_headers` (so `/sw.js` is `no-cache` and the header CSP applies), and
 * `baseURL` pointing at it. On top of the page guard of fixtures.ts (console errors, failed
 * resources, requests to other sites from the page), it fails a test on any request of the
 * service worker to another site, and on any response of 400 or more to the worker.
 */
export const test = base.extend<{ site: Server; contextGuard: void }>({
  site: async ({}, use) => {
    const rules = parseHeaderRules(readFileSync(join(builds.a, '_headers'), 'utf8'));
    const server = await startStaticServer({ root: builds.a, port: 0, headersFor: (path) => headersForPath(rules, path) });
    await use(server);
    await server.close();
  },
  baseURL: async ({ site }, use) => use(site.origin),
  contextGuard: [
    async ({ context, site }, use) => {
      const problems: string[] = [];
      context.on('request', (request) => {
        if (!request.url().startsWith(site.origin)) problems.push(`request left the site: ${request.url()}`);
      });
      context.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`failed (${response.status()}): ${response.url()}`);
      });
      await use();
      expect(problems, 'requests of pages and the worker').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until `check` (run in the page) resolves to true. `page.waitForFunction` does not wait for
 * a promise, and Cache Storage and the worker registry answer only with promises.
 */
export async function until(page: Page, check: (names: typeof cacheNames) => Promise<boolean>, timeout = 10_000): Promise<void> {
  await expect.poll(() => page.evaluate(check, cacheNames), { timeout, intervals: [100] }).toBe(true);
}

/** Waits until a worker controls the page and has stored it (it stores the first page on `hello`). */
export async function waitForWorker(page: Page): Promise<void> {
  await until(
    page,
    async (names) => Boolean(navigator.serviceWorker.controller) && Boolean(await (await caches.open(names.pages)).match(location.origin + location.pathname)),
  );
}

/** The list "Save for offline" uses in a build, as the build wrote it. */
export function languageListOf(dir: string, lang: string): LanguageList {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const build = /\bbuild:"([0-9a-f]{12})"/.exec(sw)?.[1];
  if (!build) throw new Error(`${dir}/sw.js names no build`);
  return JSON.parse(readFileSync(join(dir, listAddress(lang, build)), 'utf8')) as LanguageList;
}

/** Cuts the context off the network (pages and the worker alike). */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}
