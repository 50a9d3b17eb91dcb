import { otherLocale, type Locale } from '../i18n/locales';
import { messageFieldsType, type MessageFieldsValue } from './message-record';
import { personalData } from './personal-data';
import type { MessageChannel } from '../utils/message-channels';
import {
  characterCount,
  fillTemplate,
  filledText,
  isMessageField,
  limitState,
  mailtoHref,
  parseTemplate,
  type FieldValues,
  type FilledPart,
  type MessageTexts,
  type TemplatePart,
} from '../utils/message-template';

type LanguageChoice = MessageFieldsValue['language'];

/**
 * `<message-builder>` on the Messages page (views/MessagesView.astro). The page already shows every
 * message in its own language with the gaps marked; this element fills the gaps as the reader types,
 * writes the messages in the other language or both side by side, counts characters against the
 * channel's limit, copies a message and keeps "Open in email" in step.
 *
 * The texts come from `/<lang>/message-templates.json` (about 2 KB gzip), fetched when the page
 * loads, and the other language's only when it is chosen. What the
 * reader types only ever reaches the page as text (`textContent`, text nodes), never as markup, and
 * it never leaves the browser: the JSON requests carry nothing of it. The fields and the language
 * choice are kept through the personal-data layer (scripts/message-record.ts), so they are there
 * on the next visit, follow a change in another tab and go into the backup.
 */
class MessageBuilder extends HTMLElement {
  #lang: Locale = 'en';
  #choice: LanguageChoice = 'en';
  #values: FieldValues = {};
  readonly #texts = new Map<Locale, Promise<MessageTexts>>();
  readonly #parsed = new Map<string, TemplatePart[]>();
  /** Each version's last limit state, so the live region speaks only when it changes. */
  readonly #states = new WeakMap<Element, string>();
  /** Renders are numbered so a slow fetch never overwrites what a later keystroke wrote. */
  #renderCount = 0;
  readonly #saved = personalData.collection(messageFieldsType);
  /** The person in My network the page was opened for (`?contact=`), once found. */
  #contact: { id: string; name: string } | undefined;

