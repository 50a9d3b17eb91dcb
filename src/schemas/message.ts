import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { fieldName } from '../content-checks/problem';
import { locales } from '../i18n/locales';
import { isMessageField, messageFields, placeholderNames } from '../utils/message-template';
import { kebabId, keywords } from './common';

/**
 * Where a message is sent. It decides what the builder offers: a subject and "Open in email" for
 * email, the character limit for a LinkedIn invitation note (utils/message-channels.ts).
 */
export const messageChannels = ['email', 'linkedin-invitation', 'linkedin-message', 'linkedin-post'] as const;

const fieldList = messageFields.map((name) => `{${name}}`).join(', ');

/** A template text: only the defined fields in braces, and no brace left unpaired. */
const templateText = (min: number, max: number) =>
  z.string().trim().min(min).max(max).superRefine((text, context) => {
    const { names, unpaired } = placeholderNames(text);
    for (const name of new Set(names.filter((found) => !isMessageField(found)))) {
      context.addIssue({ code: 'custom', message: `"{${name}}" is not a field. Use one of ${fieldList}` });
    }
    if (unpaired) context.addIssue({ code: 'custom', message: `has a "{" or "}" without its pair. Write a field as {theirName}` });
  });

const variantText = z.strictObject({
  /** Who the variant is for, e.g. "To a manager at a large company"; shown above the message. */
  label: z.string().trim().min(3).max(70),
  /** The email subject; required for email (checked below). */
  subject: templateText(3, 90).optional(),
  body: templateText(20, 1400),
});

/** One wording of the message, in both languages, for one register or channel. */
const variantSchema = z.strictObject({
  /** Part of the anchor (`#message-<file>-<id>`) and of what the reader's browser keeps; never rename a published id. */
  id: kebabId,
  channel: z.enum(messageChannels),
  en: variantText,
  fi: variantText,
});

const situationText = z.strictObject({
  /** The situation, as the heading and the search result title. */
  title: z.string().trim().min(5).max(90),
  /** Why the message is built this way and what to avoid: one to three sentences. */
  note: z.string().trim().min(30).max(420),
  keywords,
});

/**
 * One situation (content/messages/<id>.yaml): both languages side by side, so a message cannot
 * exist in one only, and each variant uses the same fields in both languages, so what the reader
 * types reaches the message in whichever language they choose.
 */
export const messageSchema = z
  .strictObject({
    /** Place on the page, lowest first. */
    order: z.number().int().min(1),
    /** Ids from content/sources.yaml for the facts the note states. */
    sources: z.array(reference('sources')).default([]),
    /** Tips (file names in content/tips/) that talk about this situation; each links here. */
    tips: z.array(reference('tips')).default([]),
    en: situationText,
    fi: situationText,
    variants: z.array(variantSchema).min(1),
  })
  .superRefine((message, context) => {
    const ids = new Map<string, number>();
    message.variants.forEach((variant, index) => {
      const first = ids.get(variant.id);
      if (first === undefined) ids.set(variant.id, index);
      else context.addIssue({ code: 'custom', path: ['variants', index, 'id'], message: `"${variant.id}" is already the id of ${fieldName(['variants', first])}. Give each variant its own id` });
      if (variant.channel === 'email') {
        for (const lang of locales) {
          if (!variant[lang].subject) context.addIssue({ code: 'custom', path: ['variants', index, lang, 'subject'], message: 'is missing, and an email needs a subject. Add one' });
        }
      }
      const fieldsOf = (lang: (typeof locales)[number]) =>
        new Set(placeholderNames(`${variant[lang].subject ?? ''} ${variant[lang].body}`).names.filter(isMessageField));
      const used = Object.fromEntries(locales.map((lang) => [lang, fieldsOf(lang)]));
      for (const lang of locales) {
        for (const other of locales.filter((code) => code !== lang)) {
          const missing = [...(used[other] ?? [])].filter((name) => !used[lang]?.has(name));
          if (missing.length > 0) {
            context.addIssue({
              code: 'custom',
              path: ['variants', index, lang, 'body'],
              message: `has no ${missing.map((name) => `{${name}}`).join(', ')}, which the ${other} text uses. Use the same fields in both languages`,
            });
          }
        }
      }
    });
  });
