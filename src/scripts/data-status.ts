import { personalData, type DataStatus } from './personal-data';
import { offersBackup, statusLines } from './personal-data/status-lines';

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
    // The backup code loads on the first click: most visits never need it.
    this.querySelector('[data-status-backup]')?.addEventListener('click', async () => {
      const { downloadBackup } = await import('./personal-data/download');
      downloadBackup(personalData);
      const done = this.querySelector<HTMLElement>('[data-status-done]');
      if (done) done.textContent = done.dataset['text'] ?? '';
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
    const more = this.querySelector<HTMLElement>('[data-status-more]');
    if (more) more.hidden = !lines.includes('keptAside');
  }
}

if (!customElements.get('data-status')) customElements.define('data-status', DataStatusElement);
