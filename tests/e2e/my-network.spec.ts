import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { pdfPageTexts } from './pdf';
import { addPerson, fillStorage, seed } from './my-network-page';
import { shownProgress } from './progress-bar';

/**
 * My network in the browser: what a reader does with it and notices. The rules themselves (due
 * dates, order, CSV and calendar details, merging) are unit-tested; these tests check that the page
 * puts them in front of the reader, in both languages, and that nothing is lost on the way.
 */

const paths = { en: '/en/toolkit/my-network/', fi: '/fi/tyokalut/oma-verkosto/' } as const;
const card = (page: Page, name: string) => page.locator('[data-person]').filter({ has: page.getByRole('heading', { name, exact: true }) });
const names = (page: Page, list: 'due' | 'others') => page.locator(`[data-${list}-list] > li:not([hidden]) h4`).allTextContents();

async function logContact(page: Page, name: string, date: string, kind: string, note: string): Promise<void> {
  await card(page, name).getByRole('button', { name: 'Log a contact' }).click();
  const form = card(page, name).locator('[data-log-form]');
  await form.getByLabel('Date').fill(date);
  await form.getByLabel('How').selectOption({ label: kind });
  await form.getByLabel('What we talked about or agreed').fill(note);
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-notice]')).toHaveText(`The contact with ${name} was logged.`);
}

const text = async (download: Download) => readFileSync(String(await download.path()), 'utf8');

/** Text with everything a CSV and a spreadsheet can trip on: Finnish letters, separators, quotes, line breaks, formulas. */
const tricky = {
  name: 'Äijä Öhman-Åberg',
  organisation: 'Sähkö, Vesi; "Lämpö" Oy',
  role: '=HYPERLINK("http://example.com")',
  notes: 'Tapasimme messuilla.\nHän lupasi esitellä minut, "ehkä".',
  phone: '+358 40 123 4567',
  step: '@ kysy suosittelijaksi',
  contact: '-5 minuutin puhelu, sovittiin kahvit',
};

test('add, edit and log: due people first, history newest first, found by any field or tag', async ({ page }) => {
  await seed(page, [{ id: 'bo', name: 'Bo Ek', organisation: 'Alfa' }, { id: 'cecilia', name: 'Cecilia Berg', nextStep: 'Call after the holidays', nextStepDue: '2099-01-10', rhythm: 'quarterly', added: '2098-12-01' }]);
  await page.goto(paths.en);
  await addPerson(page, { 'Name (required)': 'Aino Mäkinen', Organisation: 'Kone Oyj', 'Next step': 'Send the article', 'Date for the next step': '2026-01-15', Tags: 'IT, Turku' });
  await expect(page.locator('[data-count]')).toHaveText('3 of 3 people match');
  // Aino's step is overdue, so she is in "Due now" (id due-now, which My plan links to); the rest follow by name.
  expect(await names(page, 'due')).toEqual(['Aino Mäkinen']);
  await expect(page.locator('#due-now')).toContainText('Due now: Next step due 15 January 2026');
  expect(await names(page, 'others')).toEqual(['Bo Ek', 'Cecilia Berg']);

  await card(page, 'Bo Ek').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Bo Ek' })).toBeFocused();
  await page.getByLabel('Role', { exact: true }).fill('Recruiter');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card(page, 'Bo Ek').getByRole('button', { name: 'Edit' })).toBeFocused();
  await expect(card(page, 'Bo Ek')).toContainText('Recruiter');

  await logContact(page, 'Bo Ek', '2026-10-01', 'Event', 'Met at the job fair');
  await logContact(page, 'Bo Ek', '2026-11-20', 'Email', 'Sent my CV');
  await card(page, 'Bo Ek').getByText('Details and history').click();
  await expect(card(page, 'Bo Ek').locator('.person-history li')).toHaveText([/20 November 2026 · Email\s*Sent my CV/, /1 October 2026 · Event\s*Met at the job fair/]);
  await expect(card(page, 'Bo Ek').locator('.person-facts')).toContainText('20 November 2026');

  // The find box looks in every field and in the notes of contacts; the tag filter narrows further.
  await page.getByLabel('Find people').fill('job fair');
  expect([...(await names(page, 'due')), ...(await names(page, 'others'))]).toEqual(['Bo Ek']);
  await page.getByLabel('Find people').fill('');
  await page.getByLabel('Filter by tag').selectOption('Turku');
  expect([...(await names(page, 'due')), ...(await names(page, 'others'))]).toEqual(['Aino Mäkinen']);
});

