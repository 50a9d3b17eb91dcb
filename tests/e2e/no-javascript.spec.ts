import type { Page } from '@playwright/test';
import { locales, otherLocale } from '../../src/i18n/locales';
import { sectionHref } from '../../src/i18n/routes';
import { programmeEntries, readChecklist, tipEntries } from '../content-files';
import { expect, test } from './fixtures';
import { everyPage } from './sitemap';

test.use({ javaScriptEnabled: false });

/**
 * The text blocks a reader sees in <main>. Controls and live status messages are left out: they
 * exist to be used with JavaScript, not read. So is what a page shows from this browser's state
 * (marked `data-from-browser`: counts and lists of saved records, what is saved for offline), which
 * no server could send. bench/page-weight.mjs measures with the same rule.
 */
async function visibleBlocks(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('h1, h2, h3, h4, p, li, dt, dd, th, td, figcaption, blockquote')]
      .filter((element) => element.checkVisibility() && !element.closest('form, button, [role=status], [aria-live], [data-from-browser]'))
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}
const mainText = async (page: Page) => (await page.locator('main').evaluate((main) => main.textContent ?? '')).replace(/\s+/g, ' ');

test('every page reads completely without JavaScript: the text a reader sees with it comes in the page itself', async ({ page, request, browser }) => {
  const paths = await everyPage(request);
  test.setTimeout(30_000 + paths.length * 4_000);
  const withScripts = await browser.newPage({ javaScriptEnabled: true });
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('h1').first(), path).toBeVisible();
    const visible = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    if (visible.length < 80) problems.push(`${path}: only "${visible}" without JavaScript`);
    // Hints that only make sense with JavaScript ("your ticks are saved") may stay hidden without
    // it; what matters is that no text depends on a script to exist. Visibility of the items
    // themselves is checked below.
    const served = await mainText(page);
    await withScripts.goto(path);
    const missing = (await visibleBlocks(withScripts)).filter((text) => !served.includes(text));
    if (missing.length > 0) problems.push(`${path}: only with JavaScript: ${missing.slice(0, 3).map((text) => `"${text.slice(0, 60)}"`).join(', ')}`);
  }
  await withScripts.close();
  expect(problems).toEqual([]);
});

test('the navigation and the language switcher work without JavaScript', async ({ page }) => {
  test.setTimeout(90_000);
  for (const lang of locales) {
    await page.goto(sectionHref('home', lang));
    const hrefs = await page.locator('.primary-nav a, .site-footer nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const href of hrefs) {
      await page.goto(sectionHref('home', lang));
      // The header also has a search link for phones, hidden on this wide screen: follow the visible one.
      await page.locator(`.primary-nav a[href="${href}"], .site-footer nav a[href="${href}"]`).first().click();
      await expect(page, href).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator('h1').first(), href).toBeVisible();
      await expect(page.locator('html'), href).toHaveAttribute('lang', lang);
    }
    // From the last section visited, the switcher leads to the same section in the other language.
    await page.locator('.language-switcher a').click();
    await expect(page.locator('html')).toHaveAttribute('lang', otherLocale(lang));
    await expect(page.locator('h1').first()).toBeVisible();
  }
  await page.goto('/');
  await page.getByRole('link', { name: 'Suomeksi' }).click();
  await expect(page).toHaveURL(/\/fi\/$/);
});

test('every tip, checklist item and mentoring programme is on its page without JavaScript', async ({ page }) => {
  const tips = tipEntries().map(({ data }) => data);
  const checklistItems = readChecklist().groups.flatMap((group) => group.items);
  const programmes = programmeEntries().map(({ data }) => data);
  const expected = locales.flatMap((lang): Array<[string, string[]]> => [
    [sectionHref('tips', lang), tips.map((tip) => tip[lang].title)],
    [sectionHref('checklist', lang), checklistItems.map((item) => item[lang].title)],
    [sectionHref('mentoring', lang), programmes.map((programme) => (lang === 'fi' ? programme.nameFi ?? programme.name : programme.name))],
  ]);
  for (const [path, titles] of expected) {
    expect(titles.length, path).toBeGreaterThan(0);
    await page.goto(path);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(titles.filter((title) => !text.includes(title.replace(/\s+/g, ' '))), `${path}: not shown`).toEqual([]);
  }
});
