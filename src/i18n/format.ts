import { intlLocale, type Locale } from './locales';

/**
 * A calendar date as readers of each language expect it ("23 November 2026", "23.11.2026").
 * Dates in content are calendar days, so they are formatted in UTC to avoid shifting by a day.
 */
export function formatDate(date: Date, lang: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    lang === 'fi'
      ? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale[lang], options).format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
