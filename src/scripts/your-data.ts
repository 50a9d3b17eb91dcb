import { personalData } from './personal-data';
import { allRecordTypes } from './personal-data/all-types';
import { applyRestore, parseBackup, planRestore, type RestorePlan } from './personal-data/backup';
import { downloadText } from './download-file';
import { downloadBackup } from './personal-data/download';
import { persistence, requestPersistence, type Persistence } from './personal-data/persistence';
import { plural, problemText, toolName, type YourDataStrings } from './your-data-text';

/**
 * `<your-data>` on the Your data page: counts what each tool keeps, asks the browser to keep it,
 * downloads the backup, restores one after showing what it would change, offers kept-aside data
 * for download, and deletes everything after a confirmation, with an undo for as long as the
 * reader stays on the page (the deleted data is held in memory as a backup until then).
 *
 * It opens every record type of the site (all-types.ts), so the counts, the backup and the
 * restore cover every tool. Other tabs' changes update the counts as they happen. CSS hides the
 * whole element without JavaScript, where the page says instead what is kept and where.
 */
class YourData extends HTMLElement {
  #strings = JSON.parse(this.dataset['strings'] ?? '{}') as YourDataStrings;
  #lang = document.documentElement.lang || 'en';
  #plan: RestorePlan | undefined;
  /** Puts back everything "Delete everything" removed, while "Undo" is on offer. */
  #deleted: (() => boolean) | undefined;

