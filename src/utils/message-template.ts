/**
 * Message templates (content/messages/*.yaml) and what the builder does with them: find the
 * placeholders, fill them with what the reader typed, count characters and make a `mailto:` link.
 * Pure functions shared by the schema (build time), the view (the page without JavaScript) and the
 * `<message-builder>` element (the page as the reader types), so the three can never disagree.
 */

/**
 * The fields a reader fills once for every message, in the order the form shows them. A template
 * names them as `{theirName}`; any other name in braces stops the build (schemas/message.ts).
 */
export const messageFields = ['ownName', 'theirName', 'whereMet', 'field', 'ask', 'detail'] as const;
export type MessageField = (typeof messageFields)[number];

export function isMessageField(name: string): name is MessageField {
  return (messageFields as readonly string[]).includes(name);
}

/** One piece of a template: plain text, or the place where a field goes. */
export type TemplatePart = { text: string } | { field: MessageField };

/** One piece of a filled message: text, or a field with what goes there and whether the reader gave it. */
export type FilledPart = { text: string } | { field: MessageField; text: string; filled: boolean };

/** Anything in braces. Names are checked separately, so `{their name}` is reported, not silently kept. */
const braces = /\{([^{}]*)\}/g;

/**
 * The names in braces in a template, in order, and whether a brace is left unpaired (`{theirName`),
 * which would otherwise reach the reader as a stray brace.
 */
export function placeholderNames(template: string): { names: string[]; unpaired: boolean } {
  const names = [...template.matchAll(braces)].map((match) => String(match[1]));
  const unpaired = /[{}]/.test(template.replace(braces, ''));
  return { names, unpaired };
}

/** A template split into text and fields. Unknown names stay as text; the schema has refused them already. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(braces)) {
    const name = String(match[1]);
    if (!isMessageField(name)) continue;
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ field: name });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

export type FieldValues = Partial<Record<MessageField, string>>;

/**
 * A template with the reader's values in it. A field left empty (or only spaces) shows its label
 * in square brackets, e.g. "[their name]", so the message stays readable and the gap is obvious.
 * @param labels each field's label in the message's language
 */
export function fillTemplate(parts: readonly TemplatePart[], values: FieldValues, labels: Record<MessageField, string>): FilledPart[] {
  return parts.map((part) => {
    if ('text' in part) return part;
    const value = values[part.field]?.trim() ?? '';
    return value ? { field: part.field, text: value, filled: true } : { field: part.field, text: `[${labels[part.field]}]`, filled: false };
  });
}

/** The filled message as the text a reader copies or sends. */
export function filledText(parts: readonly FilledPart[]): string {
  return parts.map((part) => part.text).join('');
}

/**
 * A `mailto:` address with a subject and a body (RFC 6068): every character outside the unreserved
 * set is percent-encoded as UTF-8, so "ä" becomes %C3%A4, and line breaks are sent as CRLF
 * (%0D%0A), which mail programs expect. No recipient: the reader chooses it in their mail program.
 */
export function mailtoHref(subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
  return `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * What the builder needs of one language, served as `/<lang>/message-templates.json`: the label of
 * each field (shown in a gap the reader has not filled), every variant's texts by `variantKey`, and
 * the builder's own words in that language (`ui`), which the page uses from its own language's file.
 * They are here rather than in the page's HTML because only the script shows them, and the HTML
 * has to fit its first round trip.
 */
export interface MessageTexts {
  labels: Record<MessageField, string>;
  variants: Record<string, { subject?: string; body: string }>;
  ui: MessageUi;
}

/**
 * What the builder says, with `{placeholders}`: the copy result, the count and its warnings, and
 * the notes when the page was opened from My network.
 */
export interface MessageUi {
  copied: string;
  copyFailed: string;
  count: string;
  near: string;
  overFree: string;
  overPremium: string;
  contactFound: string;
  contactMissing: string;
  logNote: string;
  logged: string;
  logNotSaved: string;
  logFailed: string;
  logError: string;
}

/** A variant's key in `MessageTexts` and in the page (`data-key`): `<situation file>/<variant id>`. */
export function variantKey(situation: string, variant: string): string {
  return `${situation}/${variant}`;
}
