import { personalData, type DataStatus } from './personal-data';
import { offersBackup, statusLines } from './personal-data/status-lines';

/**
 * The backup code is left out of the page: a first visit, with nothing to back up, never needs it.
 * It loads once the reader has something to lose (a record of a type that goes into backups, or a
 * backup offered), not on the click: offline it could no longer come, and a failed `import()`
 * stays failed until a reload, which would lose changes the browser refused to store. Once
 * loaded, the offline worker keeps it. The layer reports a status each time a tool opens a type
 * and after each change, so a tool whose script runs after this one is still seen.
 */
const backupCode = () => import('./personal-data/download');
/** Asked once: a failed `import()` would fail again anyway until the page is reloaded. */
let backupCodeAsked = false;
function warmBackupCode(): void {
  if (backupCodeAsked) return;
  backupCodeAsked = true;
  backupCode().catch(() => undefined);
}
const holdsData = () => personalData.types().some((type) => type.inBackup && personalData.collection(type).list().length > 0);

/**
 * `<data-status>`: the one place a tool page tells the reader what happens to what they enter —
 * saved in this browser, not saved (storage blocked, full or failing), some data kept aside, or a
 * backup due — and offers a backup download when anything is at risk. Texts come from the server in
 * `data-text-<state>` attributes (DataStatus.astro), so no UI strings ship in the script. Parts:
 * [data-status-lines] (a polite live region), [data-status-backup] (button), [data-status-more]
 * (the link to Your data, shown for kept-aside data), [data-status-done].
 */
class DataStatusElement extends HTMLElement {
  connectedCallback(): void {
    this.#show(personalData.status());
    personalData.subscribeStatus((status) => this.#show(status));
    this.querySelector('[data-status-backup]')?.addEventListener('click', async () => {
      const done = this.querySelector<HTMLElement>('[data-status-done]');
      try {
        const { downloadBackup } = await backupCode();
        downloadBackup(personalData);
        if (done) done.textContent = done.dataset['text'] ?? '';
      } catch {
        if (done) done.textContent = done.dataset['textFailed'] ?? '';
      }
    });
  }

  #show(status: DataStatus): void {
    const lines = statusLines(status);
    const holder = this.querySelector('[data-status-lines]');
    const texts = lines.map((line) => this.dataset[`text${line[0]?.toUpperCase()}${line.slice(1)}`] ?? '');
    // Only a change of wording is written, so a screen reader hears a change once, not on every save.
    if (holder && holder.getAttribute('data-shown') !== lines.join(' ')) {
      holder.replaceChildren(...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
      holder.setAttribute('data-shown', lines.join(' '));
    }
    this.dataset['state'] = lines[0];
    const backup = this.querySelector<HTMLElement>('[data-status-backup]');
    if (backup) backup.hidden = !offersBackup(lines);
    // holdsData lists records, so it is asked only until the code has been asked for.
    if ((backup && !backup.hidden) || (!backupCodeAsked && holdsData())) warmBackupCode();
    const more = this.querySelector<HTMLElement>('[data-status-more]');
    if (more) more.hidden = !lines.includes('keptAside');
  }
}

if (!customElements.get('data-status')) customElements.define('data-status', DataStatusElement);
