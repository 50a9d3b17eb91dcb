/**
 * The message templates of one language as JSON, for the `<message-builder>` on the Messages page
 * (scripts/message-builder.ts). The page's HTML holds the messages of its own language already
 * rendered; the script fetches this file when the page loads (for the counts, the "Open in email"
 * addresses and the script's own words, which are here rather than in the HTML), and the other
 * language's file only when the reader chooses it. Both languages' texts in the HTML would not fit
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
    ui: {
      copied: t('messages.copied'),
      copyFailed: t('messages.copyFailed'),
      count: t('messages.count'),
      near: t('messages.near'),
      overFree: t('messages.overFree'),
      overPremium: t('messages.overPremium'),
      contactFound: t('messages.contact.found'),
      contactMissing: t('messages.contact.missing'),
      logNote: t('messages.logNote'),
      logged: t('messages.logged'),
      logNotSaved: t('messages.logNotSaved'),
      logFailed: t('messages.logFailed'),
      logError: t('messages.logError'),
    },
  };
  for (const message of await getCollection('messages')) {
    for (const variant of message.data.variants) {
      const { subject, body } = variant[lang];
      texts.variants[variantKey(message.id, variant.id)] = subject ? { subject, body } : { body };
    }
  }
  return new Response(JSON.stringify(texts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
