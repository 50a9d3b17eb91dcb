import { isLocale, locales, type Locale } from '../i18n/locales';
import { findPairingProblems } from '../i18n/pairing';
import { guideHref, sectionHref, sectionSlugs, tipAnchor, type Section } from '../i18n/routes';
import { labelledValues } from './labelled-values';
import { wrongLanguage } from './language';
import { bodyFirstLine, scanMarkdown } from './markdown-scan';
import { closest, didYouMean, fieldName, type Problem } from './problem';
import { uiStringProblems } from './ui-strings';

/** One loaded entry as the checks across collections see it. */
export interface LoadedEntry {
  collection: string;
  id: string;
  /** As shown to editors, e.g. `content/guides/en/mentoring.mdx`. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
  /** The whole file, for an .mdx entry: to count the body's lines from. */
  fileText?: string;
  /** Headings with the slugs Astro gave them, for entries rendered while loading. */
  headings?: Array<{ depth: number; slug: string; text: string }>;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The entry failed its schema: its data is as written, so only its file is trusted. */
  failed: boolean;
  /** One file per language (`<lang>/<slug>`), paired by `key`. */
  pairedByLanguage: boolean;
}

const languageNames: Record<Locale, string> = { en: 'English', fi: 'Finnish' };

interface Page {
  href: string;
  lang: Locale;
  /** Shared by the page's language versions. */
  key: string;
  /** Ids a link may point to with #…; undefined when the checks cannot know them. */
  anchors?: Set<string>;
}

/** Every check that needs more than one entry, run once all collections have loaded. */
export function crossEntryProblems(entries: readonly LoadedEntry[], projectRoot: string): Problem[] {
  const byCollection = new Map<string, LoadedEntry[]>();
  for (const entry of entries) {
    const list = byCollection.get(entry.collection);
    if (list) list.push(entry);
    else byCollection.set(entry.collection, [entry]);
  }
  const valid = entries.filter((entry) => !entry.failed);
  return [
    ...pairingProblems(byCollection),
    ...referenceProblems(valid, byCollection),
    ...guideKeyProblems(valid, entries),
    // Bodies and texts are as written even in an entry that failed its schema, so they are checked too.
    ...linkAndHeadingProblems(entries, pageTable(entries)),
    ...languageProblems(entries),
    ...uiStringProblems(projectRoot, labelledValues),
  ];
}

function entryLang(entry: LoadedEntry): string {
  return entry.id.split('/')[0] ?? '';
}

function entrySlug(entry: LoadedEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

function pairingProblems(byCollection: Map<string, LoadedEntry[]>): Problem[] {
  return [...byCollection.values()].flatMap((list) => {
    if (!list[0]?.pairedByLanguage) return [];
    const keyed = list.filter((entry) => typeof entry.data['key'] === 'string');
    const unreadable = new Set(list.filter((entry) => !keyed.includes(entry)).map(entryLang));
    return findPairingProblems(keyed.map((entry) => {
      const keyLine = entry.lineOf(['key']);
      return { filePath: entry.file, lang: entryLang(entry), key: String(entry.data['key']), slug: entrySlug(entry), ...(keyLine === undefined ? {} : { keyLine }) };
    }), unreadable);
  });
}

/**
 * Where an editor adds an entry of a collection: its one file (sources.yaml), or its folder when
 * each entry is a file named by its id (content/tips/), however few files there are yet.
 */
function collectionPlace(list: readonly LoadedEntry[] | undefined): string {
  const entries = list ?? [];
  const files = [...new Set(entries.map((entry) => entry.file))];
  const filePerEntry = entries.every((entry) => entry.file.replace(/^.*\//, '').replace(/\.[^.]+$/, '') === entry.id.replace(/^.*\//, ''));
  if (files.length === 1 && files[0] && !filePerEntry) return files[0];
  return files[0] ? files[0].replace(/\/[^/]+$/, '/') : 'the content';
}

/**
 * Ids that point at another collection (`reference()` in a schema, such as `sources`): each must
 * be an entry there. Astro itself only logs these, and a guide then failed while rendering with a
 * TypeError that named neither the file nor the id.
 */
function referenceProblems(valid: readonly LoadedEntry[], byCollection: Map<string, LoadedEntry[]>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map([...byCollection].map(([name, list]) => [name, new Set(list.map((entry) => entry.id))]));
  const visit = (entry: LoadedEntry, value: unknown, path: PropertyKey[]) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(entry, item, [...path, index]));
      return;
    }
    const { collection, id } = value as { collection?: unknown; id?: unknown };
    if (typeof collection === 'string' && typeof id === 'string' && ids.has(collection)) {
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(id)) {
        const place = collectionPlace(byCollection.get(collection));
        const line = entry.lineOf(path);
        problems.push({ file: entry.file, ...(line === undefined ? {} : { line }), field: fieldName(path), what: `"${id}" is not an id in ${place}`, fix: `${didYouMean(id, known)}Use an id from ${place}, or add the entry there first` });
      }
      return;
    }
    for (const [key, inner] of Object.entries(value)) visit(entry, inner, [...path, key]);
  };
  for (const entry of valid) visit(entry, entry.data, []);
  return problems;
}

