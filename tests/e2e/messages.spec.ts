import type { Locator, Page } from '@playwright/test';
import { axeViolations, expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

const pages = {
  en: { path: '/en/toolkit/messages/', english: 'English', both: 'Both side by side', gap: '[their name]' },
  fi: { path: '/fi/tyokalut/viestipohjat/', english: 'English', both: 'Molemmat rinnakkain', gap: '[vastaanottajan nimi]' },
} as const;

const values = {
  ownName: 'Anna Virtanen',
  theirName: 'Matti',
  whereMet: 'Slushin sivutapahtumassa',
  field: 'ohjelmistotestaus',
  ask: 'kertoa, miten tiiminne rekrytoi testaajia',
  detail: 'testaus pienissä tiimeissä',
} as const;
type Field = keyof typeof values;

const input = (page: Page, field: Field) => page.locator(`#message-field-${field}`);
async function fillAll(page: Page, given: Partial<Record<Field, string>> = values) {
  for (const [field, value] of Object.entries(given)) await input(page, field as Field).fill(value);
}
const visibleVersions = (page: Page) => page.locator('[data-version]:visible');
/** One variant's version in one message language, found by its key (`<situation>/<variant>`). */
const version = (page: Page, key: string, lang: 'en' | 'fi') => page.locator(`[data-key="${key}"][data-version="${lang}"]`);
const bodyOf = (locator: Locator) => locator.locator('[data-body]');
/** The message as the reader sees it: the text of the visible message, line breaks included. */
const shownText = (locator: Locator) => bodyOf(locator).evaluate((element) => (element as HTMLElement).innerText);

for (const lang of ['en', 'fi'] as const) {
  test(`${lang}: every message fills in as the reader types, with the filled parts marked`, async ({ page }) => {
    await page.goto(pages[lang].path);
    await expect(page.locator('mark.field.empty').first()).toHaveText(pages[lang].gap);
    await fillAll(page);
    const versions = await visibleVersions(page).count();
    expect(versions).toBeGreaterThanOrEqual(16);
    await expect(page.locator('[data-version]:visible mark.field.empty')).toHaveCount(0);
    for (const [field, value] of Object.entries(values)) {
      const marks = page.locator(`[data-version]:visible mark.field.filled[data-field="${field}"]`);
      expect(await marks.count(), field).toBeGreaterThan(0);
      expect(new Set(await marks.allTextContents()), field).toEqual(new Set([value]));
    }
    const greeting = lang === 'fi' ? 'Hei Matti!' : 'Hi Matti,';
    expect(await shownText(version(page, 'thank-you/email', lang))).toMatch(new RegExp(`^${greeting}`));
  });
}

test('en: the fields and the language choice are kept for the next visit', async ({ page }) => {
  await page.goto(pages.en.path);
  await fillAll(page, { theirName: 'Matti', ownName: 'Anna' });
  await page.getByRole('radio', { name: pages.en.both }).check();
  await page.reload();
  await expect(input(page, 'theirName')).toHaveValue('Matti');
  await expect(page.getByRole('radio', { name: pages.en.both })).toBeChecked();
  await expect(version(page, 'thank-you/email', 'fi')).toBeVisible();
  expect(await shownText(version(page, 'thank-you/email', 'en'))).toMatch(/^Hi Matti,[\s\S]*Anna$/);
});

test('en: what the reader types before the form\'s code has arrived is filled in and kept', async ({ page }) => {
  // A slow connection: the code that handles the form (message-editor.ts) arrives after the typing.
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/message-editor\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(pages.en.path);
  await fillAll(page, { theirName: 'Matti' });
  release();
  await expect.poll(() => shownText(version(page, 'thank-you/email', 'en'))).toMatch(/^Hi Matti,/);
  await page.reload();
  await expect(input(page, 'theirName')).toHaveValue('Matti');
});

test('fi: the messages can be written in English or in both languages side by side', async ({ page }) => {
  await page.goto(pages.fi.path);
  await input(page, 'theirName').fill('Matti');
  await page.getByRole('radio', { name: pages.fi.english }).check();
  await expect(visibleVersions(page).first()).toHaveAttribute('data-version', 'en');
  expect(new Set(await visibleVersions(page).evaluateAll((all) => all.map((element) => element.getAttribute('data-version'))))).toEqual(new Set(['en']));
  const english = version(page, 'thank-you/email', 'en');
  await expect(bodyOf(english)).toHaveAttribute('lang', 'en');
  expect(await shownText(english)).toMatch(/^Hi Matti,/);

  await page.getByRole('radio', { name: pages.fi.both }).check();
  const finnish = version(page, 'thank-you/email', 'fi');
  await expect(finnish).toBeVisible();
  await expect(english).toBeVisible();
  expect(await shownText(finnish)).toMatch(/^Hei Matti!/);
  // Side by side on a wide screen, the page's own language first.
  const [first, second] = [await finnish.boundingBox(), await english.boundingBox()];
  expect(first && second && Math.abs(first.y - second.y) < 2 && first.x < second.x).toBe(true);
  // What differs between the two working cultures is on the page.
  await expect(page.getByRole('heading', { name: 'Miten suomen- ja englanninkieliset viestit eroavat' })).toBeVisible();
});

// The page as it loads is checked by the every-page accessibility spec; this checks what the
// builder adds (filled fields and gaps, a second language, a count and its warning), in light and
// dark, on the fields and the first message, which has all of them: axe over all sixteen messages
// in two languages takes most of a test's time on a busy machine.
test('fi: filled in, in both languages, the builder has no axe violation in light or dark', async ({ page }) => {
  await page.goto(pages.fi.path);
  await fillAll(page, { ...values, detail: 'x'.repeat(150) });
  await page.getByRole('radio', { name: pages.fi.both }).check();
  await expect(page.locator('[data-limit-status]:visible').first()).not.toBeEmpty();
  const builderParts = '.message-fields, article.message:first-of-type';
  await expectNoAxeViolations(page, 'filled, both languages', builderParts);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, ['color-contrast', 'link-in-text-block'], builderParts), 'dark').toEqual([]);
});

