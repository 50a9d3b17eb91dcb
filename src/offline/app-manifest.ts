import type { Locale } from '../i18n/locales';

/**
 * The web app manifests (`/en/manifest.webmanifest`, `/fi/manifest.webmanifest`) and the icons
 * they name, which the build draws from src/assets/favicon.svg (src/pages/icons/[icon].png.ts).
 * One app per language: its name, start page and `id` are that language's, while the scope is the
 * whole site, so the language switch and the bilingual front page stay inside the app window.
 */

/** The favicon's blue, which is also the link and accent colour of the light theme (tokens.css). */
export const themeColor = '#0b57a4';
const backgroundColor = '#ffffff';

export interface IconSpec {
  name: string;
  size: number;
  /**
   * `maskable`: the launcher crops it to its own shape (circle, squircle), keeping only the middle
   * 80 %, so the mark is drawn smaller on a full-bleed background of the favicon's colour.
   */
  purpose: 'any' | 'maskable';
}

export const icons: readonly IconSpec[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-192', size: 192, purpose: 'maskable' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
];

/** How much of a maskable icon's width the favicon takes: its mark then stays inside the safe circle. */
export const maskableScale = 0.7;

export const iconHref = (icon: IconSpec) => `/icons/${icon.name}.png`;

export function appManifest(lang: Locale, strings: { name: string; shortName: string; description: string }) {
  return {
    id: `/${lang}/`,
    name: strings.name,
    short_name: strings.shortName,
    description: strings.description,
    lang,
    dir: 'ltr',
    start_url: `/${lang}/`,
    scope: '/',
    display: 'standalone',
    theme_color: themeColor,
    background_color: backgroundColor,
    icons: icons.map((icon) => ({ src: iconHref(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