test('delete with undo; everything kept after a reload and shown on the Finnish page as written', async ({ page }) => {
  await seed(page, [
    { id: 'aino', name: 'Aino Mäkinen', organisation: 'Kone Oyj', nextStep: 'Send the article', nextStepDue: '2026-01-15' },
    { id: 'bo', name: 'Bo Ek' },
    { id: 'cecilia', name: 'Cecilia Berg', nextStep: 'Call after the holidays', nextStepDue: '2099-01-10' },
  ], [{ id: 'c1', personId: 'bo', date: '2026-11-20', kind: 'email', note: 'Sent my CV' }]);
  await page.goto(paths.en);
  // Each person offers the messages tool, which finds them by id.
  await expect(card(page, 'Bo Ek').getByRole('link', { name: 'Write a message' })).toHaveAttribute('href', '/en/toolkit/messages/?contact=bo');
  await card(page, 'Cecilia Berg').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('[data-notice]')).toHaveText('Cecilia Berg was deleted.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Cecilia Berg')).toBeVisible();
  await card(page, 'Bo Ek').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('[data-notice]')).toHaveText('Bo Ek was deleted.');

  await page.reload();
  expect(await names(page, 'due')).toEqual(['Aino Mäkinen']);
  expect(await names(page, 'others')).toEqual(['Cecilia Berg']);
  await expect(card(page, 'Cecilia Berg')).toContainText('Call after the holidays (10 January 2099)');

  // One set of data for both languages; the reader's own text stays as written; ?q= fills the find box.
  await page.goto(`${paths.fi}?q=kone`);
  await expect(page.getByLabel('Etsi henkilöitä')).toHaveValue('kone');
  await expect(page.locator('[data-count]')).toHaveText('Hakua vastaa 1, kaikkiaan 2 henkilöä');
  await expect(card(page, 'Aino Mäkinen')).toContainText('Ajankohtainen: Seuraava askel 15.1.2026');
  await expect(card(page, 'Aino Mäkinen')).toContainText('Send the article');
});

test('export to CSV and import into an empty browser gives back the same person and contacts', async ({ page, browser }) => {
  await page.goto(paths.en);
  await addPerson(page, { 'Name (required)': tricky.name, Organisation: tricky.organisation, Role: tricky.role, Phone: tricky.phone, Notes: tricky.notes, 'Next step': tricky.step, 'Date for the next step': '2026-12-24' });
  await logContact(page, tricky.name, '2026-11-30', 'Call', tricky.contact);
  const [people] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download people (CSV)' }).click()]);
  const [contacts] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download contacts (CSV)' }).click()]);
  expect(people.suggestedFilename()).toMatch(/^my-network-people-\d{4}-\d{2}-\d{2}\.csv$/);
  const peopleText = await text(people);
  expect(peopleText.startsWith('\uFEFFId,Name,')).toBe(true);
  expect(peopleText).toContain(`"'=HYPERLINK(""http://example.com"")"`);
  expect(peopleText).toContain("'+358 40 123 4567");
  expect(await text(contacts)).toContain(`'${tricky.contact}`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(paths.fi);
  await other.getByLabel('Tuo CSV-tiedostoja').setInputFiles([String(await people.path()), String(await contacts.path())].map((file, index) => ({ name: ['people.csv', 'contacts.csv'][index]!, mimeType: 'text/csv', buffer: readFileSync(file) })));
  await expect(other.locator('[data-preview-list] li')).toHaveText(['1 uusi henkilö', '0 henkilöä, jotka näyttävät olevan jo listallasi (sama profiilin osoite tai sama nimi ja organisaatio)', '1 yhteydenotto']);
  await other.getByRole('button', { name: 'Tuo', exact: true }).click();
  await expect(other.locator('[data-notice]')).toHaveText('Tuonti valmis: 1 henkilö lisätty tai päivitetty ja 1 yhteydenotto lisätty.');
  await other.goto(paths.en);
  const imported = card(other, tricky.name);
  await imported.getByRole('button', { name: 'Edit' }).click();
  for (const [label, value] of [['Organisation', tricky.organisation], ['Role', tricky.role], ['Phone', tricky.phone], ['Notes', tricky.notes], ['Next step', tricky.step], ['Date for the next step', '2026-12-24']]) {
    await expect(other.getByLabel(label!, { exact: true })).toHaveValue(value!);
  }
  await imported.getByText('Details and history').click();
  await expect(imported.locator('.person-history li')).toHaveText(`30 November 2026 · Call${tricky.contact}`);
  await fresh.close();
});

test('LinkedIn Connections.csv: preview, import, duplicates skipped on the second import, a malformed file refused', async ({ page }) => {
  await page.goto(paths.en);
  const input = page.getByLabel('Import CSV files');
  await input.setInputFiles('tests/fixtures/my-network/Connections.csv');
  await expect(page.locator('[data-preview-list] li')).toHaveText([
    '3 new people', '0 people who look like someone already in your list (same profile address, or same name and organisation)', '0 contacts', '1 row without a name is left out.',
  ]);
  await expect(page.getByRole('heading', { name: 'Check before you import' })).toBeFocused();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('[data-count]')).toHaveText('3 of 3 people match');
  await expect(card(page, 'Juha Öhman')).toContainText('Sähkö, Vesi ja Lämpö Oy');
  await expect(card(page, 'Juha Öhman')).toContainText('Projektipäällikkö, IT');

  await input.setInputFiles('tests/fixtures/my-network/Connections.csv');
  await expect(page.locator('[data-preview-list] li').nth(1)).toHaveText(/^3 people who look like someone already in your list/);
  await page.getByLabel('Skip: leave them out of the import').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('[data-count]')).toHaveText('3 of 3 people match');

  const broken = 'Id,Name,Role,Organisation,How and where we met,Language(s) we use,Email,Phone,Profile address (LinkedIn or other),Tags,Notes,Next step,Date for the next step,Keep in touch,Added\r\nx1,Eeva,,,,,,,,,,,31.12.2026,,2026-11-01\r\n';
  await input.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(page.getByRole('alert').filter({ hasText: 'people.csv' })).toHaveText('people.csv was not imported, and nothing in your list changed. Row 2, column “Date for the next step”: the date must be written as 2026-12-31.');
  await expect(page.locator('[data-count]')).toHaveText('3 of 3 people match');
});

