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
 * message in its own language with the gaps marked. This element shows the messages for the
 * reader's fields and language choice: it fills the gaps, writes the messages in the other language
 * or both side by side, counts characters against the channel's limit, copies a message and keeps
 * "Open in email" in step.
 *
 * What changes the fields or the choice (the form, the saved record, another tab, a person from My
 * network) is in `message-editor.ts`, loaded with `import()` when the reader first moves into the
 * form, or at once when there is something to restore. A first visit that only reads and copies
 * never downloads it: the page's script budget is 10 KB, and the shared scripts take three
 * quarters of it.
 *
 * The texts come from `/<lang>/message-templates.json` (about 2 KB gzip), the page's language
 * fetched when the page loads (it also holds this element's own words), the other only when it is
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
  /** Renders are numbered so a slow fetch never overwrites what a later keystroke wrote. */
  #renderCount = 0;
  #editor: Promise<void> | undefined;
  /**
   * What else a filled message updates, set by the editor: the character count, which changes only
   * with what the reader does (the page's HTML has the count of the message as it loads).
   */
  afterFill: ((version: HTMLElement, body: string, ui: MessageUi) => void) | undefined;

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
    // Rendered at once, not at the first keystroke: "Open in email" and the counts get their
    // values only here.
    void this.render();
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

  /** Loads the editing code once; it takes over the form and renders. */
  edit(): Promise<void> {
    this.#editor ??= import('./message-editor').then(({ startEditing }) => startEditing(this));
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
   * Fills every message version that is shown, each from its own language's texts. Which versions
   * exist and are shown is the editor's business (the language choice); the page starts with its
   * own language's.
   */
  async render(): Promise<void> {
    const run = ++this.#renderCount;
    const versions = [...this.querySelectorAll<HTMLElement>('[data-version]:not([hidden])')];
    const texts = new Map<string, MessageTexts>();
    let ui: MessageUi;
    try {
      ui = (await this.texts(this.pageLang)).ui;
      for (const version of versions) {
        const lang = version.dataset['version'] === 'fi' ? 'fi' : 'en';
        texts.set(lang, await this.texts(lang));
      }
    } catch {
      this.showLoadError(true);
      return;
    }
    if (run !== this.#renderCount) return;
    this.showLoadError(false);
    for (const version of versions) {
      const languageTexts = texts.get(version.dataset['version'] ?? '');
      if (languageTexts) this.#fill(version, languageTexts, ui);
    }
  }

  /** Says that the texts did not load (the messages stay as they were), or takes the notice away. */
  showLoadError(show: boolean): void {
    const notice = this.querySelector<HTMLElement>('[data-load-error]');
    if (!notice) return;
    notice.textContent = show ? (this.dataset['loadFailed'] ?? '') : '';
    notice.hidden = !show;
  }

  /** The filled subject and body of a version, or undefined if the texts lack its variant. */
  #filled(version: HTMLElement, texts: MessageTexts): { subject: FilledPart[]; body: FilledPart[] } | undefined {
    const text = texts.variants[version.dataset['key'] ?? ''];
    if (!text) return undefined;
    return {
      subject: text.subject === undefined ? [] : fillTemplate(parseTemplate(text.subject), this.values, texts.labels),
      body: fillTemplate(parseTemplate(text.body), this.values, texts.labels),
    };
  }

  #fill(version: HTMLElement, texts: MessageTexts, ui: MessageUi): void {
    const filled = this.#filled(version, texts);
    if (!filled) return;
    version.querySelector('[data-subject]')?.replaceChildren(...nodes(filled.subject));
    version.querySelector('[data-body]')?.replaceChildren(...nodes(filled.body));
    const body = filledText(filled.body);
    const mailto = version.querySelector<HTMLAnchorElement>('[data-mailto]');
    if (mailto) mailto.href = mailtoHref(filledText(filled.subject), body);
    this.afterFill?.(version, body, ui);
  }

  async #copy(version: HTMLElement): Promise<void> {
    const status = version.querySelector('[data-action-status]');
    const body = version.querySelector('[data-body]');
    let copied = false;
    let ui: MessageUi | undefined;
    try {
      ui = (await this.texts(this.pageLang)).ui;
      const filled = this.#filled(version, await this.texts(version.dataset['version'] as Locale));
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

/** The filled parts as DOM nodes: text nodes, and `<mark>` for each field. Never markup from text. */
function nodes(parts: readonly FilledPart[]): Node[] {
  return parts.map((part) => {
    if (!('field' in part)) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.className = `field ${part.filled ? 'filled' : 'empty'}`;
    mark.dataset['field'] = part.field;
    mark.textContent = part.text;
    return mark;
  });
}

customElements.define('message-builder', MessageBuilder);
