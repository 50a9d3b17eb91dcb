import type { Locale } from '../i18n/locales';
import { personalData } from './personal-data';
import { languageType } from './personal-data/types/language';

/**
 * Keeps the reader's language choice in the personal-data layer. Its own module, loaded by
 * language-memory.ts with `import()` only when a language link is used: a module that is only
 * imported this way gets a chunk of its own, whereas `import()` of the layer itself, which other
 * scripts import statically, would make the bundler build a namespace object for the layer with
 * its runtime helper (about 0.4 KB gzip) on every page that has the layer.
 */
export function saveLanguage(lang: Locale): void {
  personalData.collection(languageType).put('', lang);
}