  connectedCallback(): void {
    const collections = allRecordTypes.map((type) => personalData.collection(type));
    for (const collection of collections) collection.subscribe(() => this.#refresh());
    personalData.subscribeStatus(() => this.#refresh());
    this.#refresh();
    void persistence().then((answer) => this.#showPersistence(answer));

    this.#on('[data-persist]', () => void requestPersistence().then((answer) => this.#showPersistence(answer)));
    this.#on('[data-backup]', () => {
      downloadBackup(personalData);
      this.#refresh();
    });
    this.#part<HTMLInputElement>('[data-restore-file]')?.addEventListener('change', (event) => void this.#preview(event.target as HTMLInputElement));
    this.#on('[data-restore-confirm]', () => this.#restore());
    this.#on('[data-restore-cancel]', () => this.#endPreview(this.#strings.restoreCancelled));
    this.#on('[data-delete]', () => this.#askToDelete());
    this.#on('[data-delete-cancel]', () => this.#closeConfirm(true));
    this.#on('[data-delete-confirm]', () => this.#deleteAll());
    this.#on('[data-undo]', () => this.#undo());
    this.#part('[data-kept-aside-list]')?.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-index]') : null;
      const item = button ? personalData.keptAside()[Number(button.dataset['index'])] : undefined;
      if (item) downloadText(`networking-guide-kept-aside-${Number(button?.dataset['index']) + 1}.txt`, item.raw, 'text/plain');
    });
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #on(selector: string, action: () => void): void {
    this.#part(selector)?.addEventListener('click', action);
  }

  #say(selector: string, text: string): void {
    const holder = this.#part(selector);
    if (holder) holder.textContent = text;
  }

  /** Counts per tool, the last backup and the kept-aside list, from what the layer holds now. */
  #refresh(): void {
    const counts = new Map<string, number>();
    for (const type of personalData.types()) {
      if (type.inBackup) counts.set(type.tool, (counts.get(type.tool) ?? 0) + personalData.collection(type).list().length);
    }
    let total = 0;
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-tool]')) {
      const count = counts.get(row.dataset['tool'] ?? '') ?? 0;
      total += count;
      const cell = row.querySelector('[data-count]');
      if (cell) cell.textContent = String(count);
    }
    this.#say('[data-total]', String(total));
    const last = [...counts.keys()].map((tool) => personalData.lastBackupAt(tool)).filter((at): at is string => Boolean(at)).sort().at(-1);
    const when = last && new Intl.DateTimeFormat(this.#lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(last));
    this.#say('[data-last-backup]', when ? this.#strings.lastBackup.replace('{{date}}', when) : this.#strings.noBackup);
    this.#showKeptAside();
  }

  #showKeptAside(): void {
    const items = personalData.keptAside();
    const section = this.#part('[data-kept-aside]');
    if (section) section.hidden = items.length === 0;
    const list = this.#part('[data-kept-aside-list]');
    if (!list) return;
    const { keptAside } = this.#strings;
    list.replaceChildren(...items.map((item, index) => {
      const tool = allRecordTypes.find((type) => type.name === item.typeName)?.tool ?? item.typeName;
      const entry = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = `${keptAside.item.replace('{{tool}}', toolName(this.#strings, tool)).replace('{{reason}}', keptAside[item.reason])} `;
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: keptAside.download });
      button.dataset['index'] = String(index);
      entry.append(text, button);
      return entry;
    }));
  }

  #showPersistence(answer: Persistence): void {
    const { persist } = this.#strings;
    this.#say('[data-persist-text]', { persisted: persist.persisted, 'not-persisted': persist.notPersisted, denied: persist.denied, unsupported: persist.unsupported }[answer]);
    const ask = this.#part('[data-persist]');
    if (ask) ask.hidden = answer !== 'not-persisted';
  }

  async #preview(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.#say('[data-restore-result]', '');
    this.#say('[data-restore-problem]', '');
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#refuse(this.#strings.problem.unreadable);
      return;
    }
    const parsed = parseBackup(text);
    const planned = parsed.ok ? planRestore(parsed.file, personalData, allRecordTypes) : parsed;
    if (!planned.ok) {
      this.#refuse(problemText(this.#strings, planned.problem));
      return;
    }
    this.#plan = planned.plan;
    const { preview } = this.#strings;
    const rows = Object.entries(planned.plan.tools).map(([tool, counts]) => {
      const row = document.createElement('tr');
      const name = Object.assign(document.createElement('th'), { scope: 'row', textContent: toolName(this.#strings, tool) });
      row.append(name, ...[counts.added, counts.replaced, counts.unchanged, counts.keptAside].map((count) => Object.assign(document.createElement('td'), { textContent: String(count) })));
      return row;
    });
    this.#part('[data-preview-rows]')?.replaceChildren(...rows);
    const totals = Object.values(planned.plan.tools).reduce((sum, counts) => ({ changes: sum.changes + counts.added + counts.replaced + counts.keptAside, replaced: sum.replaced + counts.replaced, kept: sum.kept + counts.keptAside }), { changes: 0, replaced: 0, kept: 0 });
    const notes = [totals.changes === 0 ? preview.nothing : '', totals.replaced > 0 ? preview.replacedNote : '', totals.kept > 0 ? preview.keptAsideNote : ''].filter(Boolean);
    this.#say('[data-preview-note]', notes.join(' '));
    const confirm = this.#part('[data-restore-confirm]');
    if (confirm) confirm.hidden = totals.changes === 0;
    const panel = this.#part('[data-preview]');
    if (panel) panel.hidden = false;
    this.#part('[data-preview-heading]')?.focus();
  }

  /** Says why the file was refused; nothing has been changed. */
  #refuse(problem: string): void {
    this.#endPreview('');
    this.#say('[data-restore-problem]', `${this.#strings.refused} ${problem}`);
  }

  #endPreview(message: string): void {
    this.#plan = undefined;
    const panel = this.#part('[data-preview]');
    if (panel) panel.hidden = true;
    const input = this.#part<HTMLInputElement>('[data-restore-file]');
    if (input) input.value = '';
    this.#say('[data-restore-result]', message);
    if (message) input?.focus();
  }

  #restore(): void {
    if (!this.#plan) return;
    const result = applyRestore(personalData, this.#plan);
    const count = result.saved + result.notSaved;
    this.#endPreview(result.notSaved > 0 ? plural(this.#strings.restoredNotSaved, result.notSaved, this.#lang) : plural(this.#strings.restored, count, this.#lang));
    this.#refresh();
  }

  #itemCount(): number {
    return personalData.types().filter((type) => type.inBackup).reduce((sum, type) => sum + personalData.collection(type).list().length, 0) + personalData.keptAside().length;
  }

  #askToDelete(): void {
    const count = this.#itemCount();
    this.#say('[data-delete-result]', '');
    if (count === 0) {
      this.#say('[data-delete-result]', this.#strings.nothing);
      return;
    }
    this.#say('[data-confirm-question]', plural(this.#strings.confirmQuestion, count, this.#lang));
    const confirm = this.#part('[data-confirm]');
    if (confirm) confirm.hidden = false;
    this.#part('[data-delete-confirm]')?.focus();
  }

  #closeConfirm(returnFocus: boolean): void {
    const confirm = this.#part('[data-confirm]');
    if (confirm) confirm.hidden = true;
    if (returnFocus) this.#part('[data-delete]')?.focus();
  }

  #deleteAll(): void {
    const { complete, undo: putBack } = personalData.deleteAll();
    this.#deleted = putBack;
    this.#closeConfirm(false);
    this.#say('[data-delete-result]', complete ? this.#strings.deleted : this.#strings.deletedIncomplete);
    const undo = this.#part('[data-undo]');
    if (undo) {
      undo.hidden = false;
      undo.focus();
    }
    this.#refresh();
  }

  #undo(): void {
    if (!this.#deleted) return;
    // When the browser refuses part of it, Undo stays on offer: what it holds is lost only when
    // the reader leaves the page.
    const complete = this.#deleted();
    if (complete) this.#deleted = undefined;
    const undo = this.#part('[data-undo]');
    if (undo) undo.hidden = !this.#deleted;
    this.#say('[data-delete-result]', complete ? this.#strings.undone : this.#strings.undoIncomplete);
    if (complete) this.#part('[data-delete]')?.focus();
    this.#refresh();
  }
}

if (!customElements.get('your-data')) customElements.define('your-data', YourData);