test('en: Copy puts the message as shown on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(pages.en.path);
  await fillAll(page, { theirName: 'Matti', detail: 'testing in small teams' });
  const thanks = version(page, 'thank-you/email', 'en');
  await thanks.getByRole('button', { name: 'Copy message' }).click();
  await expect(thanks.locator('[data-action-status]')).toHaveText('Copied. Paste it where you write your message.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shownText(thanks));
});

// The form's code loads only when the reader moves into the form (message-editor.ts); before that,
// the messages as the page shows them can still be copied and opened in email, and a change made in
// another tab still reaches them.
test('en: before the reader touches the form, Copy and "Open in email" give the message with its gaps, and another tab\'s fields arrive', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(pages.en.path);
  const thanks = version(page, 'thank-you/email', 'en');
  await expect(thanks.getByRole('link', { name: 'Open in email' })).toHaveAttribute('href', /^mailto:\?subject=/);
  const shown = await shownText(thanks);
  expect(shown).toContain(pages.en.gap);
  const href = String(await thanks.getByRole('link', { name: 'Open in email' }).getAttribute('href'));
  expect(new URLSearchParams(href.slice('mailto:?'.length)).get('body')).toBe(shown.replace(/\n/g, '\r\n'));
  await thanks.getByRole('button', { name: 'Copy message' }).click();
  await expect(thanks.locator('[data-action-status]')).toHaveText('Copied. Paste it where you write your message.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

  const other = await context.newPage();
  await other.goto(pages.en.path);
  await input(other, 'theirName').fill('Matti');
  await expect.poll(() => shownText(thanks)).toMatch(/^Hi Matti,/);
});

test('en: when the browser refuses to copy, the message is selected and the reader is told how to copy it', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.goto(pages.en.path);
  await input(page, 'theirName').fill('Matti');
  const thanks = version(page, 'thank-you/email', 'en');
  await thanks.getByRole('button', { name: 'Copy message' }).click();
  await expect(thanks.locator('[data-action-status]')).toContainText('Your browser did not allow copying. The message is now selected');
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(await shownText(thanks));
});

test('fi: "Open in email" carries the subject and the message as shown, Finnish letters and line breaks included', async ({ page }) => {
  await page.goto(pages.fi.path);
  await fillAll(page, { theirName: 'Äijälä', detail: 'työhyvinvointi & jaksaminen?', ownName: 'Öhman' });
  const conversation = version(page, 'ask-for-a-conversation/peer', 'fi');
  const href = String(await conversation.getByRole('link', { name: 'Avaa sähköpostissa' }).getAttribute('href'));
  expect(href).toMatch(/^mailto:\?subject=/);
  expect(href).toContain('%C3%84ij%C3%A4l%C3%A4');
  expect(href).toContain('%0D%0A');
  const query = new URLSearchParams(href.slice('mailto:?'.length));
  expect(query.get('subject')).toBe(await conversation.locator('[data-subject]').textContent());
  expect(query.get('body')).toBe((await shownText(conversation)).replace(/\n/g, '\r\n'));
});

