import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import fi from '../../src/i18n/ui/fi.json' with { type: 'json' };
import { readChecklist } from '../content-files';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

/**
 * The personal-data layer as a reader meets it: on the checklist (a page that keeps data) and on
 * the Your data page. What must never happen: data overwritten that the site could not read, a
 * change lost without the reader being told, a backup that does not bring everything back, and any
 * of the reader's data in a request.
 */

const items = readChecklist().groups.flatMap((group) => group.items);
const checklistKey = 'networking-guide:checklist:linkedin';
const keptAsideKey = 'networking-guide:kept-aside:checklist:linkedin';
const paths = {
  en: { checklist: '/en/linkedin-checklist/', yourData: '/en/toolkit/your-data/' },
  fi: { checklist: '/fi/linkedin-tarkistuslista/', yourData: '/fi/tyokalut/omat-tiedot/' },
} as const;
const status = {
  en: {
    ok: 'Saved in this browser only. Nothing is sent anywhere.',
    keptAside: /Some saved data could not be read\. It was kept aside unchanged/,
    unavailable: /This browser does not let the site save anything/,
    full: /storage for this site is full, so your latest changes are not saved/,
    backup: 'Download a backup',
  },
  fi: {
    newer: /tallennettu sivuston uudemmalla versiolla/,
    failing: /Viimeisintä muutosta ei voitu tallentaa/,
    full: /tallennustila tälle sivustolle on täynnä/,
    backup: 'Lataa varmuuskopio',
  },
} as const;

const box = (page: Page, index: number) => page.locator(`input[type=checkbox][data-item="${items[index]?.id}"]`);
const statusLines = (page: Page) => page.locator('data-status [data-status-lines]');
const storage = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
const count = (page: Page, tool: string) => page.locator(`tr[data-tool="${tool}"] [data-count]`);
const readDownload = async (download: Download) => readFileSync(String(await download.path()), 'utf8');

/** Puts raw values in localStorage before the page's scripts run, once per tab (not again on reload). */
const seed = (page: Page, entries: Record<string, string>) =>
  page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', 'yes');
  }, entries);

test.describe('two tabs', () => {
  test('a tick in one tab shows in the other at once, and two tabs changing different records both keep their change', async ({ page, context }) => {
    const other = await context.newPage();
    const yourData = await context.newPage();
    await page.goto(paths.en.checklist);
    await other.goto(paths.fi.checklist);
    await yourData.goto(paths.en.yourData);
    await expect(count(yourData, 'checklist')).toHaveText('0');

    await box(page, 0).check();
    await expect(box(other, 0)).toBeChecked();
    await expect(other.locator('[data-progress-text]')).toHaveText(fi['checklist.progress'].replace('{{done}}', '1').replace('{{total}}', String(items.length)));
    await expect(count(yourData, 'checklist')).toHaveText('1');

    // The checklist and the language choice are two records: one tab changes each.
    await other.goto('/');
    await Promise.all([box(page, 1).check(), other.getByRole('link', { name: 'Suomeksi' }).click()]);
    await expect(other).toHaveURL(/\/fi\/$/);
    await expect(count(yourData, 'site')).toHaveText('1');
    const stored = await storage(page);
    expect(JSON.parse(String(stored[checklistKey])).value.ticked).toEqual([items[0]?.id, items[1]?.id]);
    expect(JSON.parse(String(stored['networking-guide:language'])).value).toBe('fi');
  });
});

