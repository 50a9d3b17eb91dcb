import { interpolate } from '../i18n/interpolate';
import { otherLocale, type Locale } from '../i18n/locales';
import { characterCount, invitationNoteLimit, invitationWarning, type MessageChannel } from '../utils/message-channels';
import { filledText, isMessageField, type FilledPart, type MessageTexts, type MessageUi } from '../utils/message-template';
import type { MessageBuilder } from './message-builder';
import { messageFieldsType, type MessageFieldsValue } from './message-record';
import { personalData } from './personal-data';

/**
 * What changes the messages of `<message-builder>` (scripts/message-builder.ts), loaded with
 * `import()` when the reader first moves into the form, or at once when there is something to
 * restore, so a visit that only reads and copies does not download it: the fields and the language
 * choice as the reader types and chooses, kept through the personal-data layer
 * (scripts/message-record.ts) so they are there on the next visit, follow a change in another tab
 * and go into the backup; every shown message filled as they type (gaps, "Open in email", count);
 * the messages in the other language or both side by side; and, opened from a person in My network
 * (`?contact=<id>`), their name and where you met, with "Log in My network" on every message.
 *
 * What the reader typed or chose while this was loading is read from the form and saved, so no
 * keystroke is lost; what the reader saved earlier wins over what the browser restored.
 */
export function startEditing(builder: MessageBuilder): void {
  const saved = personalData.collection(messageFieldsType);
  const textInputs = [...builder.querySelectorAll<HTMLInputElement>('.message-details input')];
  const radios = [...builder.querySelectorAll<HTMLInputElement>('.message-language input')];

  /** Keeps the fields the reader filled (empty ones are left out) and the language choice. */
  const save = () => {
    const fields = Object.fromEntries(Object.entries(builder.values).filter(([, text]) => text));
    saved.put('', { fields, language: builder.choice });
  };
  /** Shows saved or changed values in the fields and the language choice. */
  const apply = (value: MessageFieldsValue) => {
    builder.values = { ...value.fields };
    builder.choice = value.language;
    for (const input of textInputs) input.value = isMessageField(input.name) ? (value.fields[input.name] ?? '') : '';
    for (const radio of radios) radio.checked = radio.value === value.language;
  };

  let renders = 0;
  /**
   * Fills every message version that is shown, each from its own language's texts: the gaps, the
   * "Open in email" address and the count. Renders are numbered so a slow fetch never overwrites
   * what a later keystroke wrote.
   */
  const render = async () => {
    const run = ++renders;
    const versions = [...builder.querySelectorAll<HTMLElement>('[data-version]:not([hidden])')];
    const texts = new Map<string, MessageTexts>();
    let ui: MessageUi;
    try {
      ui = (await builder.texts(builder.pageLang)).ui;
      for (const lang of new Set(versions.map(languageOf))) texts.set(lang, await builder.texts(lang));
    } catch {
      builder.showLoadError(true);
      return;
    }
    if (run !== renders) return;
    builder.showLoadError(false);
    for (const version of versions) {
      const languageTexts = texts.get(languageOf(version));
      const filled = languageTexts && builder.filled(version, languageTexts);
      if (!filled) continue;
      version.querySelector('[data-subject]')?.replaceChildren(...nodes(filled.subject));
      version.querySelector('[data-body]')?.replaceChildren(...nodes(filled.body));
      builder.writeAddress(version, filled);
      count(version, filledText(filled.body), ui);
    }
  };

  let shows = 0;
  /**
   * Shows the messages in the chosen language or both, the page's first, once their texts are
   * there, and fills them. A version in the other language is made from the page's own.
   */
  const show = async () => {
    const run = ++shows;
    const shown: Locale[] = builder.choice === 'both' ? [builder.pageLang, otherLocale(builder.pageLang)] : [builder.choice];
    try {
      await Promise.all(shown.map((lang) => builder.texts(lang)));
    } catch {
      builder.showLoadError(true);
      return;
    }
    if (run !== shows) return;
    for (const container of builder.querySelectorAll<HTMLElement>('[data-versions]')) showVersions(container, shown);
    await render();
  };

  for (const input of textInputs) if (isMessageField(input.name) && input.value) builder.values = { ...builder.values, [input.name]: input.value };
  const chosen = radios.find((radio) => radio.checked)?.value;
  if (chosen === 'both' || chosen === 'en' || chosen === 'fi') builder.choice = chosen;
  const value = saved.get('');
  // A saved record wins over what the browser restored. Without one, what is in the form was typed
  // (or chosen) before this code arrived, and is kept like every later keystroke.
  if (value) apply(value);
  else if (Object.values(builder.values).some(Boolean) || builder.choice !== builder.pageLang) save();

  builder.addEventListener('input', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && textInputs.includes(input) && isMessageField(input.name)) {
      builder.values = { ...builder.values, [input.name]: input.value };
      save();
      void render();
    }
  });
  builder.addEventListener('change', (event) => {
    const radio = event.target;
    if (radio instanceof HTMLInputElement && radios.includes(radio) && radio.checked) {
      builder.choice = radio.value === 'both' ? 'both' : radio.value === 'fi' ? 'fi' : 'en';
      save();
      void show();
    }
  });
  saved.subscribe(({ value: changed, source }) => {
    if (source !== 'other-tab') return;
    apply(changed ?? { fields: {}, language: builder.pageLang });
    void show();
  });
  const contact = new URLSearchParams(location.search).get('contact');
  // If My network's code or the texts cannot load, the messages still show (with the load error).
  if (contact) prefill(builder, contact, apply, save).then(show, show);
  else void show();
}

