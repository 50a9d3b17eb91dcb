import { programmeEntries } from '../content-files';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectShown, queryOf, visibleItems } from './filter-list';

const total = programmeEntries().length;
const statusOrder = ['running', 'between-rounds', 'unknown', 'ended'];

const languages = [
  { lang: 'en', path: '/en/mentoring-programmes/', women: 'Women', immigrants: 'People who have moved to Finland', finnish: 'Finnish', ended: 'Ended', clear: 'Clear filters', show: 'Show results', external: '(external site)', guide: '/en/guides/mentoring/', newestSource: 'newest source:' },
  { lang: 'fi', path: '/fi/mentorointiohjelmat/', women: 'Naiset', immigrants: 'Suomeen muuttaneet', finnish: 'Suomi', ended: 'Päättynyt', clear: 'Tyhjennä valinnat', show: 'Näytä tulokset', external: '(ulkoinen sivusto)', guide: '/fi/oppaat/mentorointi/', newestSource: 'uusin lähde:' },
] as const;

for (const words of languages) {
  test.describe(`mentoring directory (${words.lang})`, () => {
    test('lists every programme with its facts, running ones before ended ones', async ({ page }) => {
      expect(total).toBeGreaterThanOrEqual(10);
      await page.goto(words.path);
      const programmes = page.locator('article.programme');
      await expect(programmes).toHaveCount(total);
      await expectShown(page, total, total);

      const statuses = await programmes.evaluateAll((articles) => articles.map((article) => article.getAttribute('data-filter-status') ?? ''));
      const ranks = statuses.map((status) => statusOrder.indexOf(status));
      expect(ranks).not.toContain(-1);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

      for (const programme of await programmes.all()) {
        await expect(programme.getByRole('heading', { level: 3 })).toHaveCount(1);
        await expect(programme.locator('dl dt')).not.toHaveCount(0);
        await expect(programme.locator('time[datetime]')).toHaveCount(1);
        // A status says how fresh its evidence is.
        await expect(programme.locator('dd', { hasText: words.newestSource })).toHaveCount(1);
        await expect(programme).toHaveAttribute('data-pagefind-filter', 'type:programme');
      }
      // The programme's own website is marked as external in words.
      const websites = page.locator('article.programme > p > a[rel=external]');
      expect(await websites.count()).toBeGreaterThan(0);
      for (const link of await websites.all()) await expect(link).toContainText(words.external);
      // The short guide above the list leads to the full mentoring guide in the same language.
      await expect(page.locator(`main a[href="${words.guide}"]`).first()).toBeVisible();
    });

    test('filters change the count, update the address and survive reload and Back', async ({ page }) => {
      await page.goto(words.path);
      const women = await page.locator('article[data-filter-audience~="women"]').count();
      expect(women).toBeGreaterThan(0);
      expect(women).toBeLessThan(total);

      await page.getByRole('checkbox', { name: words.women, exact: true }).check();
      await expectShown(page, women, total);
      expect(queryOf(page)).toEqual(['audience=women']);

      // Within a group any choice matches; across groups every group must match.
      await page.getByRole('checkbox', { name: words.immigrants, exact: true }).check();
      const either = await page.locator('article[data-filter-audience~="women"], article[data-filter-audience~="immigrants"]').count();
      await expectShown(page, either, total);
      await page.getByRole('checkbox', { name: words.finnish, exact: true }).check();
      const both = await page.locator(':is(article[data-filter-audience~="women"], article[data-filter-audience~="immigrants"])[data-filter-language~="fi"]').count();
      expect(both).toBeLessThan(either);
      await expectShown(page, both, total);
      expect(queryOf(page)).toEqual(['audience=immigrants', 'audience=women', 'language=fi']);

      // "Show results" stays on the page and takes the reader to the count where the results start.
      await page.getByRole('button', { name: words.show }).click();
      await expect(page.getByRole('main').getByRole('status')).toBeFocused();
      await expectShown(page, both, total);
      expect(queryOf(page)).toEqual(['audience=immigrants', 'audience=women', 'language=fi']);

      await page.reload();
      await expect(page.getByRole('checkbox', { name: words.finnish, exact: true })).toBeChecked();
      await expectShown(page, both, total);

      await page.locator(`main a[href^="/${words.lang}/"]`).filter({ hasText: /./ }).first().click();
      await expect(page).not.toHaveURL(new RegExp(words.path));
      await page.goBack();
      await expect(page.getByRole('checkbox', { name: words.women, exact: true })).toBeChecked();
      await expectShown(page, both, total);
      expect(queryOf(page)).toEqual(['audience=immigrants', 'audience=women', 'language=fi']);

      await page.getByRole('button', { name: words.clear }).click();
      await expectShown(page, total, total);
      expect(queryOf(page)).toEqual([]);
    });

    test('a shared link opens with its filters, and no match says so', async ({ page }) => {
      const ended = await (await page.request.get(words.path)).text().then((html) => (html.match(/data-filter-status="ended"/g) ?? []).length);
      await page.goto(`${words.path}?status=ended`);
      await expect(page.getByRole('checkbox', { name: words.ended, exact: true })).toBeChecked();
      await expectShown(page, ended, total);

      // Some pair of choices in two groups always leaves nothing; the page must say so.
      const values = (name: string) => page.locator(`input[name=${name}]`).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      let empty: [string, string] | undefined;
      for (const status of await values('status')) {
        for (const region of await values('region')) {
          if (!empty && (await page.locator(`article[data-filter-status~="${status}"][data-filter-region~="${region}"]`).count()) === 0) empty = [status, region];
        }
      }
      expect(empty, 'a status and a region that no programme shares').toBeDefined();
      await page.goto(`${words.path}?status=${empty?.[0]}&region=${empty?.[1]}`);
      await expectShown(page, 0, total);
    });

    test('is free of axe WCAG 2.2 A/AA violations, also while filtered', async ({ page }) => {
      await page.goto(words.path);
      await expectNoAxeViolations(page, 'unfiltered');
      await page.getByRole('checkbox', { name: words.women, exact: true }).check();
      await expectNoAxeViolations(page, 'filtered');
    });
  });

  test.describe(`mentoring directory without JavaScript (${words.lang})`, () => {
    test.use({ javaScriptEnabled: false });

    test('shows every programme, even for a filtered address, and hides the filters that could not work', async ({ page }) => {
      await page.goto(`${words.path}?audience=women&status=ended`);
      await expect(visibleItems(page)).toHaveCount(total);
      await expect(page.locator('form[data-filter-form]')).toBeHidden();
    });
  });
}
