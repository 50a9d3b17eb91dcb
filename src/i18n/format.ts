import { intlLocale, type Locale } from './locales';

/**
 * A calendar date as readers of each language expect it ("23 November 2026", "23.11.2026").
 * Dates in content are calendar days, so they are formatted in UTC to avoid shifting by a day.
 */
export function formatDate(date: Date, lang: Locale): string {
  return dateFormats[lang].format(date);
}

/**
 * One formatter per language, made once: creating an Intl.DateTimeFormat costs far more than
 * using one, and the tips page alone formats a date per tip.
 */
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat(intlLocale.fi, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(intlLocale.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Marked pure so that a page script using only formatDate (the print date) leaves them out. */
const monthFormats: Record<Locale, Intl.DateTimeFormat> = {
  fi: /* @__PURE__ */ new Intl.DateTimeFormat(intlLocale.fi, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: /* @__PURE__ */ new Intl.DateTimeFormat(intlLocale.en, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A date only as precise as its source gives it: "2025", "October 2025" / "lokakuu 2025", or a full
 * day as formatDate writes it. Sources often name only a month or a year, and a made-up day would
 * claim more than they say.
 */
export function formatPartialDate(value: string, lang: Locale): string {
  const [year = value, month, day] = value.split('-');
  if (month === undefined) return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return day === undefined ? monthFormats[lang].format(date) : formatDate(date, lang);
}
