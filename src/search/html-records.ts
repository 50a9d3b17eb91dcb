// Imported with the extension, since the search indexing worker runs this file in plain Node (type stripping).
import { finnishForms } from './finnish-forms.ts';
import { itemTypes, type ItemType } from './types.ts';

/**
 * Build-time helpers that turn built pages into the records the search index holds. They read
 * Astro's own output, whose markup is regular (quoted attributes, every element closed), so a
 * small scanner is enough and the index never depends on how a view is written, only on the
 * Pagefind attributes it sets.
 */

/** One element found in a page: its outer HTML and where it sits. */
export interface FoundElement {
  html: string;
  start: number;
  end: number;
  /** The attributes part of the start tag, e.g. ` id="x" class="y"`. */
  attributes: string;
}

const startTags = /<([a-zA-Z][\w-]*)(\s[^>]*)?>/g;

/**
 * Every element whose start tag's attributes pass `test`, outermost first; elements inside a
 * found one are not searched again. The end is found by counting start and end tags of the same
 * name, which is exact for Astro's output (no unclosed elements, no `>` inside attribute values).
 */
export function findElements(html: string, test: (attributes: string) => boolean): FoundElement[] {
  const found: FoundElement[] = [];
  startTags.lastIndex = 0;
  for (let match = startTags.exec(html); match; match = startTags.exec(html)) {
    const attributes = match[2] ?? '';
    if (!test(attributes)) continue;
    const name = String(match[1]);
    const end = closingEnd(html, name, match.index + match[0].length);
    if (end === undefined) throw new Error(`<${name}${attributes}> is never closed.`);
    found.push({ html: html.slice(match.index, end), start: match.index, end, attributes });
    startTags.lastIndex = end;
  }
  return found;
}

function closingEnd(html: string, name: string, from: number): number | undefined {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return undefined;
}

/** The value of one attribute in a start tag's attributes (`''` when it has none), or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  // Reading name-value pairs in order means a value that happens to contain a name is never mistaken for it.
  for (const [, found, double, single, bare] of attributes.matchAll(/([^\s"'=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    if (found === name) return double ?? single ?? bare ?? '';
  }
  return undefined;
}

/** Pagefind's `data-pagefind-filter="type:tip, other:x"` as `{ type: ['tip'], other: ['x'] }`. */
export function pagefindFilters(attributes: string): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const pair of (attribute(attributes, 'data-pagefind-filter') ?? '').split(',')) {
    const [key, value] = pair.split(':').map((part) => part.trim());
    if (key && value) filters[key] = [...(filters[key] ?? []), value];
  }
  return filters;
}

/** The item type an element is marked with, if it is one of the types indexed item by item. */
export function itemType(attributes: string): ItemType | undefined {
  // Most start tags carry no Pagefind attribute; a plain substring test spares them the attribute parser.
  if (!attributes.includes('data-pagefind-filter')) return undefined;
  const types = pagefindFilters(attributes)['type'] ?? [];
  return itemTypes.find((type) => types.includes(type));
}

/** `en/tips/index.html` → `/en/tips/`, the URL a reader follows. */
export function pageUrl(file: string): string {
  const path = file.split(/[\\/]/).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `/${path}`;
}

/** The `<html lang>` of a built page. */
export function documentLang(html: string): string | undefined {
  return /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
}

/** Where a result for an item links to: the item's own id, else its heading's. */
export function itemAnchor(item: FoundElement): string | undefined {
  return attribute(item.attributes, 'id') ?? /<h[1-6]\b[^>]*\sid="([^"]+)"/i.exec(item.html)?.[1];
}