test('the calendar file has one all-day entry per dated next step, read back by ical.js', async ({ page }) => {
  await page.goto(paths.fi);
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await page.getByLabel('Nimi (pakollinen)').fill('Äijä Öhman');
  await page.getByLabel('Seuraava askel', { exact: true }).fill('Lähetä artikkeli, jonka lupasin; kysy myös kahvista');
  await page.getByLabel('Seuraavan askeleen päivä').fill('2026-12-24');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa seuraavat askeleet kalenteriin (.ics)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const events = new ICAL.Component(ICAL.parse(await text(download))).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  expect(events.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate, event.endDate.toString()])).toEqual([
    ['Äijä Öhman: Lähetä artikkeli, jonka lupasin; kysy myös kahvista', '2026-12-24', true, '2026-12-25'],
  ]);
});

test('this week: contacts against the weekly goal and networking against the 30 % of job-search time, in words and as bars', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00'));
  await seed(page, [{ id: 'p1', name: 'Anna Virtanen' }], [{ id: 'i1', personId: 'p1', date: '2026-12-01', kind: 'met', note: 'Coffee' }]);
  await page.goto(paths.en);
  await expect(page.locator('[data-week-count]')).toHaveText(/^1 contact this week/);
  expect(await shownProgress(page, 'week-goal')).toBeNull();

  await page.getByLabel('Weekly goal (contacts)').fill('2');
  await page.getByLabel('Hours a week on your job search').fill('10');
  await page.getByLabel('Of those, hours on networking').fill('2');
  await page.getByRole('button', { name: 'Save goals' }).click();
  await expect(page.locator('[data-week-goal]')).toHaveText('Your goal: 2 a week.');
  await expect(page.locator('[data-week-share]')).toHaveText('Networking is 20 % of your job-search time. The guidance suggests at least 30 %.');
  expect(await shownProgress(page, 'week-goal')).toEqual({ filled: 0.5, target: null });
  expect(await shownProgress(page, 'week-share')).toEqual({ filled: 0.2, target: 0.3 });
});

test('a damaged person and one saved by a newer version are kept as they were; full storage is said and overwrites nothing', async ({ page }) => {
  const damaged = '{"version":1,"value":{"name":"Ai';
  const newer = JSON.stringify({ version: 7, savedAt: '2027-05-01T10:00:00.000Z', value: { name: 'Ville', pronouns: 'he' } });
  await seed(page, [{ id: 'p1', name: 'Anna Virtanen' }]);
  await page.addInitScript(({ bad, future }) => {
    if (sessionStorage.getItem('seeded-raw')) return;
    localStorage.setItem('networking-guide:network-person:bad', bad);
    localStorage.setItem('networking-guide:network-person:future', future);
    sessionStorage.setItem('seeded-raw', 'yes');
  }, { bad: damaged, future: newer });
  await page.goto(paths.en);
  await expect(card(page, 'Anna Virtanen')).toBeVisible();
  const lines = page.locator('data-status [data-status-lines]');
  await expect(lines).toContainText('Some saved data could not be read. It was kept aside unchanged');
  await expect(lines).toContainText('Some of your data was saved by a newer version of this site.');
  const stored = () => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const before = await stored();
  expect(before['networking-guide:network-person:bad']).toBeUndefined();
  expect(JSON.parse(String(before['networking-guide:kept-aside:network-person:bad'])).raw).toBe(damaged);
  expect(before['networking-guide:network-person:future']).toBe(newer);

  await fillStorage(page);
  await addPerson(page, { 'Name (required)': 'Mika Korhonen' }, en['network.ui.notStored'].replace('{{name}}', 'Mika Korhonen'));
  await expect(lines).toContainText('storage for this site is full, so your latest changes are not saved');
  await expect(card(page, 'Mika Korhonen')).toBeVisible();
  expect(await stored()).toEqual(before);
});

