/**
 * The message templates of one language as JSON, for the `<message-builder>` on the Messages page
 * (scripts/message-builder.ts). The page's HTML holds the messages of its own language already
 * rendered; the script fetches this file when the reader starts filling in the fields, and the
 * other language's file only when they choose it. Both languages' texts in the HTML would not fit
 * the page in its first round trip (14 KB), nor would they fit the script's 10 KB budget.
 * Under /<lang>/ so the pages' cache rule (always revalidate) covers it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { locales, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';
import { messageFields, variantKey, type MessageTexts } from '../../utils/message-template';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const texts: MessageTexts = {
    labels: Object.fromEntries(messageFields.map((field) => [field, t(`messages.placeholder.${field}`)])) as MessageTexts['labels'],
    variants: {},
  };
  for (const message of await getCollection('messages')) {
    for (const variant of message.data.variants) {
      const { subject, body } = variant[lang];
      texts.variants[variantKey(message.id, variant.id)] = subject ? { subject, body } : { body };
    }
  }
  return new Response(JSON.stringify(texts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
