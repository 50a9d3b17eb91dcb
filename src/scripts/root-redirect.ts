import { sectionHref } from '../i18n/routes';
import { rememberedLanguage, rememberLanguageOnClick } from './language-memory';

/**
 * On the bilingual root page: a returning reader goes straight to the language chosen before
 * (`replace`, so Back does not bounce them here again); everyone else chooses, and that is remembered.
 */
export function goToRememberedLanguage(location: Location): void {
  const lang = rememberedLanguage();
  if (lang) {
    location.replace(sectionHref('home', lang));
    return;
  }
  rememberLanguageOnClick(document);
}
