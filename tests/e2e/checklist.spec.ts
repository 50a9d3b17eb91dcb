import type { Page } from '@playwright/test';
import { readChecklist } from '../content-files';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { pdfPageTexts } from './pdf';
import { shownProgress } from './progress-bar';

const items = readChecklist().groups.flatMap((group) => group.items);
const total = items.length;
const storageKey = 'networking-guide:checklist:linkedin';
const pages = {
  en: { path: '/en/linkedin-checklist/', progress: (done: number) => `${done} of ${total} done`, site: 'Networking for work in Finland' },
  fi: { path: '/fi/linkedin-tarkistuslista/', progress: (done: number) => `${done} tehty, yhteensä ${total}`, site: 'Verkostoista töihin' },
} as const;

const box = (page: Page, id: string) => page.locator(`input[type=checkbox][data-item="${id}"]`);
const progress = (page: Page) => page.locator('[data-progress-text]');
const notice = (page: Page) => page.locator('[data-notice]');
const ticked = (page: Page) => page.locator('input[type=checkbox][data-item]:checked').evaluateAll((boxes) => boxes.map((input) => input.getAttribute('data-item')));
/** Puts a raw value in the checklist's storage (or another key) before the page's own scripts run, once per tab. */
const storeBeforeLoad = (page: Page, raw: string, key = storageKey) =>
  page.addInitScript(([name, value]) => {
    if (!sessionStorage.getItem(`seeded:${name}`)) localStorage.setItem(name, value);
    sessionStorage.setItem(`seeded:${name}`, 'yes');
  }, [key, raw] as const);

test.describe('with JavaScript', () => {
  test('a ticked item stays ticked after a reload, and progress is announced politely', async ({ page }) => {
    await page.goto(pages.en.path);
    await expect(progress(page)).toHaveText(pages.en.progress(0));
    await expect(progress(page)).toHaveAttribute('role', 'status');
    await expect(progress(page)).toHaveAttribute('aria-live', 'polite');

    await page.getByLabel(String(items[0]?.en.title), { exact: true }).check();
    await page.getByLabel(String(items[3]?.en.title), { exact: true }).check();
    await expect(progress(page)).toHaveText(pages.en.progress(2));
    // The bar pictures the same share (its text is what screen readers hear).
    expect(await shownProgress(page, 'checklist')).toEqual({ filled: Math.round((2 / total) * 100) / 100, target: null });
    await expect(page.locator('[data-progress-bar]')).toHaveAttribute('aria-hidden', 'true');

    await page.reload();
    await expect(box(page, String(items[0]?.id))).toBeChecked();
    await expect(box(page, String(items[3]?.id))).toBeChecked();
    expect(await ticked(page)).toHaveLength(2);
    await expect(progress(page)).toHaveText(pages.en.progress(2));
    await expect(notice(page)).toBeEmpty();
  });

  test('items ticked in English are ticked in Finnish, and unticked back in English', async ({ page }) => {
    const [first, second] = [String(items[1]?.id), String(items.at(-1)?.id)];
    await page.goto(pages.en.path);
    await box(page, first).check();
    await box(page, second).check();

    await page.getByRole('link', { name: 'Suomeksi' }).click();
    await expect(page).toHaveURL(new RegExp(`${pages.fi.path}$`));
    // The progress text is written by the script, so once it shows, the saved ticks are applied.
    await expect(progress(page)).toHaveText(pages.fi.progress(2));
    expect((await ticked(page)).sort()).toEqual([first, second].sort());

    await page.getByLabel(String(items.at(-1)?.fi.title), { exact: true }).uncheck();
    await page.getByRole('link', { name: 'In English' }).click();
    await expect(progress(page)).toHaveText(pages.en.progress(1));
    expect(await ticked(page)).toEqual([first]);
  });

  test('"Clear all" clears every tick and can be undone', async ({ page }) => {
    const ids = items.slice(0, 3).map((item) => item.id);
    await page.goto(pages.en.path);
    for (const id of ids) await box(page, id).check();
    const undo = page.getByRole('button', { name: 'Undo clearing' });
    await expect(undo).toBeHidden();

    await page.getByRole('button', { name: 'Clear all' }).click();
    expect(await ticked(page)).toEqual([]);
    await expect(progress(page)).toHaveText(pages.en.progress(0));
    await expect(page.locator('[data-cleared-status]')).toHaveText('All ticks cleared.');
    await expect(undo).toBeVisible();

    await undo.click();
    expect(await ticked(page)).toEqual(ids);
    await expect(undo).toBeHidden();
    await expect(page.getByRole('button', { name: 'Clear all' })).toBeFocused();
    await page.reload();
    expect(await ticked(page)).toEqual(ids);

    // Cleared and not undone: the clearing is what is kept.
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.reload();
    expect(await ticked(page)).toEqual([]);
  });

  test('"Print checklist" opens the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.goto(pages.fi.path);
    await page.getByRole('button', { name: 'Tulosta lista' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  });

  test('stores nothing but the ticked ids, in one localStorage record, and sets no cookie', async ({ page, context }) => {
    await page.goto(pages.en.path);
    await box(page, String(items[2]?.id)).check();
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(Object.keys(stored)).toEqual([storageKey]);
    expect(JSON.parse(String(stored[storageKey]))).toEqual({ version: 2, savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), value: { ticked: [items[2]?.id] } });
    expect(await context.cookies()).toEqual([]);
  });
});

