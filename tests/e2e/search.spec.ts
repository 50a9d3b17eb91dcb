import type { Page } from '@playwright/test';
import { sectionHref } from '../../src/i18n/routes';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { englishQueries, finnishQueries } from './search-queries';

const searchPage = { en: sectionHref('search', 'en'), fi: sectionHref('search', 'fi') };
const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.locator('main ol li');
const resultLinks = (page: Page) => page.locator('main ol li h2 a');
const hrefs = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** Opens the search page with a query in the URL and waits until the reader is told the outcome. */
async function searchFor(page: Page, lang: 'en' | 'fi', query: string, extra = ''): Promise<void> {
  await page.goto(`${searchPage[lang]}?q=${encodeURIComponent(query)}${extra}`);
  await expect(status(page)).toContainText(query);
}

test.describe('the query list finds the page each query is about', () => {
  for (const [lang, cases] of [['fi', finnishQueries], ['en', englishQueries]] as const) {
    for (const { query, finds, why } of cases) {
      test(`${lang}: "${query}" finds ${finds} (${why})`, async ({ page }) => {
        await searchFor(page, lang, query);
        const more = page.getByRole('button', { name: lang === 'fi' ? 'Näytä lisää tuloksia' : 'Show more results' });
        // A reader pages through with "Show more" until the page turns up or there is nothing more.
        while (!(await hrefs(page)).includes(finds) && (await more.isVisible())) {
          const shown = await results(page).count();
          await more.click();
          await expect(results(page)).not.toHaveCount(shown);
        }
        expect(await hrefs(page)).toContain(finds);
      });
    }
  }
});

