import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };
import fi from '../../../src/i18n/ui/fi.json' with { type: 'json' };
import { sectionHref } from '../../../src/i18n/routes';
import { cacheNames, kilobytes } from '../../../src/offline/policy';
import { icons } from '../../../src/offline/app-manifest';
import { addPerson, fillStorage, seed } from '../my-network-page';
import { builds, changeInB } from './builds';
import { expect, goOffline, languageListOf, test, until, waitForWorker } from './offline-fixtures';

/**
 * The offline worker as readers meet it (README.md, "Offline reading"). Every test serves the
 * builds from its own server (offline-fixtures.ts) and fails on any request to another site, from
 * the page or from the worker, and on any failed request.
 */
const ui = { en, fi };
const offlinePage = { en: sectionHref('offline', 'en'), fi: sectionHref('offline', 'fi') };

test('a page the reader opened reads offline, says it is a saved copy; an unsaved page gets the offline page', async ({ page, context }) => {
  await page.goto(sectionHref('tips', 'en'));
  await waitForWorker(page);
  // The shell (the offline page) follows the page itself into the store.
  await until(page, async (names) => Boolean(await (await caches.open(names.pages)).match(`${location.origin}/en/offline/`)));
  await expect(page.locator('[data-saved-copy]')).toBeHidden();
  await goOffline(context);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(/tips/i);
  await expect(page.locator('[data-saved-copy]')).toBeVisible();
  await expect(page.locator('[data-saved-copy]')).toContainText('You are reading a saved copy from');

  await page.goto(sectionHref('about', 'en'));
  await expect(page.locator('h1')).toHaveText(en['offline.title']);
  await expect(page.locator('[data-not-saved]')).toHaveText(en['offline.notSaved'].replace('{{path}}', sectionHref('about', 'en')));
  // The offline page lists the page the reader opened.
  await expect(page.locator('[data-list] a')).toHaveText([/tips/i]);
});

