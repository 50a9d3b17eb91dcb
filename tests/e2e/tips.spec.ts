import { tipEntries } from '../content-files';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectShown, queryOf, visibleItems } from './filter-list';

const tips = tipEntries();
const total = tips.length;
const firstTip = String(tips[0]?.id);

const languages = [
  { lang: 'en', path: '/en/tips/', guides: '/en/guides/', messages: '/en/toolkit/messages/', online: 'Online', events: 'At events', clear: 'Clear filters' },
  { lang: 'fi', path: '/fi/vinkit/', guides: '/fi/oppaat/', messages: '/fi/tyokalut/viestipohjat/', online: 'Verkossa', events: 'Tapahtumissa', clear: 'Tyhjennä valinnat' },
] as const;

for (const words of languages) {
  test.describe(`tips page (${words.lang})`, () => {
    test('shows every tip with its anchor, linking guides and message templates in the same language', async ({ page }) => {
      await page.goto(`${words.path}#tip-${firstTip}`);
      const tips = page.locator('article.tip');
      await expect(tips).toHaveCount(total);
      await expectShown(page, total, total);
      await expect(page.locator(`h2#tip-${firstTip}`)).toBeInViewport();

      for (const tip of await tips.all()) {
        await expect(tip.getByRole('heading', { level: 2 })).toHaveAttribute('id', /^tip-[a-z0-9-]+$/);
        await expect(tip).toHaveAttribute('data-pagefind-filter', 'type:tip');
      }
      const guideLinks = page.locator('article.tip a[href^="/"]');
      expect(await guideLinks.count()).toBeGreaterThan(0);
      for (const href of await guideLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^(${words.guides}[a-z0-9-]+/|${words.messages}#message-[a-z0-9-]+)$`));
      }
      // Tips that a message template names (content/messages/*.yaml, "tips") link to it.
      await expect(page.locator(`article.tip a[href="${words.messages}#message-thank-you"]`)).toHaveCount(2);
    });

    test('filter by situation, update the address and survive reload and Back', async ({ page }) => {
      await page.goto(words.path);
      const online = await page.locator('article[data-filter-situation~="online"]').count();
      expect(online).toBeGreaterThan(0);
      expect(online).toBeLessThan(total);

      await page.getByRole('checkbox', { name: words.online, exact: true }).check();
      await expectShown(page, online, total);
      expect(queryOf(page)).toEqual(['situation=online']);

      await page.getByRole('checkbox', { name: words.events, exact: true }).check();
      const either = await page.locator('article[data-filter-situation~="online"], article[data-filter-situation~="events"]').count();
      expect(either).toBeGreaterThan(online);
      await expectShown(page, either, total);
      expect(queryOf(page)).toEqual(['situation=events', 'situation=online']);

      await page.reload();
      await expect(page.getByRole('checkbox', { name: words.events, exact: true })).toBeChecked();
      await expectShown(page, either, total);

      await visibleItems(page).locator(`a[href^="${words.guides}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(words.guides));
      await page.goBack();
      await expect(page.getByRole('checkbox', { name: words.online, exact: true })).toBeChecked();
      await expectShown(page, either, total);

      await page.getByRole('button', { name: words.clear }).click();
      await expectShown(page, total, total);
      expect(queryOf(page)).toEqual([]);
    });

    test('is free of axe WCAG 2.2 A/AA violations, also while filtered', async ({ page }) => {
      // Two axe runs over every tip: the time grows with the number of tips, and a busy machine slows axe most.
      test.setTimeout(30_000 + total * 400);
      await page.goto(words.path);
      await expectNoAxeViolations(page, 'unfiltered');
      await page.getByRole('checkbox', { name: words.online, exact: true }).check();
      await expectNoAxeViolations(page, 'filtered');
    });
  });

  test.describe(`tips page without JavaScript (${words.lang})`, () => {
    test.use({ javaScriptEnabled: false });

    test('shows every tip, even for a filtered address, and hides the filters that could not work', async ({ page }) => {
      await page.goto(`${words.path}?situation=online`);
      await expect(visibleItems(page)).toHaveCount(total);
      await expect(page.locator('form[data-filter-form]')).toBeHidden();
    });
  });
}