test.describe('data the site cannot read is kept aside, never overwritten', () => {
  test('en: corrupt ticks are moved aside unchanged, the reader is told, the list works, and Your data offers them as they were', async ({ page }) => {
    const raw = '{"version":1,"value":["photo", "headl';
    await seed(page, { [checklistKey]: raw });
    await page.goto(paths.en.checklist);
    await expect(statusLines(page)).toHaveText(status.en.keptAside);
    await expect(page.getByRole('link', { name: 'Go to Your data' })).toBeVisible();
    expect(JSON.parse(String((await storage(page))[keptAsideKey])).raw).toBe(raw);

    await box(page, 2).check();
    await page.reload();
    await expect(box(page, 2)).toBeChecked();
    expect(JSON.parse(String((await storage(page))[keptAsideKey])).raw).toBe(raw);

    await page.getByRole('link', { name: 'Go to Your data' }).click();
    await expect(page.getByRole('heading', { name: 'Data that could not be read' })).toBeVisible();
    await expect(page.getByText('From “LinkedIn checklist”: damaged or cut off')).toBeVisible();
    await expectNoAxeViolations(page, 'kept-aside data listed');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
    expect(await readDownload(download)).toBe(raw);
  });

  test('fi: ticks saved by a newer version stay exactly as they are; a tick is refused and the reader told', async ({ page }) => {
    const raw = JSON.stringify({ version: 9, savedAt: '2027-03-01T10:00:00.000Z', value: { ticked: [items[0]?.id], pinned: true } });
    await seed(page, { [checklistKey]: raw });
    await page.goto(paths.fi.checklist);
    await expect(statusLines(page)).toHaveText(status.fi.newer);
    await box(page, 1).check();
    await expect(statusLines(page)).toContainText(status.fi.failing);
    await expect(page.getByRole('button', { name: status.fi.backup })).toBeVisible();
    expect((await storage(page))[checklistKey]).toBe(raw);
  });

  test('en: storage that throws leaves a working page that says nothing is saved, and the backup holds the ticks', async ({ page }) => {
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = blocked;
      Storage.prototype.setItem = blocked;
      Storage.prototype.removeItem = blocked;
    });
    await page.goto(paths.en.checklist);
    await expect(statusLines(page)).toHaveText(status.en.unavailable);
    await box(page, 0).check();
    await expect(box(page, 0)).toBeChecked();
    await expect(statusLines(page)).toHaveText(status.en.unavailable);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: status.en.backup }).click()]);
    expect(JSON.parse(await readDownload(download)).sections.checklist.checklist[0].value).toEqual({ ticked: [items[0]?.id] });
    await expect(page.getByText('Backup downloaded.')).toBeVisible();
  });

  test('fi: full storage says the change is not saved and offers a backup that holds it, leaving what was stored', async ({ page }) => {
    const before = JSON.stringify({ version: 1, value: [items[3]?.id] });
    await seed(page, { [checklistKey]: before });
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(paths.fi.checklist);
    await expect(box(page, 3)).toBeChecked();
    await box(page, 0).check();
    await expect(statusLines(page)).toHaveText(status.fi.full);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: status.fi.backup }).click()]);
    expect(JSON.parse(await readDownload(download)).sections.checklist.checklist[0].value.ticked.sort()).toEqual([items[0]?.id, items[3]?.id].sort());
    expect((await storage(page))[checklistKey]).toBe(before);
  });
});

