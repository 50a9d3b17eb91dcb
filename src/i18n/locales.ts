/**
 * The site's languages. Everything that varies by language (URL words, UI strings, date formats)
 * is keyed by these codes, so adding a language starts here.
 */
export const locales = ['en', 'fi'] as const;
export type Locale = (typeof locales)[number];

/** `x-default` and the root 404 point here; English is the shared second language of most newcomers. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The other language: the switcher only ever needs one target because the site has two languages. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'en' ? 'fi' : 'en';
}

/** BCP 47 tags for Intl: Finnish dates read "23.11.2026", British English "23 November 2026". */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', fi: 'fi-FI' };
