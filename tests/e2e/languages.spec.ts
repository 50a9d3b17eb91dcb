import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

test.describe('every page in the sitemap', () => {
  test('declares its language, links both translations and switches to its counterpart', async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    // The time grows with the site, as in the other every-page tests.
    test.setTimeout(30_000 + paths.length * 2_000);
    expect(paths.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(10);
    expect(paths.filter((path) => path.startsWith('/fi/')).length).toBe(paths.filter((path) => path.startsWith('/en/')).length);

    for (const path of paths.filter((path) => path !== '/')) {
      await page.goto(path);
      const lang = path.split('/')[1];
      await expect(page.locator('html'), path).toHaveAttribute('lang', String(lang));

      const hreflang = async (code: string) => new URL(String(await page.locator(`link[rel=alternate][hreflang=${code}]`).getAttribute('href'))).pathname;
      const en = await hreflang('en');
      const fi = await hreflang('fi');
      expect(await hreflang('x-default'), `${path} x-default`).toBe(en);
      expect(lang === 'en' ? en : fi, `${path} lists itself`).toBe(path);

      const other = lang === 'en' ? fi : en;
      const switcher = page.locator('.language-switcher a');
      await expect(switcher, path).toHaveAttribute('href', other);
      await expect(switcher).toHaveText(lang === 'en' ? 'Suomeksi' : 'In English');
      await expect(switcher).toHaveAttribute('lang', lang === 'en' ? 'fi' : 'en');

      const response = await request.get(other);
      expect(response.status(), `${path} → ${other}`).toBe(200);
      expect(await response.text(), `${other} is in the other language`).toContain(`<html lang="${lang === 'en' ? 'fi' : 'en'}"`);
    }
  });
});

test('the switcher on a guide goes to the same guide in Finnish and back', async ({ page }) => {
  await page.goto('/en/guides/');
  await page.locator('.guide-list a').first().click();
  const englishPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Suomeksi' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  expect(new URL(page.url()).pathname).toMatch(/^\/fi\/oppaat\/[a-z0-9-]+\/$/);
  // The switcher saves the choice before it follows the link, so the address changes a moment later.
  await page.getByRole('link', { name: 'In English' }).click();
  await expect(page).toHaveURL((url) => url.pathname === englishPath);
});

test('the root page offers both languages and remembers the choice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Suomeksi' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'In English' })).toBeVisible();
  await page.getByRole('link', { name: 'Suomeksi' }).click();
  await expect(page).toHaveURL(/\/fi\/$/);

  await page.goto('/');
  await expect(page).toHaveURL(/\/fi\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');

  // Choosing the other language with the switcher changes what the root remembers.
  await page.getByRole('link', { name: 'In English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the root page stays put without a stored choice, and stores nothing until the reader chooses', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Suomeksi' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('each language has its own 404 page and the root one offers both', async ({ page }) => {
  const fi = await page.goto('/fi/404/');
  expect(fi?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');

  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sivua ei löytynyt' })).toBeVisible();
});