test('printing shows the list as a table and the paper log, and no controls', async ({ page }) => {
  await page.goto(paths.en);
  await addPerson(page, { 'Name (required)': 'Aino Mäkinen', Organisation: 'Kone Oyj', Role: 'Developer', 'Next step': 'Send the article' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.people-print-head')).toBeVisible();
  await expect(card(page, 'Aino Mäkinen')).toContainText('Kone Oyj');
  await expect(page.locator('.contact-sheet table')).toBeVisible();
  const controls = await page.locator('main').locator('button, input, select, textarea, summary').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).checkVisibility()).length);
  expect(controls).toBe(0);
  // "Print a blank contact log" marks the page so that only the paper log prints.
  await page.evaluate(() => (document.documentElement.dataset['print'] = 'sheet'));
  await expect(page.locator('.contact-sheet table')).toBeVisible();
  await expect(card(page, 'Aino Mäkinen')).toBeHidden();
});

test('a long list shows 20 people at a time, "Show more" takes the reader to the first new one, and printing prints everyone', async ({ page }) => {
  const people = Array.from({ length: 25 }, (_, n) => ({ id: `p${n}`, name: `Person ${String(n + 1).padStart(2, '0')}`, organisation: 'Kone Oyj' }));
  await seed(page, people);
  await page.goto(paths.en);
  await expect(page.locator('[data-count]')).toHaveText('25 of 25 people match');
  expect(await names(page, 'others')).toEqual(people.slice(0, 20).map(({ name }) => name));
  await page.getByRole('button', { name: 'Show 5 more people' }).click();
  expect(await names(page, 'others')).toEqual(people.map(({ name }) => name));
  await expect(page.getByRole('heading', { name: 'Person 21', exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toBeHidden();

  // A new search starts again from the first page; the browser's Print shows every match.
  await page.getByLabel('Find people').fill('kone');
  await expect(page.locator('[data-others-list] > li')).toHaveCount(20);
  const printed = pdfPageTexts(await page.pdf({ format: 'A4' })).join(' ');
  for (const { name } of people) expect(printed).toContain(name);
});

test('keyboard only: add a person and log a contact', async ({ page }) => {
  await page.goto(paths.en);
  await page.getByRole('button', { name: 'Add a person' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add a person' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name (required)')).toBeFocused();
  await page.keyboard.press('Enter'); // an empty name is refused with a message that takes focus
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Write a name.');
  await page.getByLabel('Name (required)').focus();
  await page.keyboard.type('Bo Ek');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Bo Ek').getByRole('button', { name: 'Edit' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Log a contact with Bo Ek' })).toBeFocused();
  // Date (its day, month and year parts), then how, then the note.
  const note = card(page, 'Bo Ek').getByLabel('What we talked about or agreed');
  for (let step = 0; step < 6 && !(await note.evaluate((element) => element === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expect(note).toBeFocused();
  await page.keyboard.type('Coffee');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Bo Ek').getByRole('button', { name: 'Log a contact' })).toBeFocused();
  await expect(card(page, 'Bo Ek')).not.toContainText('No contacts yet');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'dark, one person');
});

test('two tabs: a person added in one shows in the other, and edits of two people in two tabs are both kept', async ({ page, context }) => {
  await seed(page, [{ id: 'aino', name: 'Aino Mäkinen' }]);
  await page.goto(paths.en);
  const second = await context.newPage();
  await second.goto(paths.fi);
  await addPerson(page, { 'Name (required)': 'Bo Ek' });
  await expect(card(second, 'Bo Ek')).toBeVisible();
  await card(page, 'Aino Mäkinen').getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Role', { exact: true }).fill('Developer');
  await card(second, 'Bo Ek').getByRole('button', { name: 'Muokkaa' }).click();
  await second.getByLabel('Tehtävä', { exact: true }).fill('Rekrytoija');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await second.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await page.reload();
  await expect(card(page, 'Aino Mäkinen')).toContainText('Developer');
  await expect(card(page, 'Bo Ek')).toContainText('Rekrytoija');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the tool and offers the paper log, and shows no form', async ({ page }) => {
    for (const path of Object.values(paths)) {
      await page.goto(path);
      await expect(page.locator('.contact-sheet table tbody tr')).toHaveCount(14);
      await expect(page.locator('.network-noscript')).toBeVisible();
      expect(await page.locator('main').locator('form, input, select, textarea, button').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).checkVisibility()).length)).toBe(0);
    }
  });
});
