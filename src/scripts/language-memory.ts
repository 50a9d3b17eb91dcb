import { isLocale, type Locale } from '../i18n/locales';
import { personalData } from './personal-data';
import { languageType } from './personal-data/types/language';

/**
 * The reader's chosen language, kept in the browser (never a cookie) so that the bilingual root
 * page can send a returning reader straight to it.
 */
export function rememberedLanguage(): Locale | undefined {
  return personalData.collection(languageType).get('');
}

/** Remembers the language of any link marked `data-lang-choice` when the reader follows it. */
export function rememberLanguageOnClick(root: Document): void {
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-lang-choice]') : null;
    const lang = link?.getAttribute('data-lang-choice');
    if (lang && isLocale(lang)) personalData.collection(languageType).put('', lang);
  });
}