test('Save for offline: says the size first, then every page of the language and search work offline; the offline page lists them; Remove undoes it', async ({ page, context }) => {
  test.setTimeout(90_000);
  const list = languageListOf(builds.a, 'fi');
  const pages = list.files.map(([url]) => url).filter((url) => url.endsWith('/'));
  await page.goto('/fi/');
  const section = page.locator('save-offline');
  await expect(section).toBeVisible();
  await expect(section.locator('[data-offer]')).toHaveText(fi['offline.offer'].replace('{{pages}}', String(list.pages)).replace('{{kb}}', kilobytes(list.bytes).toLocaleString('fi-FI')));
  expect(pages.length).toBe(list.pages);

  await section.getByRole('button', { name: fi['offline.save'] }).click();
  await expect(section.getByRole('status')).toContainText(fi['offline.saved'].split('{{pages}}')[0] ?? '', { timeout: 30_000 });
  await expect(section.getByRole('button', { name: fi['offline.remove'] })).toBeVisible();

  await goOffline(context);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
    await expect(page.locator('[data-not-saved]'), path).toHaveCount(path === offlinePage.fi ? 1 : 0);
    if (path === offlinePage.fi) await expect(page.locator('[data-not-saved]')).toBeHidden();
  }
  // Search over the saved language.
  await page.goto(`${sectionHref('search', 'fi')}?q=mentori`);
  await expect(page.locator('main ol li h2 a').first()).toBeVisible();
  // A tool keeps working: a tick survives a reload with no connection.
  await page.goto(sectionHref('checklist', 'fi'));
  const first = page.locator('input[type=checkbox][data-item]').first();
  await first.check();
  await page.reload();
  await expect(page.locator('input[type=checkbox][data-item]').first()).toBeChecked();
  // The Messages tool fills its templates offline too (its texts are a JSON file of the language).
  await page.goto(sectionHref('messages', 'fi'));
  await page.locator('#message-field-theirName').fill('Matti');
  await expect(page.locator('[data-key="thank-you/email"][data-version="fi"] [data-body]')).toContainText('Matti');

  await page.goto(offlinePage.fi);
  // Every Finnish page but the offline page itself.
  const listed = pages.filter((path) => path.startsWith('/fi/') && path !== offlinePage.fi);
  await expect(page.locator('[data-count]')).toHaveText(fi['offline.savedCount_other'].replace('{{count}}', String(listed.length)));
  await expect(page.locator('[data-list] a')).toHaveCount(listed.length);
  expect((await page.locator('[data-list] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort()).toEqual(listed.sort());

  await context.setOffline(false);
  await page.goto('/fi/');
  await page.locator('save-offline').getByRole('button', { name: fi['offline.remove'] }).click();
  await expect(page.locator('save-offline').getByRole('status')).toHaveText(fi['offline.removed']);
  await expect(page.locator('save-offline').getByRole('button', { name: fi['offline.save'] })).toBeVisible();
  await page.goto(offlinePage.fi);
  await expect(page.locator('[data-count]')).toHaveText(fi['offline.noneSaved']);
  await expect(page.locator('[data-list] li')).toHaveCount(0);
  const left = await page.evaluate(async (names) => {
    const files = await (await caches.open(names.files)).keys();
    return files.map((request) => new URL(request.url).pathname).filter((path) => path.startsWith('/pagefind/'));
  }, cacheNames);
  expect(left).toEqual([]);
  await goOffline(context);
  await page.goto(sectionHref('tips', 'fi'));
  await expect(page.locator('[data-not-saved]')).toBeVisible();
});

test('offline, a part of a tool that never loaded says it needs a connection; once used online, it works offline', async ({ page, context }) => {
  await seed(page, [{ id: 'p1', name: 'Aino Mäkinen', organisation: 'Kone Oyj' }]);
  await page.goto(sectionHref('myNetwork', 'en'));
  await waitForWorker(page);
  await goOffline(context);
  await page.reload();
  const notice = page.locator('[data-notice]');
  // The calendar first: its code is a file of its own, and the notice is empty before the click.
  await expect(notice).toBeEmpty();
  await page.getByRole('button', { name: en['network.ui.exportCalendar'] }).click();
  await expect(notice).toHaveText(en['network.ui.fileCodeMissing']);
  await page.reload();
  await page.getByRole('button', { name: en['network.ui.exportPeople'] }).click();
  await expect(notice).toHaveText(en['network.ui.fileCodeMissing']);

  // A failed import() stays failed in this page, so the message asks for a reload.
  await context.setOffline(false);
  await page.reload();
  const online = page.waitForEvent('download');
  await page.getByRole('button', { name: en['network.ui.exportPeople'] }).click();
  await online;
  await goOffline(context);
  await page.reload();
  const offline = page.waitForEvent('download');
  await page.getByRole('button', { name: en['network.ui.exportPeople'] }).click();
  expect((await offline).suggestedFilename()).toMatch(/\.csv$/);
});

test('a reader with saved data keeps the backup code: offline, when storage fills up, "Download a backup" still works', async ({ page, context }) => {
  await seed(page, [{ id: 'p1', name: 'Aino Mäkinen', organisation: 'Kone Oyj' }]);
  await page.goto(sectionHref('myNetwork', 'en'));
  await waitForWorker(page);
  await page.waitForLoadState('networkidle');
  await goOffline(context);
  await page.reload();
  await fillStorage(page);
  await addPerson(page, { 'Name (required)': 'Mika Korhonen' }, en['network.ui.notStored'].replace('{{name}}', 'Mika Korhonen'));
  await expect(page.locator('data-status [data-status-lines]')).toContainText(en['data.status.full']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: en['data.status.backup'] }).click();
  const file = JSON.parse(readFileSync(String(await (await download).path()), 'utf8')) as { sections: { network: { 'network-person': Array<{ value: { name: string } }> } } };
  expect(file.sections.network['network-person'].map(({ value }) => value.name).sort()).toEqual(['Aino Mäkinen', 'Mika Korhonen']);
  await expect(page.locator('data-status [data-status-done]')).toHaveText(en['data.status.downloaded']);
});

test('a new build: the reader is told politely, and Reload shows the new build with its own files and no failed request', async ({ page, site }) => {
  await page.goto('/en/');
  await waitForWorker(page);
  const lead = page.locator('main .lead');
  await expect(lead).not.toContainText(changeInB.text.trim());

  site.setRoot(builds.b);
  // What the browser does on the next navigation or periodic check.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.locator('[data-update]');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText(en['offline.update']);
  // Not a dialog: the page stays as it was, and usable, until the reader chooses.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(lead).not.toContainText(changeInB.text.trim());

  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: en['offline.reload'] }).click()]);
  await expect(page.locator('main .lead')).toContainText(changeInB.text.trim());
  await page.waitForLoadState('networkidle');
  const assets = requested.filter((path) => path.startsWith('/_astro/'));
  expect(assets.length).toBeGreaterThan(0);
  for (const path of assets) expect(existsSync(join(builds.b, path)), `${path} is build B's`).toBe(true);
  const favicon = await page.locator('link[rel=icon]').getAttribute('href');
  expect(existsSync(join(builds.b, favicon ?? '')) && !existsSync(join(builds.a, favicon ?? '')), `${favicon} is only in build B`).toBe(true);
  await expect(page.locator('[data-update]')).toBeEmpty();
});