/** The text of the first heading in an element. */
export function headingText(html: string): string | undefined {
  const heading = /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/i.exec(html)?.[1];
  return heading === undefined ? undefined : plainText(heading);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Readable text of some HTML, for finding words in it; scripts and styles are dropped. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return entities[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The HTML of a page's `data-pagefind-body` parts with their ignored parts removed: what Pagefind
 * indexes, without the parts it would parse only to skip.
 */
export function indexedBodies(html: string): string[] {
  return indexedParts(html).map((part) => withoutIgnored(part.html));
}

/** The elements marked `data-pagefind-body`: what Pagefind indexes of a page. */
function indexedParts(html: string): FoundElement[] {
  return findElements(html, (attributes) => attributes.includes('data-pagefind-body') && attribute(attributes, 'data-pagefind-body') !== undefined);
}

export function withoutIgnored(html: string): string {
  const ignored = findElements(html, (attributes) => attributes.includes('data-pagefind-ignore') && attribute(attributes, 'data-pagefind-ignore') !== undefined);
  let kept = html;
  for (const element of ignored.reverse()) kept = kept.slice(0, element.start) + kept.slice(element.end);
  return kept;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Adds Pagefind metadata fields to a page's head. Pagefind searches metadata (since 1.5) but
 * never shows it in an excerpt, so extra search words live here rather than in hidden text.
 */
export function withMeta(html: string, meta: Record<string, string>): string {
  const tags = Object.entries(meta)
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => `<meta data-pagefind-meta="${name}[content]" content="${escapeHtml(value)}">`)
    .join('');
  if (!tags) return html;
  const head = html.search(/<\/head>/i);
  if (head < 0) throw new Error('The page has no </head> to add search metadata to.');
  return html.slice(0, head) + tags + html.slice(head);
}

/**
 * The part of a built page that Pagefind reads: its language, its metadata tags and its indexed
 * bodies. A built page also carries its inline stylesheet, header, footer and ignored parts, which
 * Pagefind would parse only to skip; leaving them out gives the same index from about a third of
 * the HTML (measured on the benchmark's 4,000-page build: 137 MB → 48 MB).
 */
export function pageDocument(html: string, lang: string, bodies: string[]): string {
  const metaTags = html.match(/<meta\b[^>]*\sdata-pagefind-meta=[^>]*>/gi) ?? [];
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head>${metaTags.join('')}</head>`
    + `<body>${bodies.join('')}</body></html>`;
}

/** A document of one item on a page, for Pagefind to index as a record of its own. */
export function itemDocument(item: { lang: string; title: string; html: string }): string {
  return `<!doctype html><html lang="${escapeHtml(item.lang)}"><head><meta data-pagefind-meta="title[content]" content="${escapeHtml(item.title)}"></head>`
    + `<body><div data-pagefind-body>${item.html}</div></body></html>`;
}

/** What the index holds for one page or item: the URL a result links to and the HTML to index. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** The keywords a page already gives Pagefind in its head (guides render their front-matter `keywords`). */
function pageKeywords(html: string): string {
  const tag = /<meta\b([^>]*\sdata-pagefind-meta="keywords\[content\]"[^>]*)>/.exec(html)?.[1] ?? '';
  return plainText(attribute(tag, 'content') ?? '');
}

/**
 * The records of one built page. A page with items marked `data-pagefind-filter="type:tip"` (or
 * another item type) gives one record per item, linked to its anchor, and no record of its own,
 * so nothing is found twice. Any other page with `data-pagefind-body` is one record. Pages
 * without it (home, lists, about) are not searched. Finnish records get extra word forms
 * (finnish-forms.ts).
 * @param file the page's path inside the build folder, e.g. `fi/vinkit/index.html`
 */
export function searchRecords(file: string, html: string): SearchRecord[] {
  const lang = documentLang(html);
  const url = pageUrl(file);
  const forms = (text: string) => (lang === 'fi' ? finnishForms(text).join(' ') : '');
  const items = findElements(html, (attributes) => itemType(attributes) !== undefined);
  if (items.length === 0) {
    const bodies = indexedBodies(html);
    if (bodies.length === 0) return [];
    if (!lang) throw new Error(`${file}: the page has no <html lang>, so Pagefind could not tell which language's index it belongs to.`);
    const text = bodies.map(plainText).join(' ');
    return [{ url, html: withMeta(pageDocument(html, lang, bodies), { forms: forms(`${text} ${pageKeywords(html)}`) }) }];
  }
  if (!lang) throw new Error(`${file}: the page has no <html lang>, so its items cannot be given a language.`);
  return items.map((item) => {
    const type = itemType(item.attributes) as ItemType;
    const anchor = itemAnchor(item);
    if (!anchor) throw new Error(`${file}: an element marked type:${type} has no id on itself or its heading, so a search result could not link to it.`);
    const title = headingText(item.html);
    if (!title) throw new Error(`${file}: the element marked type:${type} with id "${anchor}" has no heading to use as its search result title.`);
    // Extra search words an editor gave the item (a tip's `keywords`), written by FilterItem.astro.
    const keywords = attribute(item.attributes, 'data-search-keywords') ?? '';
    // Ignored parts (sources, labels) are dropped here rather than left for Pagefind to skip:
    // the same index from less HTML to send and parse.
    const indexed = withoutIgnored(item.html);
    const meta = { keywords, forms: forms(`${plainText(indexed)} ${keywords}`) };
    return { url: `${url}#${anchor}`, html: withMeta(itemDocument({ lang, title, html: indexed }), meta) };
  });
}
