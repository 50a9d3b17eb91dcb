import type { Locale } from './locales';

/**
 * The URL word of each fixed section in each language. Finnish readers get Finnish URLs
 * (`/fi/vinkit/`), so pages are paired by their section or translation key, never by path.
 * A tool sits under the toolkit (`toolkit/your-data`), so its address shows where it belongs.
 */
export const sectionSlugs = {
  home: { en: '', fi: '' },
  guides: { en: 'guides', fi: 'oppaat' },
  tips: { en: 'tips', fi: 'vinkit' },
  checklist: { en: 'linkedin-checklist', fi: 'linkedin-tarkistuslista' },
  mentoring: { en: 'mentoring-programmes', fi: 'mentorointiohjelmat' },
  search: { en: 'search', fi: 'haku' },
  /** A tool of the toolkit (issue 13): its URL sits under the toolkit hub's word. */
  messages: { en: 'toolkit/messages', fi: 'tyokalut/viestipohjat' },
  sources: { en: 'sources', fi: 'lahteet' },
  about: { en: 'about', fi: 'tietoa' },
  accessibility: { en: 'accessibility', fi: 'saavutettavuus' },
  myNetwork: { en: 'toolkit/my-network', fi: 'tyokalut/oma-verkosto' },
  /** A tool of the toolkit (issue 14): its URL sits under the toolkit hub's word. */
  myPlan: { en: 'toolkit/my-plan', fi: 'tyokalut/oma-suunnitelma' },
  offline: { en: 'offline', fi: 'ilman-verkkoa' },
  notFound: { en: '404', fi: '404' },
  toolkit: { en: 'toolkit', fi: 'tyokalut' },
  yourData: { en: 'toolkit/your-data', fi: 'tyokalut/omat-tiedot' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sectionSlugs;

/** Sections whose text is a content page (so editors can change it) at a fixed, translated URL. */
export const contentSections = ['about', 'accessibility'] as const satisfies readonly Section[];

/** Joins path segments into a site path with the trailing slash every page URL has. */
function toHref(lang: Locale, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return rest ? `/${lang}/${rest}/` : `/${lang}/`;
}

/** The URL of a fixed section, e.g. `sectionHref('tips', 'fi')` → `/fi/vinkit/`. */
export function sectionHref(section: Section, lang: Locale): string {
  return toHref(lang, sectionSlugs[section][lang]);
}

/** The URL of one guide page from its file name (slug) in that language. */
export function guideHref(slug: string, lang: Locale): string {
  return toHref(lang, sectionSlugs.guides[lang], slug);
}

/** The anchor a tip has on the tips page in both languages, so links and search land on it. */
export function tipAnchor(tipId: string): string {
  return `tip-${tipId}`;
}

/** The anchor of a message situation on the Messages page, the same in both languages. */
export function messageAnchor(messageId: string): string {
  return `message-${messageId}`;
}

/** The path without its leading and trailing slash, as Astro's rest parameter wants it. */
export function hrefToParam(href: string): string {
  return href.replace(/^\/|\/$/g, '');
}