const languageOf = (version: HTMLElement): Locale => (version.dataset['version'] === 'fi' ? 'fi' : 'en');

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

/**
 * Counts an invitation note's characters against LinkedIn's limits. The warning is a live region,
 * written only when it changes, so it speaks once, not at every key.
 */
function count(version: HTMLElement, body: string, ui: MessageUi): void {
  const counter = version.querySelector('[data-count]');
  const status = version.querySelector('[data-limit-status]');
  if (!counter || !status) return;
  const length = characterCount(body);
  counter.textContent = interpolate(ui.count, { count: length, free: invitationNoteLimit.free });
  const warning = invitationWarning(length);
  const text = warning ? ui[warning] : '';
  if (status.textContent !== text) status.textContent = text;
}

/** Shows the versions of one variant in `shown`, in that order, making any that is missing from the first. */
function showVersions(container: HTMLElement, shown: Locale[]): void {
  const versionIn = (lang: Locale) => container.querySelector<HTMLElement>(`:scope > [data-version="${lang}"]`);
  for (const lang of shown) {
    const original = container.querySelector<HTMLElement>(':scope > [data-version]');
    if (versionIn(lang) || !original) continue;
    const copy = original.cloneNode(true) as HTMLElement;
    copy.dataset['version'] = lang;
    for (const element of copy.querySelectorAll('[data-body], [data-subject]')) element.setAttribute('lang', lang);
    for (const status of copy.querySelectorAll('[role="status"]')) status.textContent = '';
    container.append(copy);
  }
  for (const version of container.querySelectorAll<HTMLElement>(':scope > [data-version]')) version.hidden = !shown.includes(version.dataset['version'] as Locale);
  for (const lang of shown) {
    const version = versionIn(lang);
    if (version) container.append(version);
  }
}

/**
 * Fills in the name and where you met of the My network person the page was opened for, and
 * offers "Log in My network" on every message. The code that reads My network is loaded only here.
 */
async function prefill(builder: MessageBuilder, personId: string, apply: (value: MessageFieldsValue) => void, save: () => void): Promise<void> {
  const [{ findContact, logMessage }, { ui }] = await Promise.all([import('./message-contact'), builder.texts(builder.pageLang)]);
  const person = findContact(personId);
  const notice = builder.querySelector<HTMLElement>('[data-contact-notice]');
  const text = notice?.querySelector('[data-contact-text]');
  if (person) {
    apply({ fields: { ...builder.values, theirName: person.firstName, ...(person.howWeMet ? { whereMet: person.howWeMet } : {}) }, language: builder.choice });
    save();
    for (const button of builder.querySelectorAll<HTMLElement>('[data-log]')) button.hidden = false;
    // Logs the message as today's contact with the person in My network, in one step.
    builder.addEventListener('click', (event) => {
      const version = event.target instanceof Element ? event.target.closest('[data-log]')?.closest<HTMLElement>('[data-version]') : null;
      const status = version?.querySelector('[data-action-status]');
      if (!version || !status) return;
      const heading = version.closest('article')?.getAttribute('aria-labelledby');
      const title = (heading && document.getElementById(heading)?.textContent) || '';
      const result = logMessage(personId, version.dataset['channel'] as MessageChannel, interpolate(ui.logNote, { title }));
      const said = { saved: ui.logged, 'not-saved': ui.logNotSaved, 'no-person': ui.logFailed, locked: ui.logError, invalid: ui.logError }[result];
      status.textContent = interpolate(said, { name: person.name });
    });
  }
  if (notice && text) {
    text.textContent = person ? interpolate(ui.contactFound, { name: person.name }) : ui.contactMissing;
    notice.hidden = false;
  }
}
