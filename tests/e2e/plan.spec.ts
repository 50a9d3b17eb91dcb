import type { Page } from '@playwright/test';
import { readPlanContent } from '../content-files';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { shownProgress } from './progress-bar';
import { pdfPageTexts } from './pdf';

const content = readPlanContent();
const storageKey = 'networking-guide:plan';
const pages = { en: '/en/toolkit/my-plan/', fi: '/fi/tyokalut/oma-suunnitelma/' } as const;
const label = (text: string, n: number) => text.replace('{n}', String(n));

/** Realistic answers to every question: what a reader who filled in the whole plan has. */
const answers = {
  background: 'I am a project coordinator with eight years of experience in construction.',
  strengths: ['keeping budgets on track', 'planning', 'clear reports', 'calm with customers', 'languages'],
  example: (n: number) => `In my last job I planned our team's move number ${n} to a new office, and customers noticed no break in service.`,
  ownSkills: 'Excel, AutoCAD, first aid',
  roles: 'project coordinator\nsite planner',
  employers: 'YIT\nSkanska\nSRV',
  offer: 'Help with Arabic and English, and what I know about building sites.',
  ask: (n: number) => `Do you know anyone in project planning at YIT or Skanska in the Helsinki area? (${n})`,
};

async function fillEverything(page: Page) {
  const en = (field: keyof typeof content.fields) => content.fields[field].en.label;
  await page.getByLabel(en('background')).fill(answers.background);
  for (let n = 1; n <= 5; n++) {
    await page.getByLabel(label(en('strength'), n), { exact: true }).fill(answers.strengths[n - 1] ?? '');
    await page.getByLabel(label(en('example'), n)).fill(answers.example(n));
  }
  await page.getByLabel(en('ownSkills')).fill(answers.ownSkills);
  await page.getByLabel(en('roles')).fill(answers.roles);
  await page.getByLabel(en('employers')).fill(answers.employers);
  await page.getByLabel(en('offer')).fill(answers.offer);
  for (let n = 1; n <= 3; n++) await page.getByLabel(label(en('ask'), n)).fill(answers.ask(n));
  await page.getByLabel(en('hours')).fill('20');
  await page.getByLabel(String(content.skills[0]?.en), { exact: true }).check();
  for (const question of content.questions.slice(0, 4)) await page.getByLabel(question.en, { exact: true }).check();
}

const pdfOf = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  return pdfPageTexts(await page.pdf({ format: 'A4' }));
};

test('answers are kept after a reload and shown in Finnish, where the Finnish introduction is built from them', async ({ page }) => {
  await page.goto(pages.en);
  await fillEverything(page);
  const pitchEn = page.getByLabel(content.fields.pitchEn.en.label);
  await expect(pitchEn).toHaveValue(/^I am a project coordinator .* I am good at keeping budgets on track, planning and clear reports\. One example: In my last job/);
  await expect(pitchEn).toHaveValue(/I am now looking for work as project coordinator or site planner\. I am interested in employers such as YIT, Skanska and SRV\./);
  await expect(page.locator('[data-count="en"]')).toHaveText(/^\d+ words, about \d+ seconds$/);
  await expect(page.getByText('Networking this week: at least 6 hours.')).toBeVisible();
  // Each employer opens My network's find box; the week's first action opens the people due now.
  await expect(page.getByRole('link', { name: 'Skanska', exact: true })).toHaveAttribute('href', '/en/toolkit/my-network/?q=Skanska');
  await expect(page.getByRole('link', { name: 'See who is due for contact in My network' })).toHaveAttribute('href', '/en/toolkit/my-network/#due-now');

  await page.reload();
  await expect(page.getByLabel(content.fields.roles.en.label)).toHaveValue(answers.roles);
  await expect(page.getByLabel(label(content.fields.example.en.label, 5))).toHaveValue(answers.example(5));
  await expect(page.getByLabel(String(content.skills[0]?.en), { exact: true })).toBeChecked();

  await page.getByRole('link', { name: 'Suomeksi' }).click();
  await expect(page.getByLabel(content.fields.roles.fi.label)).toHaveValue(answers.roles);
  await expect(page.getByLabel(label(content.fields.strength.fi.label, 2), { exact: true })).toHaveValue('planning');
  await expect(page.getByLabel(String(content.questions[0]?.fi), { exact: true })).toBeChecked();
  const pitchFi = page.getByLabel(content.fields.pitchFi.fi.label);
  await expect(pitchFi).toHaveValue(/Vahvuuksiani ovat keeping budgets on track, planning ja clear reports\./);
  await expect(page.getByText('Verkostoitumiseen tällä viikolla vähintään 6 tuntia.')).toBeVisible();

  // The reader's own wording is kept, in both languages, until they ask for it to be made again.
  await pitchFi.fill('Hei! Olen projektikoordinaattori.');
  await expect(page.locator('[data-count="fi"]')).toHaveText('3 sanaa, noin 5 sekuntia');
  await page.getByRole('link', { name: 'In English' }).click();
  await expect(page.getByLabel(content.fields.pitchFi.en.label)).toHaveValue('Hei! Olen projektikoordinaattori.');
  await page.getByRole('button', { name: 'Make it again from my answers' }).click();
  await expect(page.getByLabel(content.fields.pitchFi.en.label)).toHaveValue(/^I am a project coordinator .* Vahvuuksiani ovat/);
  await expect(page.getByRole('button', { name: 'Make it again from my answers' })).toBeHidden();
});