/** A tip's `guide` is a guide key, which both languages must have. */
function guideKeyProblems(valid: readonly LoadedEntry[], all: readonly LoadedEntry[]): Problem[] {
  const guides = all.filter((entry) => entry.collection === 'guides');
  const keys = new Set(guides.map((entry) => String(entry.data['key'])));
  return valid.flatMap((entry) => {
    const guide = entry.collection === 'tips' ? entry.data['guide'] : undefined;
    if (typeof guide !== 'string' || keys.has(guide)) return [];
    const line = entry.lineOf(['guide']);
    return [{ file: entry.file, ...(line === undefined ? {} : { line }), field: 'guide', what: `"${guide}" is not the key of any guide`, fix: `${didYouMean(guide, keys)}Use the "key" from a guide's front matter, or leave the field out` }];
  });
}

/**
 * The site's pages as links may name them: every section in routes.ts and every guide, with the
 * anchors the checks can know (a guide's headings, a tip's, programme's or source's id).
 */
function pageTable(entries: readonly LoadedEntry[]): Page[] {
  const pages: Page[] = [];
  const ids = (collection: string, prefix: string) => new Set(entries.filter((entry) => entry.collection === collection).map((entry) => prefix + entry.id));
  const checklistIds = new Set(entries.filter((entry) => entry.collection === 'checklists').flatMap((entry) => {
    const groups = Array.isArray(entry.data['groups']) ? (entry.data['groups'] as Array<{ id?: unknown; items?: unknown }>) : [];
    return groups.flatMap((group) => [`group-${String(group.id)}`, ...(Array.isArray(group.items) ? (group.items as Array<{ id?: unknown }>) : []).map((item) => `item-${String(item.id)}`)]);
  }));
  const sectionAnchors: Partial<Record<Section, Set<string>>> = {
    tips: new Set([...entries].filter((entry) => entry.collection === 'tips').map((entry) => tipAnchor(entry.id))),
    mentoring: ids('mentoring', 'programme-'),
    sources: ids('sources', 'source-'),
    checklist: checklistIds,
  };
  const contentPages = entries.filter((entry) => entry.collection === 'pages');
  for (const lang of locales) {
    for (const section of Object.keys(sectionSlugs) as Section[]) {
      if (contentPages.some((entry) => entry.data['key'] === section)) continue;
      const anchors = sectionAnchors[section];
      pages.push({ href: sectionHref(section, lang), lang, key: section, ...(anchors ? { anchors: new Set([...anchors, 'main']) } : {}) });
    }
  }
  for (const entry of entries) {
    const lang = entryLang(entry);
    const key = String(entry.data['key']);
    if (!isLocale(lang) || !(entry.collection === 'guides' || (entry.collection === 'pages' && Object.hasOwn(sectionSlugs, key)))) continue;
    const href = entry.collection === 'guides' ? guideHref(entrySlug(entry), lang) : sectionHref(key as Section, lang);
    const anchors = entry.headings ? new Set(['main', 'sources-heading', ...entry.headings.map((heading) => heading.slug)]) : undefined;
    pages.push({ href, lang, key: `${entry.collection}:${key}`, ...(anchors ? { anchors } : {}) });
  }
  return pages;
}