test('a page view loads no search code; the header form takes the query to the search page', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|SearchView/.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto('/fi/oppaat/mentorointi/');
  const field = page.getByRole('searchbox', { name: 'Hae sivustolta' });
  await field.focus();
  await field.fill('mentori');
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);

  await field.press('Enter');
  await expect(page).toHaveURL(/\/fi\/haku\/\?q=mentori$/);
  await expect(page.getByRole('searchbox', { name: /Hae oppaista/ })).toHaveValue('mentori');
  await expect(status(page)).toHaveText(/^\d+ tulosta haulla ”mentori”$/);
  expect(searchRequests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('results update as you type and show title, type and a highlighted excerpt', async ({ page }) => {
  await page.goto(searchPage.en);
  const field = page.getByRole('searchbox', { name: /Search the guides/ });
  await field.pressSequentially('volunteeri');
  await expect(status(page)).toHaveText(/^\d+ results? for “volunteeri”$/);
  await field.press('n');
  await field.press('g');
  await expect(status(page)).toHaveText(/^\d+ results? for “volunteering”$/);
  await expect(page).toHaveURL(/\?q=volunteering$/);

  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Volunteer to meet people and use your skills');
  await expect(first.getByRole('link')).toHaveAttribute('href', '/en/tips/#tip-volunteer-to-meet-people');
  await expect(first.locator('.search-result-type')).toHaveText('Tip');
  await expect(first.locator('mark').first()).toHaveText(/^volunteer/i);
});

test('one more letter shows the results already fetched at once; one still on its way follows in its place', async ({ page, browser }) => {
  // The order a fresh search gives, from a browser with nothing cached.
  const fresh = await browser.newPage();
  await searchFor(fresh, 'fi', 'mentori');
  const expected = await hrefs(fresh);
  await fresh.close();
  await searchFor(page, 'fi', 'mentor');
  // From now on the text of any result not yet fetched waits until the test lets it through.
  const held: Array<() => void> = [];
  let holding = true;
  await page.route('**/pagefind/fragment/*', (route) => {
    if (holding) held.push(() => void route.continue());
    else void route.continue();
  });
  const field = page.getByRole('searchbox', { name: /Hae oppaista/ });
  await field.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('i');
  await expect.poll(() => held.length, { message: '"mentori" should need a result text that "mentor" did not show; if the content changed, pick another word' }).toBeGreaterThan(0);
  // The results before the first held one are shown, in the fresh search's order.
  await expect.poll(async () => {
    const shown = await hrefs(page);
    return shown.length > 0 && shown.length < expected.length && shown.every((href, index) => href === expected[index]);
  }, { message: 'the first results of "mentori" should be ones "mentor" showed; if the content changed, pick another word' }).toBe(true);
  holding = false;
  for (const release of held) release();
  await expect(resultLinks(page)).toHaveCount(expected.length);
  expect(await hrefs(page)).toEqual(expected);
  await expect(status(page)).toContainText('mentori');
});

test('each language searches its own pages; the option adds the other language', async ({ page }) => {
  await searchFor(page, 'fi', 'linkedin');
  const finnish = await hrefs(page);
  expect(finnish.length).toBeGreaterThan(3);
  expect(finnish.filter((href) => !href.startsWith('/fi/'))).toEqual([]);

  await searchFor(page, 'en', 'linkedin');
  const english = await hrefs(page);
  expect(english.length).toBeGreaterThan(3);
  expect(english.filter((href) => !href.startsWith('/en/'))).toEqual([]);

  await searchFor(page, 'fi', 'Womento');
  await expect(results(page)).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Hae myös englanninkielisiltä sivuilta' }).check();
  await expect(page).toHaveURL(/\?q=Womento&both=1$/);
  await expect(results(page)).toHaveCount(4);
  const both = await hrefs(page);
  expect(both.filter((href) => href.startsWith('/en/'))).toHaveLength(2);
  // English results say so, in the reader's language, and are marked as English for screen readers.
  const englishResult = results(page).filter({ has: page.locator('a[href^="/en/"]') }).first();
  await expect(englishResult.locator('.search-result-type')).toContainText('Englanniksi');
  await expect(englishResult.getByRole('heading')).toHaveAttribute('lang', 'en');
});

test('the type filter shows only results of the chosen type', async ({ page }) => {
  await searchFor(page, 'en', 'mentor');
  const labels = () => results(page).locator('.search-result-type').allInnerTexts();
  expect(new Set(await labels()).size).toBeGreaterThan(1);

  for (const [option, label, prefix] of [['Tips', 'Tip', '/en/tips/#'], ['Mentoring programmes', 'Mentoring programme', '/en/mentoring-programmes/#'], ['Guides', 'Guide', '/en/guides/']] as const) {
    await page.getByRole('radio', { name: option }).check();
    await expect.poll(async () => [...new Set(await labels())]).toEqual([label]);
    expect((await hrefs(page)).every((href) => href.startsWith(prefix))).toBe(true);
  }
  await expect(page).toHaveURL(/\?q=mentor&type=guide$/);
  await page.getByRole('radio', { name: 'Everything' }).check();
  await expect.poll(async () => new Set(await labels()).size).toBeGreaterThan(1);

  // The chosen type survives a reload, as a shared link would.
  await searchFor(page, 'fi', 'linkedin', '&type=checklist');
  await expect(page.getByRole('radio', { name: 'LinkedIn-tarkistuslista' })).toBeChecked();
  expect(await hrefs(page)).toEqual(['/fi/linkedin-tarkistuslista/']);
});

test('?q= prefills and runs the search, and Back returns to the previous search', async ({ page }) => {
  await searchFor(page, 'en', 'mentor');
  const field = page.getByRole('searchbox', { name: /Search the guides/ });
  await expect(field).toHaveValue('mentor');
  const mentorResults = await hrefs(page);

  await field.fill('webinar');
  await field.press('Enter');
  await expect(page).toHaveURL(/\?q=webinar$/);
  await expect(status(page)).toContainText('webinar');

  await page.goBack();
  await expect(page).toHaveURL(/\?q=mentor$/);
  await expect(field).toHaveValue('mentor');
  await expect(status(page)).toContainText('mentor');
  expect(await hrefs(page)).toEqual(mentorResults);

  await page.goForward();
  await expect(field).toHaveValue('webinar');
  await expect(status(page)).toContainText('webinar');
});

test('a query that looks like HTML is shown as text and runs nothing', async ({ page }) => {
  const attack = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await searchFor(page, 'en', attack);
  await expect(page.getByRole('searchbox', { name: /Search the guides/ })).toHaveValue(attack);
  await page.getByRole('searchbox', { name: /Search the guides/ }).fill(`${attack} <b>bold</b>`);
  await expect(status(page)).toContainText(`“${attack} <b>bold</b>”`);
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('with results open, in both languages, axe finds no WCAG 2.2 AA violation', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await searchFor(page, 'fi', 'mentori', '&both=1');
    await expect(results(page).first()).toBeVisible();
    await expectNoAxeViolations(page, `${scheme} colour scheme`);
  }
});

test('search works from the keyboard alone, and "Show more" moves focus to the new results', async ({ page }) => {
  await searchFor(page, 'fi', 'verkosto');
  const field = page.getByRole('searchbox', { name: /Hae oppaista/ });
  await field.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Hae', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Kaikki' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Oppaat' })).toBeChecked();
  await expect(results(page).first().locator('.search-result-type')).toHaveText('Opas');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'Kaikki' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(resultLinks(page).first()).toBeFocused();

  const shown = await results(page).count();
  expect(shown).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Näytä lisää tuloksia' }).press('Enter');
  await expect(results(page)).toHaveCount(shown * 2);
  await expect(resultLinks(page).nth(shown)).toBeFocused();
});

test('"Show more" pressed again while its page is on its way adds that page once', async ({ page }) => {
  await searchFor(page, 'fi', 'verkosto');
  const shown = await results(page).count();
  const held: Array<() => void> = [];
  let holding = true;
  await page.route('**/pagefind/fragment/*', (route) => {
    if (holding) held.push(() => void route.continue());
    else void route.continue();
  });
  const more = page.getByRole('button', { name: 'Näytä lisää tuloksia' });
  await more.click();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await more.click();
  holding = false;
  for (const release of held) release();
  await expect(results(page)).toHaveCount(shown * 2);
  const links = await hrefs(page);
  expect(new Set(links).size).toBe(links.length);
});

test('without JavaScript the header form still leads to the search page, which offers the lists instead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/guides/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('mentor');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=mentor$/);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Guides' })).toHaveAttribute('href', '/en/guides/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Tips' })).toHaveAttribute('href', '/en/tips/');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await context.close();
});
