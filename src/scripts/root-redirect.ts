import { sectionHref } from '../i18n/routes';
import { rememberLanguageOnClick } from './language-memory';
import { personalData } from './personal-data';
import { languageType } from './personal-data/types/language';

/**
 * On the bilingual root page: a returning reader goes straight to the language chosen before
 * (`replace`, so Back does not bounce them here again); everyone else chooses, and that is remembered.
 */
export function goToRememberedLanguage(location: Location): void {
  // Read at once (the layer is imported with this script, not on demand), so the redirect is quick.
  const lang = personalData.collection(languageType).get('');
  if (lang) {
    location.replace(sectionHref('home', lang));
    return;
  }
  rememberLanguageOnClick(document);
}
