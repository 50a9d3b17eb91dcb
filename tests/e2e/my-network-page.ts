import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * What the My network browser tests (and the offline tests that use the tool) do to the page:
 * put a network in the browser, add a person through the form, make the storage full.
 */

/**
 * Adds a person through the form (English page) and waits for the page's notice: by default that
 * the person was saved.
 */
export async function addPerson(page: Page, fields: Record<string, string>, notice = `${fields['Name (required)']} was saved.`): Promise<void> {
  await page.getByRole('button', { name: 'Add a person' }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('[data-notice]')).toHaveText(notice);
}

/** Puts people and contacts in the browser, as the tool stores them, before the page's scripts run (once per test). */
export async function seed(page: Page, people: Array<Record<string, unknown>>, contacts: Array<Record<string, unknown>> = []): Promise<void> {
  const blank = { role: '', organisation: '', howWeMet: '', languages: '', email: '', phone: '', profileUrl: '', tags: [], notes: '', nextStep: '', nextStepDue: '', rhythm: 'none', added: '2026-01-01' };
  const records = [
    ...people.map(({ id, ...value }) => [`networking-guide:network-person:${id}`, { ...blank, ...value }]),
    ...contacts.map(({ id, ...value }) => [`networking-guide:network-interaction:${id}`, value]),
  ].map(([key, value]) => [key, JSON.stringify({ version: 1, savedAt: '2026-11-01T10:00:00.000Z', value })]);
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of entries) localStorage.setItem(String(key), String(value));
    sessionStorage.setItem('seeded', 'yes');
  }, records);
}

/** From now on the page's storage refuses every write, as a full one does. */
export async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}
