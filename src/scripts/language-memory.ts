import { isLocale } from '../i18n/locales';

/**
 * The reader's chosen language, kept in the browser (never a cookie) so that the bilingual root
 * page can send a returning reader straight to it (root-redirect.ts reads it).
 *
 * Every page has the language switcher, but the personal-data layer (about 4 KB gzip) is needed
 * only when the reader follows it. So the switcher's script loads the layer with `import()` when a
 * language link is pointed at or focused, and the click waits for it (and the write) before going
 * on: a first visit to a guide downloads no storage code it does not use.
 */
const layer = () => import('./save-language');

/** Remembers the language of any link marked `data-lang-choice` when the reader follows it. */
export function rememberLanguageOnClick(root: Document): void {
  const choice = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-lang-choice]') : null);
  // Start loading before the click lands, so following the link does not wait for the download.
  for (const warmUp of ['pointerdown', 'focusin'] as const) {
    root.addEventListener(warmUp, (event) => {
      if (choice(event.target)) void layer();
    });
  }
  root.addEventListener('click', (event) => {
    const link = choice(event.target);
    const lang = link?.getAttribute('data-lang-choice');
    if (!link || !lang || !isLocale(lang)) return;
    // A new tab or window (modifier keys, middle button) keeps the browser's own handling.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    layer()
      .then(({ saveLanguage }) => saveLanguage(lang))
      .catch(() => undefined)
      .finally(() => window.location.assign(link.href));
  });
}