test.describe('backup and restore on Your data', () => {
  test('en: backup, delete everything, restore with a preview first: everything comes back', async ({ page }) => {
    await page.goto(paths.en.checklist);
    await box(page, 0).check();
    await box(page, 4).check();
    await page.getByRole('link', { name: 'Suomeksi' }).click();
    await expect(page).toHaveURL(/\/fi\//);
    await page.goto(paths.en.yourData);
    await expect(statusLines(page)).toHaveText(status.en.ok);
    await expect(count(page, 'checklist')).toHaveText('1');
    await expect(count(page, 'site')).toHaveText('1');
    await expect(page.getByText('You have not downloaded a backup from this browser yet.')).toBeVisible();
    const before = await storage(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^networking-guide-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = await readDownload(download);
    expect(JSON.parse(backup)).toMatchObject({ format: 'networking-guide-backup', formatVersion: 1, sections: { checklist: {}, site: {} } });
    await expect(page.getByText(/^Last backup from this browser: /)).toBeVisible();

    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('Delete 2 saved items from this browser?')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText('Everything was deleted from this browser.')).toBeVisible();
    expect(await storage(page)).toEqual({});
    await expect(count(page, 'checklist')).toHaveText('0');

    await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const preview = page.locator('[data-preview]');
    await expect(preview.getByRole('heading', { name: 'What restoring would change' })).toBeFocused();
    await expect(preview.getByRole('row', { name: /LinkedIn checklist/ })).toHaveText(/LinkedIn checklist\s*1\s*0\s*0\s*0/);
    await expect(preview.getByRole('row', { name: /Site settings/ })).toHaveText(/Site settings\s*1\s*0\s*0\s*0/);
    expect(await storage(page)).toEqual({});
    await expectNoAxeViolations(page, 'restore preview and undo offer');

    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByText('Backup restored: 2 items saved.')).toBeVisible();
    await expect(count(page, 'checklist')).toHaveText('1');
    const after = await storage(page);
    for (const key of [checklistKey, 'networking-guide:language']) expect(after[key], key).toBe(before[key]);

    // The same file again changes nothing, and says so.
    await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect(page.getByText('The file holds nothing that is not already here.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Restore', exact: true })).toBeHidden();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Nothing was changed.')).toBeVisible();

    await page.goto(paths.en.checklist);
    await expect(box(page, 0)).toBeChecked();
    await expect(box(page, 4)).toBeChecked();
  });

  test('fi: delete everything asks first, can be cancelled, and can be undone', async ({ page }) => {
    await page.goto(paths.fi.checklist);
    await box(page, 2).check();
    await page.goto(paths.fi.yourData);
    const before = await storage(page);
    await page.getByRole('button', { name: 'Poista kaikki' }).click();
    await page.getByRole('button', { name: 'Peruuta' }).click();
    await expect(page.getByRole('button', { name: 'Poista kaikki' })).toBeFocused();
    expect(await storage(page)).toEqual(before);

    await page.getByRole('button', { name: 'Poista kaikki' }).click();
    await expect(page.getByText('Poistetaanko tästä selaimesta 1 tallennettu tieto?')).toBeVisible();
    await expectNoAxeViolations(page, 'delete confirmation');
    await page.getByRole('button', { name: 'Kyllä, poista kaikki' }).click();
    expect(await storage(page)).toEqual({});
    await page.getByRole('button', { name: 'Peru poisto' }).click();
    await expect(page.getByText('Tietosi ovat taas tallessa.')).toBeVisible();
    expect((await storage(page))[checklistKey]).toBe(before[checklistKey]);
  });

  for (const [lang, file, expected] of [
    ['en', '{\n  "format": "networking-guide-backup",\n  oops\n}', /This file cannot be restored, so nothing was changed\. .*line 3, column 3/],
    ['en', 'Name,Organisation\nAino,Esimerkki Oy\n', /This file cannot be restored, so nothing was changed\. The file is not a backup from this site\./],
    ['fi', JSON.stringify({ format: 'networking-guide-backup', formatVersion: 1, createdAt: '2026-12-01T10:00:00.000Z', keptAside: [], sections: { checklist: { checklist: [{ id: 'linkedin', version: 2, value: { ticked: 'photo' } }] } } }), /Tiedosto on vioittunut: osassa ”LinkedIn-tarkistuslista” tiedon 1 kohdassa ”checklist › id linkedin › value\.ticked” on virhe/],
  ] as const) {
    test(`${lang}: a file that is not a valid backup is refused, saying what and where, and nothing changes (${file.slice(0, 12).replace(/\s+/g, ' ')}…)`, async ({ page }) => {
      await page.goto(paths[lang].checklist);
      await box(page, 1).check();
      await page.goto(paths[lang].yourData);
      const before = await storage(page);
      await page.getByLabel(lang === 'en' ? 'Backup file' : 'Varmuuskopiotiedosto').setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await expect(page.getByRole('alert')).toHaveText(expected);
      await expect(page.locator('[data-preview]')).toBeHidden();
      expect(await storage(page)).toEqual(before);
      if (lang === 'fi') await expectNoAxeViolations(page, 'refused file');
    });
  }
});

test('no request the site makes carries what the reader entered, on any page of the toolkit or the checklist', async ({ page, request }) => {
  const toolPages = (await sitemapPaths(request)).filter((path) => /^\/(en\/toolkit|fi\/tyokalut)\//.test(path));
  expect(toolPages.length).toBeGreaterThanOrEqual(4);
  test.setTimeout(20_000 + toolPages.length * 6_000);
  const sent: string[] = [];
  page.on('request', (outgoing) => sent.push(`${outgoing.method()} ${outgoing.url()} ${outgoing.postData() ?? ''}`));
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const marker = 'zqmarker';
  for (const path of [...toolPages, paths.en.checklist, paths.fi.checklist]) {
    await page.goto(path);
    // Twice: the first round's clicks may open more fields (an edit form, a confirmation).
    for (let round = 0; round < 2; round += 1) {
      await page.locator('main').evaluate((main, [text, pass]) => {
        let index = 0;
        for (const field of main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
          if (['checkbox', 'radio'].includes(field.type)) (field as HTMLInputElement).checked = true;
          else if (!['file', 'hidden', 'button', 'submit', 'reset'].includes(field.type)) {
            index += 1;
            field.value = ['date', 'month', 'week', 'time', 'number', 'range', 'color'].includes(field.type) ? field.value : `${text}${pass}x${index}${field.type === 'email' ? '@example.com' : ''}`;
          }
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }
        for (const form of main.querySelectorAll('form')) form.requestSubmit();
        for (const button of main.querySelectorAll<HTMLButtonElement>('button:not([hidden])')) button.click();
      }, [marker, round] as const);
    }
    await page.reload();
    await page.waitForLoadState('load');
  }
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.filter((line) => line.includes(marker))).toEqual([]);
});