test.describe('saved ticks that cannot be used', () => {
  test('ticks saved before the personal-data layer (version 1) are all still ticked, and saved in the new form on the next tick', async ({ page }) => {
    const before = items.slice(0, 3).map((item) => item.id);
    await storeBeforeLoad(page, JSON.stringify({ version: 1, value: before }));
    await page.goto(pages.en.path);
    await expect(progress(page)).toHaveText(pages.en.progress(3));
    expect(await ticked(page)).toEqual(before);
    await expect(notice(page)).toBeEmpty();
    await box(page, String(items[5]?.id)).check();
    const stored = await page.evaluate((key) => localStorage.getItem(key), storageKey);
    expect(JSON.parse(String(stored)).value).toEqual({ ticked: [...before, items[5]?.id] });
  });

  test('ticks from an older list keep the items still on it and say the list changed', async ({ page }) => {
    await storeBeforeLoad(page, JSON.stringify({ version: 1, value: ['an-item-that-was-removed', items[4]?.id] }));
    await page.goto(pages.fi.path);
    await expect(notice(page)).toHaveText('Lista on muuttunut edellisen käyntisi jälkeen. Merkinnät säilyivät niissä kohdissa, jotka ovat yhä listalla.');
    expect(await ticked(page)).toEqual([items[4]?.id]);
    await expect(progress(page)).toHaveText(pages.fi.progress(1));
    // The cleaned list is saved, so the message is not repeated on the next visit.
    await page.reload();
    await expect(notice(page)).toBeEmpty();
    expect(await ticked(page)).toEqual([items[4]?.id]);
  });
});

