import i18next, { type TFunction } from 'i18next';
import en from './ui/en.json';
import fi from './ui/fi.json';
import { defaultLocale, locales, type Locale } from './locales';

/** UI strings per language. Both files must hold the same keys (a unit test checks). */
const resources = {
  en: { translation: en },
  fi: { translation: fi },
} as const;

/**
 * One i18next instance for the whole build, created synchronously so that components can call
 * `t()` during rendering. Keys are flat ("nav.tips"), so the key separator is off.
 * Astro escapes output itself; escaping here as well would show `&amp;` to readers.
 */
const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: defaultLocale,
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  interpolation: { escapeValue: false },
});

/**
 * The `t()` for one language. A missing key is a bug, not a reason to show the other language.
 * Strings without options are looked up once and remembered: a large tips page asks for the same
 * few labels tens of thousands of times, and each i18next lookup costs more than a Map read.
 */
export function useTranslations(lang: Locale): TFunction {
  return translators[lang];
}

function rememberingT(lang: Locale): TFunction {
  // Typed keys are checked where components call t(); inside this wrapper any key passes through.
  const translate = i18n.getFixedT(lang) as unknown as (...args: unknown[]) => string;
  const plain = new Map<string, string>();
  const t = (key: unknown, ...rest: unknown[]): string => {
    if (rest.length > 0 || typeof key !== 'string') return translate(key, ...rest);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = translate(key)));
    return text;
  };
  return t as unknown as TFunction;
}

const translators = Object.fromEntries(locales.map((lang) => [lang, rememberingT(lang)])) as Record<Locale, TFunction>;
