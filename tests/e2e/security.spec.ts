import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { sectionHref } from '../../src/i18n/routes';
import { parseHeaderRules } from '../headers-file';
import { expect, test } from './fixtures';
import { everyPage } from './sitemap';

/**
 * The fixture already fails a test on any console error (CSP violations are reported there),
 * failed resource and request that leaves the site. These tests visit every page under those
 * eyes, once as `astro preview` serves it and once with the headers a static host adds from
 * public/_headers, and check the policy itself and that nothing is stored.
 */
const distDir = process.env['OUT_DIR'] ?? 'dist';

/** The headers public/_headers gives every address (`/*`), as a host would send them. */
function headersForEveryPath(): Record<string, string> {
  const rules = parseHeaderRules(readFileSync(join(distDir, '_headers'), 'utf8'));
  return Object.fromEntries(rules.find((rule) => rule.pattern === '/*')?.headers ?? []);
}

/** Searches on the search page, so the search code, its index and its WebAssembly load under the policy too. */
async function search(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const box = page.locator('main input[type=search]');
  await expect(box, path).toBeVisible();
  const engine = page.waitForResponse((response) => /\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(response.url()));
  await box.fill('mentor');
  await box.press('Enter');
  expect((await engine).ok(), `${path}: search engine loaded`).toBe(true);
  await page.waitForLoadState('networkidle');
}

test('every page has a Content-Security-Policy without inline or eval scripts, and no inline script', async ({ page, request }) => {
  const paths = await everyPage(request);
  test.setTimeout(30_000 + paths.length * 3_000);
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
    if (!policy) problems.push(`${path}: no CSP`);
    else if (scriptSources.length === 0 && !/default-src 'self'/.test(policy)) problems.push(`${path}: no script-src or default-src`);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (scriptSources.includes(bad)) problems.push(`${path}: script-src allows ${bad}`);
    }
    if (!/object-src 'none'/.test(policy)) problems.push(`${path}: object-src is not 'none'`);
    // Data blocks (JSON) are not run, so no policy covers them.
    const inline = await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').count();
    if (inline > 0) problems.push(`${path}: ${inline} inline script(s)`);
  }
  expect(problems).toEqual([]);
});

test('pages work under the headers from _headers: no CSP violation, no console error', async ({ page, request }) => {
  const paths = await everyPage(request);
  test.setTimeout(30_000 + paths.length * 3_000);
  const headers = headersForEveryPath();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  // Every response gets the host's headers, as Netlify or Cloudflare Pages would send them.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  for (const lang of locales) await search(page, sectionHref('search', lang));
});

test('no page sets a cookie, and only what the reader chose is kept in the browser', async ({ page, context, request }) => {
  const paths = await everyPage(request);
  test.setTimeout(30_000 + paths.length * 3_000);
  for (const path of paths) {
    await page.goto(path);
    expect(await page.evaluate(() => document.cookie), path).toBe('');
  }
  expect(await context.cookies()).toEqual([]);
  // Reading alone stores nothing; only a choice (a language, a ticked item) does.
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