test.describe('a renamed item', () => {
  // The real list has no renamed ids yet, so the page is served with the attribute the view writes
  // for `renamedIds: { old-id: new-id }` (its map is resolveRenames', unit-tested).
  test('a tick saved under the old id shows under the new one, is saved under it, and the list is not called changed', async ({ page }) => {
    const current = String(items[3]?.id);
    await page.route(`**${pages.en.path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<saved-checklist ', `<saved-checklist data-renames='${JSON.stringify({ 'an-old-id': current })}' `);
      await route.fulfill({ response, body: html });
    });
    await storeBeforeLoad(page, JSON.stringify({ version: 2, savedAt: '2026-11-01T10:00:00.000Z', value: { ticked: ['an-old-id'] } }));
    await page.goto(pages.en.path);
    await expect(progress(page)).toHaveText(pages.en.progress(1));
    expect(await ticked(page)).toEqual([current]);
    await expect(notice(page)).toBeEmpty();
    const stored = await page.evaluate((key) => localStorage.getItem(key), storageKey);
    expect(JSON.parse(String(stored)).value).toEqual({ ticked: [current] });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'fi'] as const) {
    test(`${lang}: every item is listed with its explanation as a real checkbox, and no dead buttons`, async ({ page }) => {
      await page.goto(pages[lang].path);
      for (const item of items) {
        const checkbox = page.getByRole('checkbox', { name: item[lang].title, exact: true });
        await expect(checkbox).toBeVisible();
        await expect(checkbox).toHaveAccessibleDescription(new RegExp(item[lang].how.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        await expect(page.getByText(item[lang].why, { exact: false })).toBeVisible();
      }
      await expect(page.getByRole('checkbox')).toHaveCount(total);
      await expect(page.locator('saved-checklist').getByRole('button')).toHaveCount(0);
      await expect(page.locator('noscript p')).toHaveCount(1);

      // It still prints: the items show on paper, the site's chrome does not.
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('checkbox', { name: String(items.at(-1)?.[lang].title), exact: true })).toBeVisible();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.print-header')).toBeVisible();
    });
  }
});

for (const lang of ['en', 'fi'] as const) {
  test(`${lang}: the printout fits two A4 pages with every item, the source of the page and no chrome`, async ({ page }) => {
    await page.goto(pages[lang].path);
    await box(page, String(items[0]?.id)).check();
    await page.emulateMedia({ media: 'print' });
    // Ticked and empty boxes both show on paper.
    await expect(box(page, String(items[0]?.id))).toBeVisible();
    await expect(box(page, String(items[0]?.id))).toBeChecked();
    await expect(box(page, String(items[1]?.id))).toBeVisible();
    await expect(page.locator('.print-notes')).toBeVisible();

    const pdfPages = pdfPageTexts(await page.pdf({ format: 'A4' }));
    expect(pdfPages.length).toBeGreaterThanOrEqual(1);
    expect(pdfPages.length).toBeLessThanOrEqual(2);
    const text = pdfPages.join(' ');
    for (const item of items) expect(text, item.id).toContain(item[lang].title);
    expect(text).toContain(pages[lang].site);
    expect(text).toContain(`https://networking-guide.example${pages[lang].path}`);
    expect(text).toMatch(lang === 'en' ? /Printed on \d{1,2} [A-Z][a-z]+ \d{4}/ : /Tulostettu \d{1,2}\.\d{1,2}\.\d{4}/);
    for (const chrome of lang === 'en' ? ['Skip to main content', 'Print checklist', 'Clear all', 'Accessibility statement', 'Suomeksi'] : ['Siirry pääsisältöön', 'Tulosta lista', 'Tyhjennä kaikki', 'Saavutettavuusseloste', 'In English']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });
}

test.describe('axe finds no WCAG 2.2 AA violation', () => {
  for (const lang of ['en', 'fi'] as const) {
    test(`${lang}: with ticks, a notice, the data status, and then the undo offer showing`, async ({ page }) => {
      // A list that changed (the checklist's notice) and data kept aside (the shared data status).
      await storeBeforeLoad(page, JSON.stringify({ version: 1, value: ['an-item-that-was-removed'] }));
      await storeBeforeLoad(page, JSON.stringify({ keptAside: 1, from: storageKey, reason: 'corrupt', keptAt: '2026-12-01T10:00:00.000Z', raw: 'not json' }), 'networking-guide:kept-aside:checklist:linkedin');
      await page.goto(pages[lang].path);
      await expect(notice(page)).not.toBeEmpty();
      await expect(page.locator('[data-status-lines]')).not.toBeEmpty();
      await box(page, String(items[0]?.id)).check();
      await box(page, String(items[1]?.id)).check();
      await expectNoAxeViolations(page, 'ticks and a notice');
      await page.locator('[data-clear]').click();
      await expect(page.locator('[data-undo]')).toBeVisible();
      await expectNoAxeViolations(page, 'undo offer');
    });
  }
});
