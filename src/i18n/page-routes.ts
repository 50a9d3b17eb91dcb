import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from './locales';
import { contentSections, guideHref, hrefToParam, sectionHref, sectionSlugs, type Section } from './routes';

type ContentSection = (typeof contentSections)[number];

/** Which view renders a page; each has a route file `src/pages/[...<view>].astro` (see viewPaths). */
export type View = Exclude<Section, ContentSection> | 'guide' | 'page';

/** One page of the site in one language, with the addresses of the same page in every language. */
export interface PageRoute {
  /** Shared by the language versions of a page: a section name or a content key. */
  key: string;
  lang: Locale;
  href: string;
  view: View;
  alternates: Record<Locale, string>;
  /** The content entry a guide or standalone page renders. */
  entry?: CollectionEntry<'guides'> | CollectionEntry<'pages'>;
}

type Unpaired = Omit<PageRoute, 'alternates'>;

/** Every other section has a view of its own, so a section added to routes.ts gets its pages here. */
const viewSections = (Object.keys(sectionSlugs) as Section[]).filter(
  (section): section is Exclude<Section, ContentSection> => !(contentSections as readonly Section[]).includes(section),
);

function entryLang(entry: { id: string }): Locale {
  return entry.id.split('/')[0] as Locale;
}

function entrySlug(entry: { id: string }): string {
  return entry.id.split('/').slice(1).join('/');
}

/**
 * Every page of the site in both languages. Pairing by key is what lets the language switcher,
 * hreflang links and the sitemap all point at the same page in the other language, even when
 * the two URLs share no words. The content loader has already refused unpaired content.
 */
export async function getPageRoutes(): Promise<PageRoute[]> {
  const guides = await getCollection('guides');
  const pages = await getCollection('pages');
  const routes: Unpaired[] = [];

  for (const lang of locales) {
    for (const section of viewSections) {
      routes.push({ key: section, lang, href: sectionHref(section, lang), view: section });
    }
  }
  for (const entry of guides) {
    const lang = entryLang(entry);
    routes.push({ key: `guide:${entry.data.key}`, lang, href: guideHref(entrySlug(entry), lang), view: 'guide', entry });
  }
  for (const entry of pages) {
    const section = contentSections.find((name) => name === entry.data.key);
    if (!section) {
      throw new Error(`${entry.filePath}: field "key": "${entry.data.key}" is not a standalone page; use one of ${contentSections.join(', ')}.`);
    }
    const lang = entryLang(entry);
    routes.push({ key: section, lang, href: sectionHref(section, lang), view: 'page', entry });
  }

  const hrefsByKey = new Map<string, Partial<Record<Locale, string>>>();
  for (const route of routes) {
    hrefsByKey.set(route.key, { ...hrefsByKey.get(route.key), [route.lang]: route.href });
  }
  return routes.map((route) => {
    const found = hrefsByKey.get(route.key) ?? {};
    const alternates = Object.fromEntries(locales.map((lang) => [lang, found[lang]])) as Record<Locale, string | undefined>;
    const missing = locales.find((lang) => !alternates[lang]);
    if (missing) throw new Error(`Page "${route.key}" (${route.href}) has no ${missing} version.`);
    return { ...route, alternates: alternates as Record<Locale, string> };
  });
}

/**
 * The static paths of one route file. Each view has a route file of its own because Astro inlines
 * the CSS of every component a route file imports into every page of that route: with one
 * catch-all route for all views, a guide carried the toolkit's styles too and went over its
 * 14 KB first-response budget. `param` is the file's rest parameter (`[...home].astro` → 'home').
 * A view without a route file would leave its pages unbuilt, which the dist link tests catch.
 */
export async function viewPaths(param: string, views: readonly View[]) {
  const routes = await getPageRoutes();
  return routes
    .filter((route) => views.includes(route.view))
    .map((route) => ({ params: { [param]: hrefToParam(route.href) }, props: { route } }));
}
