import { kilobytes, type FromWorker, type SavedLanguage } from '../../offline/policy';
import { fillTemplate } from '../../search/search-state';
import { activeWorker, onWorkerMessage, tell } from './worker-link';

/**
 * `<save-offline>` (src/components/SaveForOffline.astro). Asks the worker for the build's figures
 * (pages and KB of the language, which the worker carries, so nothing is downloaded to say it),
 * then saves or removes on the reader's word. Progress goes to a `<progress>` bar and its label;
 * the status region says only the start, the end and problems, so a screen reader is not given
 * hundreds of file counts.
 */
export interface SaveStrings {
  locale: string;
  offer: string;
  saving: string;
  progress: string;
  saved: string;
  removed: string;
  failed: Record<'offline' | 'outdated' | 'storage', string>;
}

class SaveOffline extends HTMLElement {
  #strings!: SaveStrings;
  #lang = '';
  #worker: ServiceWorker | undefined;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as SaveStrings;
    this.#lang = this.dataset['lang'] ?? '';
    onWorkerMessage((message) => this.#received(message));
    this.#part('save').addEventListener('click', () => this.#send('save'));
    this.#part('remove').addEventListener('click', () => this.#send('remove'));
    void activeWorker().then((worker) => {
      this.#worker = worker;
      if (worker) tell(worker, { type: 'status' });
    });
  }

  #part<T extends HTMLElement>(name: string): T {
    const element = this.querySelector<T>(`[data-${name}]`);
    if (!element) throw new Error(`<save-offline> needs a [data-${name}] element.`);
    return element;
  }

  #send(type: 'save' | 'remove'): void {
    if (!this.#worker) return;
    this.#busy(true);
    if (type === 'save') this.#part('status').textContent = this.#strings.saving;
    tell(this.#worker, { type, lang: this.#lang });
  }

  #busy(busy: boolean): void {
    for (const name of ['save', 'remove']) this.#part<HTMLButtonElement>(name).disabled = busy;
  }

  #showSaved(saved: SavedLanguage | undefined): void {
    this.#part('save').hidden = Boolean(saved);
    this.#part('remove').hidden = !saved;
  }

  #savedText(saved: SavedLanguage): string {
    const date = new Intl.DateTimeFormat(this.#strings.locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(saved.savedAt));
    return fillTemplate(this.#strings.saved, { pages: saved.pages, date });
  }

  #received(message: FromWorker): void {
    if ('lang' in message && message.lang !== this.#lang) return;
    const status = this.#part('status');
    const bar = this.#part<HTMLProgressElement>('progress');
    const label = this.#part('progress-text');
    switch (message.type) {
      case 'status': {
        const figures = message.languages[this.#lang];
        if (!figures) return;
        const saved = message.saved[this.#lang];
        this.#part('offer').textContent = saved ? this.#savedText(saved) : fillTemplate(this.#strings.offer, { pages: figures.pages, kb: kilobytes(figures.bytes).toLocaleString(this.#strings.locale) });
        this.#showSaved(saved);
        this.hidden = false;
        break;
      }
      case 'progress':
        bar.hidden = label.hidden = false;
        bar.max = Math.max(1, message.total);
        bar.value = message.done;
        label.textContent = fillTemplate(this.#strings.progress, { done: message.done, total: message.total });
        break;
      case 'saved': {
        bar.hidden = label.hidden = true;
        status.textContent = this.#part('offer').textContent = this.#savedText(message.saved);
        this.#showSaved(message.saved);
        this.#busy(false);
        break;
      }
      case 'removed':
        status.textContent = this.#strings.removed;
        this.#showSaved(undefined);
        this.#busy(false);
        break;
      case 'failed':
        bar.hidden = label.hidden = true;
        status.textContent = this.#strings.failed[message.reason];
        this.#busy(false);
        break;
    }
  }
}

customElements.define('save-offline', SaveOffline);
