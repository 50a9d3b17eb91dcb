import { drawProgress } from './progress-bar';
import { progressText, reconcileTicks, type ChecklistNotice, type IdRenames } from './checklist-state';
import { personalData } from './personal-data';
import { checklistType } from './personal-data/types/checklist';

/**
 * `<saved-checklist data-name="linkedin">` around real checkboxes: keeps the reader's ticks through
 * the personal-data layer (record type `checklist`, id = the checklist's name), shows "5 of 16
 * done" in a polite live region, and offers "Clear all" with an undo instead of a confirm dialog
 * (one click to clear, one to regret; nothing modal to trap focus). Whether the ticks are saved is
 * said by the page's `<data-status>`, like on every page that keeps anything.
 *
 * The static HTML is complete without it: the boxes can be ticked and printed, and CSS hides the
 * controls when scripting is off. The controls are in the page from the start (this element does
 * not reveal them), so the list below never moves when it upgrades. Every text comes from the
 * server in data attributes, so no UI strings ship in the script: `data-progress` ("{done} of
 * {total} done"), `data-notice-<name>` for each ChecklistNotice and `data-renames` (old id → new id,
 * from the content's renamedIds). Parts it uses:
 * [data-progress-text], [data-notice], [data-clear], [data-undo], [data-cleared-status] and
 * `input[type=checkbox][data-item]`.
 */
class SavedChecklist extends HTMLElement {
  #name = this.dataset['name'] ?? 'checklist';
  #ticks = personalData.collection(checklistType);
  #boxes: HTMLInputElement[] = [];
  #renames: IdRenames = new Map(Object.entries(JSON.parse(this.dataset['renames'] ?? '{}') as Record<string, string>));
  /** The ticks just cleared, while "Undo" is on offer. */
  #beforeClear: string[] | undefined;

  connectedCallback(): void {
    this.#boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-item]')];
    this.#load();
    this.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && this.#boxes.includes(event.target)) this.#save();
    });
    this.#part('[data-clear]')?.addEventListener('click', () => this.#clear());
    this.#part('[data-undo]')?.addEventListener('click', () => this.#undo());
    // Another tab ticked something: show its ticks.
    this.#ticks.subscribe((change) => {
      if (change.id === this.#name && change.source === 'other-tab') this.#load();
    });
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #ticked(): string[] {
    return this.#boxes.filter((box) => box.checked).map((box) => String(box.dataset['item']));
  }

  #load(): void {
    const loaded = reconcileTicks(this.#ticks.get(this.#name)?.ticked ?? [], this.#boxes.map((box) => String(box.dataset['item'])), this.#renames);
    for (const box of this.#boxes) box.checked = loaded.ticked.has(String(box.dataset['item']));
    if (loaded.rewrite) this.#ticks.put(this.#name, { ticked: [...loaded.ticked] });
    this.#notify(loaded.notice);
    this.#showProgress();
  }

  #save(): void {
    this.#offerUndo(undefined);
    this.#ticks.put(this.#name, { ticked: this.#ticked() });
    this.#showProgress();
  }

  #clear(): void {
    const ticked = this.#ticked();
    if (ticked.length === 0) return;
    for (const box of this.#boxes) box.checked = false;
    this.#save();
    this.#offerUndo(ticked);
  }

  #undo(): void {
    const restore = new Set(this.#beforeClear);
    for (const box of this.#boxes) box.checked = restore.has(String(box.dataset['item']));
    this.#save();
    // The Undo button disappears, so focus goes back to where the reader started.
    this.#part('[data-clear]')?.focus();
  }

  /** Shows or withdraws "All ticks cleared" with its Undo button. */
  #offerUndo(ticked: string[] | undefined): void {
    this.#beforeClear = ticked;
    const undo = this.#part('[data-undo]');
    const status = this.#part('[data-cleared-status]');
    if (undo) undo.hidden = !ticked;
    if (status) status.textContent = ticked ? (status.dataset['text'] ?? '') : '';
  }

  #notify(notice: ChecklistNotice | undefined): void {
    const holder = this.#part('[data-notice]');
    if (holder) holder.textContent = notice ? (this.dataset[`notice${notice[0]?.toUpperCase()}${notice.slice(1)}`] ?? '') : '';
  }

  #showProgress(): void {
    const holder = this.#part('[data-progress-text]');
    if (holder) holder.textContent = progressText(this.dataset['progress'] ?? '', this.#ticked().length, this.#boxes.length);
    drawProgress(this.#part('[data-progress-bar]'), this.#boxes.length ? this.#ticked().length / this.#boxes.length : null);
  }
}

if (!customElements.get('saved-checklist')) customElements.define('saved-checklist', SavedChecklist);
