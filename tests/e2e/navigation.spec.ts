import type { Page } from '@playwright/test';
import { navSections } from '../../src/i18n/nav-sections';
import { locales, type Locale } from '../../src/i18n/locales';
import { sectionHref } from '../../src/i18n/routes';
import { expect, test } from './fixtures';
import { everyPage } from './sitemap';

/** A phone as the issue measured it: 390 × 844 CSS pixels, where the old header was 206 px tall. */
const phone = { width: 390, height: 844 };
const menuName = { en: 'Menu', fi: 'Valikko' } as const;

const menuButton = (page: Page, lang: Locale) => page.locator('.site-header summary', { hasText: menuName[lang] });
const navLinks = (page: Page) => page.getByRole('navigation', { name: /^(Main|Päävalikko)$/ }).getByRole('link');
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a 390 px phone ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ viewport: phone, javaScriptEnabled });

    test('the header leaves the screen to the page, and the menu opens and closes by pointer and by keyboard', async ({ page }) => {
      for (const lang of locales) {
        await page.goto(sectionHref('guides', lang));
        // Half of the 206 px the header took before, at most.
        const headerBottom = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom);
        expect(headerBottom).toBeLessThanOrEqual(103);
        await expect(page.locator('h1')).toBeInViewport();

        const button = menuButton(page, lang);
        await expect(button).toBeVisible();
        await expect(navLinks(page).first()).toBeHidden();

        // Pointer: open, follow nothing, close again with the same button.
        await button.click();
        await expect(navLinks(page)).toHaveCount(navSections.length);
        for (const link of await navLinks(page).all()) await expect(link).toBeVisible();
        await expect(page.getByRole('link', { name: lang === 'en' ? 'Guides' : 'Oppaat' }).first()).toHaveAttribute('aria-current', 'page');
        await button.click();
        await expect(navLinks(page).first()).toBeHidden();

        // Keyboard: Enter opens, Tab goes into the menu in order, Enter on the button closes it.
        await button.focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        expect(await focusedText(page)).toBe(await navLinks(page).first().innerText());
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Space');
        await expect(navLinks(page).first()).toBeHidden();

        if (javaScriptEnabled) {
          // The enhancement: Escape closes and returns focus to the button; a tap elsewhere closes.
          await page.keyboard.press('Enter');
          await page.keyboard.press('Tab');
          await page.keyboard.press('Escape');
          await expect(navLinks(page).first()).toBeHidden();
          await expect(button).toBeFocused();
          await button.click();
          // The open panel covers the top of the page; a tap lower down is a tap on the page.
          await page.mouse.click(phone.width / 2, phone.height - 20);
          await expect(navLinks(page).first()).toBeHidden();
        }
      }
    });
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: phone });

  test('Tab goes skip link → site name → language → Search → Menu → sections, and search is one tap away', async ({ page }) => {
    for (const [lang, order] of [['en', ['Skip to main content', 'Networking for work in Finland', 'Suomeksi', 'Search', 'Menu', 'Guides']], ['fi', ['Siirry pääsisältöön', 'Verkostoista töihin', 'In English', 'Haku', 'Valikko', 'Oppaat']]] as const) {
      await page.goto(sectionHref('tips', lang));
      const reached: string[] = [];
      for (const [index, name] of order.entries()) {
        await page.keyboard.press('Tab');
        reached.push(await focusedText(page));
        if (name === menuName[lang] && index < order.length - 1) await page.keyboard.press('Enter');
      }
      expect(reached).toEqual(order);
      await page.getByRole('link', { name: order[3], exact: true }).first().click();
      await expect(page).toHaveURL(new RegExp(`${sectionHref('search', lang)}$`));
    }
  });

  // The first test shows that the open menu shows these links; the header is one component, so its HTML is enough here.
  test('every section is one menu away from every page, in the page\'s language', async ({ request }) => {
    const paths = (await everyPage(request)).filter((path) => /^\/(en|fi)\//.test(path));
    const problems: string[] = [];
    // Every page's header as served: the menu holds a link to each section in the page's language.
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      const lang = path.slice(1, 3) as Locale;
      const menu = /<details class="site-menu"[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
      const hrefs = [...menu.matchAll(/<a href="([^"]+)"/g)].map(([, href]) => href);
      const expected = navSections.map((section) => sectionHref(section, lang));
      if (hrefs.join(' ') !== expected.join(' ')) problems.push(`${path}: ${hrefs.join(' ') || 'no menu'}`);
    }
    expect(problems).toEqual([]);
  });
});

test('on a wide screen the sections stay in view without a Menu button, the current one is marked, and print leaves the header out', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of locales) {
    await page.goto(sectionHref('mentoring', lang));
    await expect(menuButton(page, lang)).toBeHidden();
    for (const link of await navLinks(page).all()) await expect(link).toBeVisible();
    await expect(navLinks(page).and(page.locator('[aria-current="page"]'))).toHaveAttribute('href', sectionHref('mentoring', lang));
    await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});