test('a wrong answer is said in words next to its field, and the message goes when it is put right', async ({ page }) => {
  await page.goto(pages.fi);
  const hours = page.getByLabel(content.fields.hours.fi.label);
  await hours.fill('paljon');
  await hours.blur();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(hours).toHaveAccessibleDescription(/Kirjoita tunnit numerona, esimerkiksi 20\./);
  await expect(page.getByText('Kirjoita tunnit numerona, esimerkiksi 20.')).toBeVisible();
  await hours.fill('7,5');
  await expect(hours).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Kirjoita tunnit numerona')).toBeHidden();
  await expect(page.getByText('Verkostoitumiseen tällä viikolla vähintään 2,5 tuntia.')).toBeVisible();

  await page.getByLabel(label(content.fields.strength.fi.label, 1), { exact: true }).fill('suunnittelu');
  await page.getByLabel(label(content.fields.example.fi.label, 1)).focus();
  await page.getByLabel(label(content.fields.example.fi.label, 1)).blur();
  await expect(page.getByText('Lisää esimerkki. Se kertoo vahvuudesta enemmän kuin pelkkä sana.')).toBeVisible();
});

test('a new ISO week starts with no ticks and keeps the last week in the history, across the year end', async ({ page }) => {
  const action = (lang: 'en' | 'fi', index: number) => page.getByLabel(String(content.weekly.actions[index]?.[lang]), { exact: true });
  await page.clock.setFixedTime(new Date('2026-12-31T10:00:00'));
  await page.goto(pages.en);
  await expect(page.getByText('Week 53 of 2026, 28 Dec – 3 Jan')).toBeVisible();
  await page.getByLabel(content.fields.hours.en.label).fill('20');
  await action('en', 0).check();
  await action('en', 1).check();
  const total = content.weekly.actions.length;
  await expect(page.locator('[data-week-done-text]')).toHaveText(`2 of ${total} actions done this week`);
  expect(await shownProgress(page, 'week')).toEqual({ filled: Math.round((2 / total) * 100) / 100, target: null });

  // 1 January 2027 is still in week 53 of 2026: nothing rolls over.
  await page.clock.setFixedTime(new Date('2027-01-01T09:00:00'));
  await page.reload();
  await expect(action('en', 0)).toBeChecked();

  await page.clock.setFixedTime(new Date('2027-01-04T08:00:00'));
  await page.goto(pages.fi);
  await expect(page.getByText('Vuoden 2027 viikko 1, 4.1.–10.1.')).toBeVisible();
  await expect(action('fi', 0)).not.toBeChecked();
  await expect(action('fi', 1)).not.toBeChecked();
  await expect(page.locator('[data-week-done-text]')).toHaveText(`Tällä viikolla tehty 0, yhteensä ${content.weekly.actions.length}`);
  expect(await shownProgress(page, 'week')).toEqual({ filled: 0, target: null });
  await expect(page.getByRole('heading', { name: 'Aiemmat viikot' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Vuoden 2026 viikko 53' })).toHaveText(`Vuoden 2026 viikko 53: 2 tehty, yhteensä ${content.weekly.actions.length} · työnhakuun 20 tuntia`);
});

for (const lang of ['en', 'fi'] as const) {
  test(`${lang}: the filled plan prints on at most three A4 pages with the answers and only the picked questions`, async ({ page }) => {
    await page.goto(pages.en);
    await fillEverything(page);
    if (lang === 'fi') await page.goto(pages.fi);
    await expect(page.getByLabel(content.fields.roles[lang].label)).toHaveValue(answers.roles);
    const printed = await pdfOf(page);
    expect(printed.length).toBeLessThanOrEqual(3);
    const text = printed.join(' ');
    for (const expected of [answers.background, answers.offer, answers.example(5).slice(0, 40), 'site planner', content.questions[3]?.[lang] ?? '']) expect(text).toContain(expected);
    expect(text).not.toContain(content.questions[4]?.[lang]);
    expect(text).not.toContain(lang === 'en' ? 'Print my plan' : 'Tulosta suunnitelma');
  });
}

test('the blank worksheet prints on at most three pages with every question and none of the answers', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.goto(pages.en);
  await fillEverything(page);
  await page.getByRole('button', { name: 'Print a blank worksheet' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  const printed = await pdfOf(page);
  expect(printed.length).toBeLessThanOrEqual(3);
  const text = printed.join(' ');
  for (const question of content.questions) expect(text).toContain(question.en);
  for (const answer of [answers.background, answers.offer, 'site planner']) expect(text).not.toContain(answer);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'fi'] as const) {
    test(`${lang}: every question, hint and example is a worksheet to print, with no text box or button that could not work`, async ({ page }) => {
      await page.goto(pages[lang]);
      const { fields } = content;
      for (const field of [fields.background, fields.ownSkills, fields.roles, fields.employers, fields.offer, fields.hours, fields.pitchEn, fields.pitchFi]) {
        await expect(page.getByText(field[lang].label, { exact: true })).toBeVisible();
        // The two introductions share their hint.
        await expect(page.getByText(field[lang].hint, { exact: true }).first()).toBeVisible();
      }
      await expect(page.getByText(label(fields.strength[lang].label, 5), { exact: true })).toBeVisible();
      await expect(page.getByText(String(content.askExamples[0]?.[lang].specific))).toBeVisible();
      await expect(page.locator('plan-form').getByRole('textbox')).toHaveCount(0);
      await expect(page.locator('.plan-tools')).toBeHidden();
      await expect(page.locator('plan-form').getByRole('button')).toHaveCount(0);
      await expect(page.locator('.plan-lines').first()).toBeVisible();

      const printed = await pdfOf(page);
      expect(printed.length).toBeLessThanOrEqual(3);
      const text = printed.join(' ');
      for (const question of content.questions) expect(text).toContain(question[lang]);
      for (const skill of content.skills) expect(text).toContain(skill[lang]);
    });
  }
});

test.describe('storage that cannot be used', () => {
  test('an unreadable plan is kept aside, not written over, and the page starts empty and saves', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, '{"version": 1, "value": {"roles": ');
      sessionStorage.setItem('seeded', 'yes');
    }, storageKey);
    await page.goto(pages.en);
    await expect(page.getByLabel(content.fields.roles.en.label)).toHaveValue('');
    await page.getByLabel(content.fields.roles.en.label).fill('nurse');
    await page.reload();
    await expect(page.getByLabel(content.fields.roles.en.label)).toHaveValue('nurse');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('kept-aside')).map((key) => localStorage.getItem(key)));
    expect(kept.join('')).toContain('{\\"version\\": 1, \\"value\\": {\\"roles\\": ');
  });

  test('storage that throws leaves a working plan for the visit', async ({ page }) => {
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = blocked;
      Storage.prototype.setItem = blocked;
    });
    await page.goto(pages.fi);
    await page.getByLabel(label(content.fields.strength.fi.label, 1), { exact: true }).fill('suunnittelu');
    await expect(page.getByLabel(content.fields.pitchFi.fi.label)).toHaveValue('Vahvuuksiani ovat suunnittelu.');
  });
});

test('axe finds no WCAG 2.2 AA violation on a filled plan with an error shown, light and dark', async ({ page }) => {
  // Two full axe runs over a long form: slow on a busy 2-core machine.
  test.slow();
  await page.goto(pages.fi);
  await page.getByLabel(content.fields.roles.fi.label).fill('sairaanhoitaja');
  await page.getByLabel(String(content.weekly.actions[0]?.fi), { exact: true }).check();
  await page.getByLabel(content.fields.hours.fi.label).fill('paljon');
  await page.getByLabel(content.fields.hours.fi.label).blur();
  await expect(page.getByText('Kirjoita tunnit numerona, esimerkiksi 20.')).toBeVisible();
  await expectNoAxeViolations(page, 'light, filled, with an error');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'dark, filled, with an error');
});
