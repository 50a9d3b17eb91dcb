import { intlLocale, type Locale } from './locales';

const namers = new Map<Locale, Intl.DisplayNames>();

/**
 * The name of a language in the reader's language ("Swedish", "ruotsi"), from the Unicode CLDR
 * data built into the JavaScript runtime, so every ISO 639 code has a correct name in both site
 * languages without hand-made lists. Undefined for a code the data does not know.
 */
export function languageName(code: string, lang: Locale): string | undefined {
  let namer = namers.get(lang);
  if (!namer) {
    namer = new Intl.DisplayNames([intlLocale[lang]], { type: 'language', fallback: 'none' });
    namers.set(lang, namer);
  }
  try {
    return namer.of(code);
  } catch {
    return undefined;
  }
}

/**
 * A label that starts a line, such as a checkbox label: Finnish writes language names in lower case
 * ("suomi") except at the start of a sentence or on their own.
 */
export function asLabel(text: string, lang: Locale): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale[lang]) + text.slice(1);
}