  connectedCallback(): void {
    this.#lang = this.dataset['lang'] === 'fi' ? 'fi' : 'en';
    this.#choice = this.#lang;
    this.addEventListener('input', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement)) return;
      const field = input.dataset['fieldInput'];
      if (field && isMessageField(field)) {
        this.#values = { ...this.#values, [field]: input.value };
        this.#save();
        void this.#render();
      }
    });
    this.addEventListener('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.matches('[data-language-choice]') && input.checked) {
        this.#choice = input.value === 'both' ? 'both' : input.value === 'fi' ? 'fi' : 'en';
        this.#save();
        void this.#render();
      }
    });
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('[data-copy], [data-log]') : null;
      const version = button?.closest<HTMLElement>('[data-version]');
      if (!button || !version) return;
      if (button.matches('[data-copy]')) void this.#copy(version);
      else void this.#log(version);
    });
    // Rendered at once, not at the first keystroke: "Open in email" gets its address only here,
    // and a browser that restored the fields (Back, reload) gets messages that match them. What
    // the reader saved wins over what the browser restored.
    this.#addActions();
    this.#readInputs();
    const saved = this.#saved.get('');
    if (saved) this.#apply(saved);
    this.#saved.subscribe(({ value, source }) => {
      if (source !== 'other-tab') return;
      this.#apply(value ?? { fields: {}, language: this.#lang });
      void this.#render();
    });
    const contact = new URLSearchParams(location.search).get('contact');
    if (contact) void this.#prefill(contact);
    else void this.#render();
  }

  /**
   * Fills in the name and where you met of the My network person the page was opened for, and
   * offers "Log in My network" on every message. The code that reads My network is loaded only here.
   */
  async #prefill(personId: string): Promise<void> {
    const { findContact } = await import('./message-contact');
    const person = findContact(personId);
    const notice = this.querySelector<HTMLElement>('[data-contact-notice]');
    const text = notice?.querySelector('[data-contact-text]');
    if (person) {
      this.#contact = { id: personId, name: person.name };
      this.#values = { ...this.#values, theirName: person.firstName, ...(person.howWeMet ? { whereMet: person.howWeMet } : {}) };
      this.#apply({ fields: this.#values, language: this.#choice });
      this.#save();
      for (const button of this.querySelectorAll<HTMLElement>('[data-log]')) button.hidden = false;
    }
    if (notice && text) {
      text.textContent = person ? format(this.dataset['contactFound'], { name: person.name }) : (this.dataset['contactMissing'] ?? '');
      notice.hidden = false;
    }
    await this.#render();
  }

  /** Logs the message as today's contact with the person in My network, in one step. */
  async #log(version: HTMLElement): Promise<void> {
    const contact = this.#contact;
    const status = version.querySelector('[data-action-status]');
    if (!contact || !status) return;
    const { logMessage } = await import('./message-contact');
    const heading = version.closest('article')?.getAttribute('aria-labelledby');
    const title = (heading && document.getElementById(heading)?.textContent) || '';
    const result = logMessage(contact.id, version.dataset['channel'] as MessageChannel, format(this.dataset['logNote'], { title }));
    const key = { saved: 'logged', 'not-saved': 'logNotSaved', 'no-person': 'logFailed', locked: 'logError', invalid: 'logError' }[result];
    status.textContent = format(this.dataset[key], { name: contact.name });
  }

  /** Puts Copy, "Open in email" (email only) and "Log in My network" under every message. */
  #addActions(): void {
    const template = this.querySelector<HTMLTemplateElement>('template[data-actions-template]');
    if (!template) return;
    for (const row of this.querySelectorAll<HTMLElement>('[data-actions]')) {
      if (row.childElementCount > 0) continue;
      row.append(template.content.cloneNode(true));
      if (row.closest<HTMLElement>('[data-channel]')?.dataset['channel'] !== 'email') row.querySelector('[data-mailto]')?.remove();
    }
  }

  /** Keeps the fields the reader filled (empty ones are left out) and the language choice. */
  #save(): void {
    const fields = Object.fromEntries(Object.entries(this.#values).filter(([, text]) => text));
    this.#saved.put('', { fields, language: this.#choice });
  }

  /** Shows saved or changed values in the fields and the language choice. */
  #apply(value: MessageFieldsValue): void {
    this.#values = { ...value.fields };
    this.#choice = value.language;
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-field-input]')) {
      const field = input.dataset['fieldInput'];
      input.value = field && isMessageField(field) ? (value.fields[field] ?? '') : '';
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-language-choice]')) radio.checked = radio.value === value.language;
  }

  #readInputs(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-field-input]')) {
      const field = input.dataset['fieldInput'];
      if (field && isMessageField(field) && input.value) this.#values = { ...this.#values, [field]: input.value };
    }
    const chosen = this.querySelector<HTMLInputElement>('[data-language-choice]:checked')?.value;
    if (chosen === 'both' || chosen === 'en' || chosen === 'fi') this.#choice = chosen;
  }

  #textsFor(lang: Locale): Promise<MessageTexts> {
    let texts = this.#texts.get(lang);
    if (!texts) {
      const url = (this.dataset['templates'] ?? '').replace('{lang}', lang);
      texts = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<MessageTexts>;
      });
      // A failed fetch is forgotten, so the next keystroke tries again.
      texts.catch(() => this.#texts.delete(lang));
      this.#texts.set(lang, texts);
    }
    return texts;
  }

  /** The languages shown, the page's first. */
  #shown(): Locale[] {
    if (this.#choice === 'both') return [this.#lang, otherLocale(this.#lang)];
    return [this.#choice];
  }

  async #render(): Promise<void> {
    const run = ++this.#renderCount;
    const shown = this.#shown();
    let texts: Array<[Locale, MessageTexts]>;
    try {
      texts = await Promise.all(shown.map(async (lang) => [lang, await this.#textsFor(lang)] as [Locale, MessageTexts]));
    } catch {
      this.#showLoadError(true);
      return;
    }
    if (run !== this.#renderCount) return;
    this.#showLoadError(false);
    for (const container of this.querySelectorAll<HTMLElement>('[data-versions]')) {
      for (const [lang, languageTexts] of texts) this.#fill(this.#version(container, lang), languageTexts);
      for (const version of container.querySelectorAll<HTMLElement>(':scope > [data-version]')) {
        version.hidden = !shown.includes(version.dataset['version'] as Locale);
      }
      // The versions follow the order of `shown`, so the page's language comes first.
      for (const lang of shown) {
        const version = container.querySelector(`:scope > [data-version="${lang}"]`);
        if (version) container.append(version);
      }
    }
  }

  #showLoadError(show: boolean): void {
    const notice = this.querySelector<HTMLElement>('[data-load-error]');
    if (!notice) return;
    notice.textContent = show ? (this.dataset['loadFailed'] ?? '') : '';
    notice.hidden = !show;
  }

  /** The version of a variant in `lang`, made from the page's own version the first time it is asked for. */
  #version(container: HTMLElement, lang: Locale): HTMLElement {
    const existing = container.querySelector<HTMLElement>(`:scope > [data-version="${lang}"]`);
    if (existing) return existing;
    const original = container.querySelector<HTMLElement>(':scope > [data-version]');
    if (!original) throw new Error('A message has no version to copy.');
    const copy = original.cloneNode(true) as HTMLElement;
    copy.dataset['version'] = lang;
    for (const element of copy.querySelectorAll('[data-body], [data-subject]')) element.setAttribute('lang', lang);
    for (const status of copy.querySelectorAll('[role="status"]')) status.textContent = '';
    this.#states.delete(copy);
    container.append(copy);
    return copy;
  }

  #parts(template: string): TemplatePart[] {
    let parts = this.#parsed.get(template);
    if (!parts) {
      parts = parseTemplate(template);
      this.#parsed.set(template, parts);
    }
    return parts;
  }

  /** The filled subject and body of a version, or undefined if the texts lack its variant. */
  #filled(version: HTMLElement, texts: MessageTexts): { subject: FilledPart[]; body: FilledPart[] } | undefined {
    const text = texts.variants[version.dataset['key'] ?? ''];
    if (!text) return undefined;
    return {
      subject: text.subject === undefined ? [] : fillTemplate(this.#parts(text.subject), this.#values, texts.labels),
      body: fillTemplate(this.#parts(text.body), this.#values, texts.labels),
    };
  }

  #fill(version: HTMLElement, texts: MessageTexts): void {
    const filled = this.#filled(version, texts);
    if (!filled) return;
    const subject = version.querySelector('[data-subject]');
    if (subject) subject.replaceChildren(...nodes(filled.subject));
    version.querySelector('[data-body]')?.replaceChildren(...nodes(filled.body));
    const body = filledText(filled.body);
    const mailto = version.querySelector<HTMLAnchorElement>('[data-mailto]');
    if (mailto) mailto.href = mailtoHref(filledText(filled.subject), body);
    this.#count(version, characterCount(body));
  }

  #count(version: HTMLElement, count: number): void {
    const counter = version.querySelector('[data-count]');
    if (!counter) return;
    const free = Number(this.dataset['freeLimit']);
    const premium = Number(this.dataset['premiumLimit']);
    counter.textContent = format(this.dataset['count'], { count, free });
    const state = count > premium ? 'overPremium' : { ok: '', near: 'near', over: 'overFree' }[limitState(count, free)];
    const status = version.querySelector('[data-limit-status]');
    // Written only when the state changes, so the live region speaks once, not at every key.
    if (status && this.#states.get(version) !== state) {
      this.#states.set(version, state);
      status.textContent = state ? (this.dataset[state] ?? '') : '';
    }
  }

  async #copy(version: HTMLElement): Promise<void> {
    const status = version.querySelector('[data-action-status]');
    const body = version.querySelector('[data-body]');
    let copied = false;
    try {
      const filled = this.#filled(version, await this.#textsFor(version.dataset['version'] as Locale));
      if (filled && navigator.clipboard) {
        await navigator.clipboard.writeText(filledText(filled.body));
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied && body) getSelection()?.selectAllChildren(body);
    if (status) status.textContent = (copied ? this.dataset['copied'] : this.dataset['copyFailed']) ?? '';
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

/** Puts values into a UI string such as "Characters: {count}" (i18next has left the braces). */
function format(template: string | undefined, values: Record<string, number | string>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

customElements.define('message-builder', MessageBuilder);