test('the kill switch: a build made with OFFLINE_KILL_SWITCH=1 removes the worker and its caches', async ({ page, site }) => {
  await page.goto('/en/');
  await waitForWorker(page);
  site.setRoot(builds.killSwitch);
  await page.goto(sectionHref('tips', 'en'));
  await until(page, async () => (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0);
  // A page opened from now on is the host's, with no worker between them.
  const context = page.context();
  await page.close();
  const next = await context.newPage();
  await next.goto(sectionHref('guides', 'en'));
  expect(await next.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(false);
  await expect(next.locator('save-offline, [data-offline-shell]')).toHaveCount(0);
  expect(await next.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('a worker that fails to install leaves the site working online', async ({ page, site }) => {
  site.setRoot(builds.broken);
  await page.goto('/en/');
  await expect.poll(() => site.requests.some((request) => request.path === '/sw.js')).toBe(true);
  await until(page, async () => (await navigator.serviceWorker.getRegistration()) === undefined);
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active))).toBe(false);
  await page.getByRole('link', { name: en['nav.tips'] }).first().click();
  await expect(page.locator('h1')).toHaveText(/tips/i);
});

test('each language has an installable web app: manifest fields, icons drawn from the favicon, no installability errors', async ({ page, request }) => {
  for (const lang of ['en', 'fi'] as const) {
    await page.goto(`/${lang}/`);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe(`/${lang}/manifest.webmanifest`);
    const manifest = (await (await request.get(href ?? '')).json()) as Record<string, unknown> & { icons: Array<{ src: string; sizes: string; purpose: string }> };
    expect(manifest).toMatchObject({ name: ui[lang]['site.name'], short_name: ui[lang]['app.shortName'], start_url: `/${lang}/`, id: `/${lang}/`, display: 'standalone', lang });
    expect(String(manifest['theme_color'])).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.filter((icon) => icon.purpose === 'maskable').map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.headers()['content-type']).toBe('image/png');
      const { width, height, format } = await sharp(await response.body()).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
      expect(format).toBe('png');
    }
    expect(manifest.icons).toHaveLength(icons.length);
    await waitForWorker(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: Array<{ errorId: string }> };
    // Playwright's contexts are incognito, where Chromium never offers to install; that says nothing about the site.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito'), lang).toEqual([]);
    await cdp.detach();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no worker is registered, nothing offers to save, and pages and links still work', async ({ page, context }) => {
    await page.goto('/en/');
    await expect(page.locator('save-offline')).toBeHidden();
    await page.getByRole('link', { name: en['footer.offline'] }).click();
    await expect(page.locator('h1')).toHaveText(en['offline.title']);
    await expect(page.locator('main')).toContainText(en['offline.needsJs']);
    await page.getByRole('link', { name: en['nav.tips'] }).first().click();
    await expect(page.locator('h1')).toHaveText(/tips/i);
    expect(context.serviceWorkers()).toEqual([]);
  });
});

test('the worker fetches nothing by itself beyond the shell: the page and the offline page of its language', async ({ page, site }) => {
  await page.goto('/en/');
  await waitForWorker(page);
  await until(page, async (names) => Boolean(await (await caches.open(names.pages)).match(`${location.origin}/en/offline/`)));
  const served = site.requests.map((entry) => entry.path);
  const own = new Set(readdirSync(join(builds.a, '_astro')).map((name) => `/_astro/${name}`));
  const unexpected = served.filter((path) => !['/en/', '/sw.js', '/en/offline/', '/en/manifest.webmanifest'].includes(path) && !own.has(path) && !path.startsWith('/icons/'));
  expect(unexpected).toEqual([]);
  expect(served.filter((path) => path === '/en/offline/')).toHaveLength(1);
  expect(readFileSync(join(builds.a, 'sw.js'), 'utf8')).not.toMatch(/https?:\/\//);
});