/** Links, anchors and heading levels in every Markdown body, each problem on its line. */
function linkAndHeadingProblems(entries: readonly LoadedEntry[], pages: readonly Page[]): Problem[] {
  const byHref = new Map(pages.map((page) => [page.href, page]));
  const byKeyAndLang = new Map(pages.map((page) => [`${page.key} ${page.lang}`, page]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    const lang = entryLang(entry);
    if (entry.body === undefined || !isLocale(lang)) continue;
    const firstLine = entry.fileText === undefined ? 1 : bodyFirstLine(entry.fileText, entry.body);
    const { headings, links } = scanMarkdown(entry.body, firstLine);
    const at = (line: number) => ({ file: entry.file, line });

    let previous = 1;
    for (const heading of headings) {
      if (heading.depth === 1) {
        problems.push({ ...at(heading.line), field: 'heading', what: `"# ${heading.text}" is a second main heading (the title is the page's only one)`, fix: 'Start headings in the text at ## and go down one level at a time' });
      } else if (heading.depth > previous + 1) {
        problems.push({ ...at(heading.line), field: 'heading', what: `"${'#'.repeat(heading.depth)} ${heading.text}" skips a level (it comes after ${previous === 1 ? 'the title' : `a ${'#'.repeat(previous)} heading`})`, fix: `Make it ${'#'.repeat(previous + 1)}, or add the missing level above it` });
      }
      previous = heading.depth;
    }

    const ownHref = byKeyAndLang.get(`${entry.collection}:${String(entry.data['key'])} ${lang}`);
    for (const link of links) {
      const problem = linkProblem(link.href, lang, ownHref, byHref, pages);
      if (problem) problems.push({ ...at(link.line), field: 'link', ...problem });
    }
  }
  return problems;
}

function linkProblem(href: string, lang: Locale, own: Page | undefined, byHref: Map<string, Page>, pages: readonly Page[]): { what: string; fix: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return undefined;
  const [pathAndQuery = '', anchor] = href.split('#', 2);
  const path = pathAndQuery.split('?')[0] ?? '';
  if (path !== '' && !path.startsWith('/')) {
    return { what: `"${href}" is a relative address, which breaks when the page moves`, fix: `Write the address from the site root, starting with /${lang}/` };
  }
  if (/\.[a-z0-9]+$/i.test(path)) return undefined;
  let target = path === '' ? own : byHref.get(path);
  if (!target && path !== '' && !path.endsWith('/') && byHref.has(`${path}/`)) {
    return { what: `"${href}" has no / at the end of the address`, fix: `Write ${path}/${anchor === undefined ? '' : `#${anchor}`}` };
  }
  if (!target) {
    if (path === '') return undefined;
    // An address with the other language's words: /fi/mentoring-programmes/ for /fi/mentorointiohjelmat/.
    for (const other of locales) {
      const twin = byHref.get(path.replace(/^\/[a-z]+\//, `/${other}/`));
      const counterpart = twin && pages.find((page) => page.key === twin.key && page.lang === lang);
      if (counterpart) return { what: `"${href}" is not a page of the site (it has the ${languageNames[other]} words of ${twin.href})`, fix: `Write ${counterpart.href}${anchor === undefined ? '' : `#${anchor}`}` };
    }
    const guess = closest(path, pages.filter((page) => page.lang === lang).map((page) => page.href));
    return { what: `"${href}" is not a page of the site`, fix: `${guess ? `Did you mean ${guess}? ` : ''}Copy the address from the page you mean (in the built site, or the file name of a guide)` };
  }
  if (target.lang !== lang) {
    const counterpart = pages.find((page) => page.key === target?.key && page.lang === lang);
    return { what: `"${href}" goes to the ${languageNames[target.lang]} page from a ${languageNames[lang]} one`, fix: counterpart ? `Link the ${languageNames[lang]} page: ${counterpart.href}${anchor === undefined ? '' : '#…'}` : `Link a ${languageNames[lang]} page` };
  }
  if (anchor !== undefined && target.anchors && !target.anchors.has(anchor)) {
    target = byHref.get(target.href) ?? target;
    return { what: `"${href}" points to #${anchor}, which is not on ${path === '' ? 'this page' : target.href}`, fix: `${didYouMean(anchor, target.anchors ?? [])}Use the id of a heading on that page (its words in lowercase, joined by hyphens)` };
  }
  return undefined;
}

/**
 * The language of each text against its place: an .mdx file's language folder, or the `en:` and
 * `fi:` blocks of a YAML entry (every text inside them, so a new collection written that way is
 * checked too). The rule and its measured margins are in language.ts.
 */
function languageProblems(entries: readonly LoadedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: LoadedEntry, expected: Locale, found: Locale, path: PropertyKey[]) => {
    const line = path.length > 0 ? entry.lineOf(path) : undefined;
    problems.push({
      file: entry.file,
      ...(line === undefined ? {} : { line }),
      ...(path.length > 0 ? { field: fieldName(path) } : {}),
      what: `the text is in ${languageNames[found]}, but this is the ${languageNames[expected]} ${path.length > 0 ? 'block' : 'page'}`,
      fix: path.length > 0 ? `Write the ${languageNames[expected]} text here` : `Put the ${languageNames[expected]} text in this file, or move the file to the ${found} folder`,
    });
  };
  for (const entry of entries) {
    const lang = entryLang(entry);
    if (entry.body !== undefined && isLocale(lang)) {
      const text = [entry.data['title'], entry.data['description'], entry.body].filter((part) => typeof part === 'string').join('\n').replace(/\]\([^)]*\)/g, ']');
      const found = wrongLanguage(text, lang);
      if (found) report(entry, lang, found, []);
      continue;
    }
    const visit = (value: unknown, path: PropertyKey[]) => {
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (!isLocale(key)) visit(inner, [...path, key]);
          else {
            const found = wrongLanguage(textsIn(inner).join('\n'), key);
            if (found) report(entry, key, found, [...path, key]);
          }
        }
      }
    };
    visit(entry.data, []);
  }
  return problems;
}

function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
  return [];
}
