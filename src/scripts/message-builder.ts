import type { Locale } from '../i18n/locales';
import {
  fillTemplate,
  filledText,
  mailtoHref,
  parseTemplate,
  type FieldValues,
  type FilledPart,
  type MessageTexts,
  type MessageUi,
} from '../utils/message-template';
import { messageFieldsType, type MessageLanguageChoice } from './message-record';
import { personalData } from './personal-data';

/**
 * `<message-builder>` on the Messages page (views/MessagesView.astro). The page already shows every
 * message in its own language with its gaps marked, and the count of each invitation note. This
 * element is what a visit that only reads and copies needs: it puts Copy and "Open in email" under
 * every message, points "Open in email" at the message, and copies the message as filled.
 *
 * Everything that changes a message is in `message-editor.ts`, loaded with `import()` when the
 * reader first moves into the form, or at once when there is something to restore or another tab
 * saves fields: the fields and the language choice and their saved record, filling the gaps as
 * the reader types, the other language's versions, the live count, and a person from My network.
 * A visit that never touches the form does not download it: the page's script budget is 10 KB, and
 * the scripts every page loads take three quarters of it. The editor works through this element's
 * public members (`values`, `choice`, `texts`, `filled`, `writeAddress`, `showLoadError`).
 *
 * The texts come from `/<lang>/message-templates.json` (about 2.3 KB gzip): the page's language's
 * when the page loads (it also holds the words only the script shows), the other's only when it is
 * chosen. What the reader types only ever reaches the page as text (`textContent`, text nodes),
 * never as markup, and it never leaves the browser: the JSON requests carry nothing of it.
 */
export class MessageBuilder extends HTMLElement {
  /** The page's language. */
  pageLang: Locale = 'en';
  /** The message language chosen: the page's, the other, or both. */
  choice: MessageLanguageChoice = 'en';
  values: FieldValues = {};
  readonly #texts = new Map<Locale, Promise<MessageTexts>>();
  #editor: Promise<void> | undefined;

  connectedCallback(): void {
    this.pageLang = this.dataset['lang'] === 'fi' ? 'fi' : 'en';
    this.choice = this.pageLang;
    this.#addActions();
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
      const version = button?.closest<HTMLElement>('[data-version]');
      if (version) void this.#copy(version);
    });
    if (this.#somethingToRestore()) {
      void this.edit();
      return;
    }
    void this.#writeAddresses();
    const start = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.message-fields')) void this.edit();
    };
    for (const type of ['focusin', 'input', 'change']) this.addEventListener(type, start);
    const unsubscribe = personalData.collection(messageFieldsType).subscribe(({ source }) => {
      if (source !== 'other-tab') return;
      unsubscribe();
      void this.edit();
    });
  }

  /** Loads the editing code once; it takes over the form and fills the messages. If it cannot load, the next move tries again. */
  edit(): Promise<void> {
    this.#editor ??= import('./message-editor').then(
      ({ startEditing }) => startEditing(this),
      () => {
        this.#editor = undefined;
        this.showLoadError(true);
      },
    );
    return this.#editor;
  }

  /**
   * Whether the messages must show more than the page's HTML: saved fields, fields or a choice the
   * browser restored (Back, reload), or a person from My network.
   */
  #somethingToRestore(): boolean {
    return (
      personalData.collection(messageFieldsType).get('') !== undefined ||
      new URLSearchParams(location.search).has('contact') ||
      [...this.querySelectorAll<HTMLInputElement>('.message-details input')].some((input) => input.value) ||
      this.querySelector<HTMLInputElement>('.message-language :checked')?.value !== this.pageLang
    );
  }

  /** Puts Copy, "Open in email" (email only) and the hidden "Log in My network" under every message. */
  #addActions(): void {
    const template = this.querySelector<HTMLTemplateElement>('template[data-actions-template]');
    if (!template) return;
    for (const row of this.querySelectorAll<HTMLElement>('[data-actions]')) {
      if (row.childElementCount > 0) continue;
      row.append(template.content.cloneNode(true));
      if (row.closest<HTMLElement>('[data-channel]')?.dataset['channel'] !== 'email') row.querySelector('[data-mailto]')?.remove();
    }
  }

  /** The texts of one language, fetched once; a failed fetch is forgotten, so the next render tries again. */
  texts(lang: Locale): Promise<MessageTexts> {
    let texts = this.#texts.get(lang);
    if (!texts) {
      const url = (this.dataset['templates'] ?? '').replace('{lang}', lang);
      texts = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<MessageTexts>;
      });
      texts.catch(() => this.#texts.delete(lang));
      this.#texts.set(lang, texts);
    }
    return texts;
  }

  /**
   * The "Open in email" addresses of the messages as the page shows them (with their gaps), until
   * the editor takes over; the rest of each message is in the HTML already.
   */
  async #writeAddresses(): Promise<void> {
    let texts: MessageTexts;
    try {
      texts = await this.texts(this.pageLang);
    } catch {
      this.showLoadError(true);
      return;
    }
    if (this.#editor) return;
    for (const version of this.querySelectorAll<HTMLElement>('[data-version]')) {
      const filled = this.filled(version, texts);
      if (filled) this.writeAddress(version, filled);
    }
  }

  /** Points a version's "Open in email" (email only) at its message as filled. */
  writeAddress(version: HTMLElement, filled: FilledMessage): void {
    const mailto = version.querySelector<HTMLAnchorElement>('[data-mailto]');
    if (mailto) mailto.href = mailtoHref(filledText(filled.subject), filledText(filled.body));
  }

  /** Says that the texts did not load (the messages stay as they were), or takes the notice away. */
  showLoadError(show: boolean): void {
    const notice = this.querySelector<HTMLElement>('[data-load-error]');
    if (!notice) return;
    notice.textContent = show ? (this.dataset['loadFailed'] ?? '') : '';
    notice.hidden = !show;
  }

  /** The filled subject and body of a version with the reader's fields, or undefined if the texts lack its variant. */
  filled(version: HTMLElement, texts: MessageTexts): FilledMessage | undefined {
    const text = texts.variants[version.dataset['key'] ?? ''];
    if (!text) return undefined;
    return {
      subject: text.subject === undefined ? [] : fillTemplate(parseTemplate(text.subject), this.values, texts.labels),
      body: fillTemplate(parseTemplate(text.body), this.values, texts.labels),
    };
  }

  async #copy(version: HTMLElement): Promise<void> {
    const status = version.querySelector('[data-action-status]');
    const body = version.querySelector('[data-body]');
    let copied = false;
    let ui: MessageUi | undefined;
    try {
      ui = (await this.texts(this.pageLang)).ui;
      const filled = this.filled(version, await this.texts(version.dataset['version'] as Locale));
      if (filled && navigator.clipboard) {
        await navigator.clipboard.writeText(filledText(filled.body));
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied && body) getSelection()?.selectAllChildren(body);
    // Without its texts the page cannot say more than that they did not load; the message is selected.
    if (status) status.textContent = (copied ? ui?.copied : ui?.copyFailed) ?? this.dataset['loadFailed'] ?? '';
  }
}

/** A message's subject (empty when it has none) and body, with the reader's fields in the gaps. */
export interface FilledMessage {
  subject: FilledPart[];
  body: FilledPart[];
}

customElements.define('message-builder', MessageBuilder);
