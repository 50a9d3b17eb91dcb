// @ts-check
import { mobileContext } from './chromium.mjs';
import { measurePage } from './page-weight.mjs';

/**
 * The My network tool with a large network: 1,000 people and 5,000 interactions, stored as the
 * tool stores them (one personal-data record each) before the page loads. It measures what the
 * reader waits for, each time from the reader's action to the frame that shows its result:
 *
 * - the page's own JavaScript at load, with nothing stored (CSV and calendar code must not be in it);
 * - the list drawn from data already read (a change of order draws every card again, the same
 *   work as the first draw after reading), the slowest of three orders;
 * - each keystroke in the find box, the slowest of the letters of "virtanen" typed one by one;
 * - a 1,000-row LinkedIn Connections.csv into that network: from choosing the file to the
 *   preview, plus from "Import" to the list drawn with 2,000 people.
 */

const firstNames = ['Aino', 'Juha', 'Sara', 'Mikko', 'Leena', 'Omar', 'Hanna', 'Pekka', 'Ayşe', 'Tuomas', 'Elina', 'Wei'];
const lastNames = ['Virtanen', 'Mäkinen', 'Öhman', 'Korhonen', 'Nieminen', 'Lind', 'Hämäläinen', 'Laine', 'Koskinen', 'Järvinen'];
const organisations = ['Kone Oyj', 'Turun kaupunki', 'Sähkö, Vesi ja Lämpö Oy', 'Nokia', 'Helsingin yliopisto', 'Wolt', 'Supercell', 'TE-palvelut'];
const kinds = ['met', 'message', 'email', 'call', 'event', 'other'];

/** A deterministic day in 2025–2026, so every run measures the same data. */
const day = (/** @type {number} */ n) => new Date(Date.UTC(2025, 0, 1 + (n % 700))).toISOString().slice(0, 10);

/** localStorage entries for `people` people and `interactions` interactions, every field filled. */
export function largeNetwork(people = 1000, interactions = 5000) {
  /** @type {Array<[string, string]>} */
  const entries = [];
  const envelope = (/** @type {unknown} */ value, /** @type {number} */ n) => JSON.stringify({ version: 1, savedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), value });
  for (let n = 0; n < people; n += 1) {
    const name = `${firstNames[n % firstNames.length]} ${lastNames[(n * 7) % lastNames.length]} ${n}`;
    entries.push([`networking-guide:network-person:p${n}`, envelope({
      name, role: 'Ohjelmistokehittäjä', organisation: organisations[n % organisations.length], howWeMet: 'Slush 2025, Helsinki',
      languages: 'suomi, English', email: `person${n}@example.com`, phone: '+358 40 123 4567', profileUrl: `https://www.linkedin.com/in/person-${n}`,
      tags: ['IT', n % 2 ? 'Turku' : 'Helsinki'], notes: 'Puhuimme ohjelmistotestauksesta ja hänen tiimistään.\nLupasi kertoa avoimista paikoista.',
      nextStep: n % 3 ? '' : 'Lähetä artikkeli', nextStepDue: n % 3 ? '' : day(n * 13), rhythm: ['none', 'monthly', 'quarterly', 'halfYearly', 'yearly'][n % 5], added: day(n),
    }, n)]);
  }
  for (let n = 0; n < interactions; n += 1) {
    entries.push([`networking-guide:network-interaction:i${n}`, envelope({ personId: `p${(n * 31) % people}`, date: day(n * 3), kind: kinds[n % kinds.length], note: 'Kahvit ja juttua työnhausta, sovittiin uusi tapaaminen.' }, people + n)]);
  }
  return entries;
}

/** LinkedIn's Connections.csv layout (README, "My network"), `rows` connections. */
export function linkedInFile(rows = 1000) {
  const lines = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let n = 0; n < rows; n += 1) {
    lines.push(`Uusi,Henkilö ${n},https://www.linkedin.com/in/new-${n},,"${organisations[n % organisations.length]}",Asiantuntija,15 Mar 2024`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Runs in the page: resolves after the next frame has been produced (rendering included). */
const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {string} path the tool's page in one language
 * @returns {Promise<import('./types').NetworkResult>}
 */
export async function measureNetwork(browser, origin, path) {
  const weight = await measurePage(browser, origin, path);
  const context = await browser.newContext(mobileContext);
  try {
    const page = await context.newPage();
    await page.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [key, value] of entries) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', 'yes');
    }, largeNetwork());
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.locator('[data-count]').filter({ hasText: /1[ ,.]?000/ }).waitFor();

    const drawMs = await page.evaluate(async (frameSource) => {
      const frame = /** @type {() => Promise<void>} */ (new Function(`return (${frameSource})`)());
      const sort = /** @type {HTMLSelectElement} */ (document.querySelector('#network-sort'));
      const times = [];
      for (const value of ['organisation', 'lastContact', 'name']) {
        const start = performance.now();
        sort.value = value;
        sort.dispatchEvent(new Event('change'));
        await frame();
        times.push(performance.now() - start);
      }
      return Math.max(...times);
    }, afterFrame.toString());

    const keystrokeMs = await page.evaluate(async (frameSource) => {
      const frame = /** @type {() => Promise<void>} */ (new Function(`return (${frameSource})`)());
      const find = /** @type {HTMLInputElement} */ (document.querySelector('#network-find'));
      const times = [];
      for (const letter of 'virtanen') {
        const start = performance.now();
        find.value += letter;
        find.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        times.push(performance.now() - start);
      }
      find.value = '';
      find.dispatchEvent(new Event('input', { bubbles: true }));
      return Math.max(...times);
    }, afterFrame.toString());

    await page.evaluate(() => {
      const input = /** @type {HTMLInputElement} */ (document.querySelector('[data-import]'));
      const preview = /** @type {HTMLElement} */ (document.querySelector('[data-import-preview]'));
      const state = /** @type {{ chosenAt: number, previewAt: number }} */ ({ chosenAt: 0, previewAt: 0 });
      /** @type {any} */ (window).benchImport = state;
      input.addEventListener('change', () => (state.chosenAt = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (!preview.hidden && !state.previewAt) requestAnimationFrame(() => setTimeout(() => (state.previewAt = performance.now()), 0));
      }).observe(preview, { attributes: true, attributeFilter: ['hidden'] });
    });
    await page.locator('[data-import]').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(linkedInFile()) });
    await page.waitForFunction(() => /** @type {any} */ (window).benchImport.previewAt > 0);
    const previewMs = await page.evaluate(() => {
      const { chosenAt, previewAt } = /** @type {any} */ (window).benchImport;
      return previewAt - chosenAt;
    });
    const applyMs = await page.evaluate(async (frameSource) => {
      const frame = /** @type {() => Promise<void>} */ (new Function(`return (${frameSource})`)());
      const start = performance.now();
      /** @type {HTMLButtonElement} */ (document.querySelector('[data-import-preview] button[type=submit]')).click();
      await frame();
      return performance.now() - start;
    }, afterFrame.toString());
    const shown = await page.locator('[data-count]').textContent();
    return { path, jsBytes: weight.bytes.js, drawMs: Math.round(drawMs), keystrokeMs: Math.round(keystrokeMs), importMs: Math.round(previewMs + applyMs), previewMs: Math.round(previewMs), applyMs: Math.round(applyMs), shownAfterImport: shown ?? '' };
  } catch (error) {
    return { path, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}
