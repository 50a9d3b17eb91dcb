import i18next, { type TFunction } from 'i18next';
import en from './ui/en.json';
import fi from './ui/fi.json';
import { defaultLocale, type Locale } from './locales';

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

/** The `t()` for one language. A missing key is a bug, not a reason to show the other language. */
export function useTranslations(lang: Locale): TFunction {
  return i18n.getFixedT(lang);
}