test('en: a LinkedIn invitation counts its characters and warns before and past the limit', async ({ page }) => {
  await page.goto(pages.en.path);
  const invitation = version(page, 'invitation-after-meeting/met', 'en');
  const count = invitation.locator('[data-count]');
  const warning = invitation.locator('[data-limit-status]');
  await expect(warning).toHaveAttribute('aria-live', 'polite');
  const countIs = async () => expect(count).toHaveText(`Characters: ${[...(await shownText(invitation))].length} of 200`);

  await fillAll(page, { theirName: 'Matti', whereMet: 'the Slush side event', ownName: 'Anna Virtanen', detail: 'testing' });
  await countIs();
  await expect(warning).toBeEmpty();
  // The rest of the message with its filled fields is 168 characters; the detail makes up the rest.
  const rest = [...(await shownText(invitation))].length - 'testing'.length;
  await input(page, 'detail').fill('x'.repeat(190 - rest));
  await countIs();
  await expect(warning).toHaveText('Close to the limit of a free account.');
  await input(page, 'detail').fill('x'.repeat(250 - rest));
  await expect(warning).toHaveText('Too long for a free account. Shorten it, or send it from a Premium account.');
  await input(page, 'detail').fill('x'.repeat(301 - rest));
  await countIs();
  await expect(warning).toHaveText('Too long, even for a Premium account. Shorten it.');
});

test('en: markup and script addresses the reader types stay plain text', async ({ page }) => {
  await page.goto(pages.en.path);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await fillAll(page, { theirName: hostile, detail: 'javascript:window.__pwned=2' });
  await page.getByRole('radio', { name: pages.en.both }).check();
  await expect(version(page, 'thank-you/email', 'fi')).toBeVisible();
  await expect(page.locator('message-builder img')).toHaveCount(0);
  for (const lang of ['en', 'fi'] as const) {
    const thanks = version(page, 'thank-you/email', lang);
    expect(await shownText(thanks)).toContain(hostile);
    expect(await shownText(thanks)).toContain('javascript:window.__pwned=2');
  }
  for (const href of await page.locator('[data-mailto]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^mailto:\?subject=/);
  }
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

for (const lang of ['en', 'fi'] as const) {
  test(`${lang}: without JavaScript every message is shown with its gaps, and no control that would not work`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pages[lang].path);
    const messages = page.locator('[data-body]');
    expect(await messages.count()).toBeGreaterThanOrEqual(16);
    for (const message of await messages.all()) await expect(message).toBeVisible();
    await expect(messages.first()).toContainText(pages[lang].gap);
    await expect(page.locator('#message-field-theirName')).toBeHidden();
    await expect(page.locator('[data-copy]').first()).toBeHidden();
    await expect(page.locator('[data-mailto]').first()).toBeHidden();
    await context.close();
  });
}

test('en: opened from a person in My network, the builder fills in their name and where you met, and logs a message there in one step', async ({ page }) => {
  const person = {
    name: 'Matti Virtanen', role: '', organisation: 'Firma Oy', howWeMet: 'the Slush side event', languages: '', email: '', phone: '', profileUrl: '',
    tags: [], notes: '', nextStep: '', nextStepDue: '', rhythm: 'none', added: '2026-11-20',
  };
  // Stored as My network stores a person (personal-data layer envelope, README "Personal data").
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('networking-guide:network-person:p1', JSON.stringify({ version: 1, savedAt: '2026-11-20T10:00:00.000Z', value }));
    sessionStorage.setItem('seeded', 'yes');
  }, person);
  await page.goto(`${pages.en.path}?contact=p1`);
  await expect(page.locator('[data-contact-notice]')).toContainText('Writing to Matti Virtanen from My network');
  await expect(input(page, 'theirName')).toHaveValue('Matti');
  await expect(input(page, 'whereMet')).toHaveValue('the Slush side event');
  const thanks = version(page, 'thank-you/email', 'en');
  expect(await shownText(thanks)).toMatch(/^Hi Matti,/);

  await thanks.getByRole('button', { name: 'Log in My network' }).click();
  await expect(thanks.locator('[data-action-status]')).toHaveText('Logged in My network for Matti Virtanen.');
  const logged = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('networking-guide:network-interaction:')).map((key) => JSON.parse(localStorage.getItem(key) ?? '{}').value));
  expect(logged).toEqual([expect.objectContaining({ personId: 'p1', kind: 'email', note: 'Sent a message: Thank-you after a conversation or help' })]);

  await page.goto(`${pages.en.path}?contact=someone-else`);
  await expect(page.locator('[data-contact-notice]')).toContainText('is not in My network in this browser');
  await expect(page.getByRole('button', { name: 'Log in My network' })).toHaveCount(0);
});
