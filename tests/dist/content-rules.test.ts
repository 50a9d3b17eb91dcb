import { readdirSync } from 'node:fs';
import type { HtmlElement } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales';
import { guideHref, sectionHref, tipAnchor } from '../../src/i18n/routes';
import { tipEntries } from '../content-files';
import { builtPages, parsePage, readableText, type BuiltPage } from './built-site';

/** Every guide file in content/, with the URL the build must have given it. */
const guides = locales.flatMap((lang) =>
  readdirSync(`content/guides/${lang}`)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ lang, source: `content/guides/${lang}/${name}`, path: guideHref(name.replace(/\.mdx$/, ''), lang) })),
);
const pageAt = (path: string) => builtPages().find((page) => page.path === path);
const headingLevel = (element: HtmlElement) => Number(/^h([1-6])$/.exec(element.tagName)?.[1] ?? 0);
/** Words as a reader counts them: letters or digits, with inner hyphens and apostrophes ("e-mail", "don't"). */
const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** The guide's own text: the article without its title, review date and source list. */
function guideText(page: BuiltPage): string {
  const article = parsePage(page).querySelector('main article');
  const skip = new Set<unknown>(article?.querySelectorAll('h1, .meta, .source-list'));
  const parts: string[] = [];
  const walk = (node: HtmlElement) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent);
      else if ('tagName' in child && !skip.has(child)) walk(child as HtmlElement);
    }
  };
  if (article) walk(article);
  return parts.join(' ');
}

/**
 * What a reader meets in order inside <main>: headings and the content between them. A heading
 * followed by nothing, or straight by a heading of the same or a higher rank, is an empty section.
 */
function emptySections(main: HtmlElement): string[] {
  const events: Array<{ heading?: HtmlElement }> = [];
  const walk = (node: HtmlElement) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        if (child.textContent.trim()) events.push({});
      } else if ('tagName' in child) {
        const element = child as HtmlElement;
        if (headingLevel(element)) events.push({ heading: element });
        else if (['img', 'input', 'select', 'textarea', 'button', 'svg', 'video', 'iframe'].includes(element.tagName)) events.push({});
        else walk(element);
      }
    }
  };
  walk(main);
  return events.flatMap((event, index) => {
    if (!event.heading) return [];
    const next = events[index + 1];
    const empty = !next || (next.heading && headingLevel(next.heading) <= headingLevel(event.heading));
    return empty ? [`<${event.heading.tagName}> "${readableText(event.heading)}"`] : [];
  });
}

describe('every page', () => {
  it('has a meta description a search result can show', () => {
    const missing = builtPages()
      .filter((page) => (parsePage(page).querySelector('meta[name="description"]')?.getAttribute('content')?.value ?? '').toString().trim().length < 50)
      .map((page) => page.path);
    expect(missing).toEqual([]);
  });

  it('has one h1 per language on the page and headings that never skip a level', () => {
    const problems = builtPages().flatMap((page) => {
      const document = parsePage(page);
      const headings = document.querySelectorAll('h1, h2, h3, h4, h5, h6');
      const h1ByLang = new Map<string, number>();
      for (const h1 of headings.filter((heading) => heading.tagName === 'h1')) {
        const lang = String(h1.closest('[lang]')?.getAttribute('lang')?.value);
        h1ByLang.set(lang, (h1ByLang.get(lang) ?? 0) + 1);
      }
      const found: string[] = [];
      if (h1ByLang.size === 0) found.push(`${page.path}: no h1`);
      for (const [lang, count] of h1ByLang) if (count > 1) found.push(`${page.path}: ${count} h1 elements in ${lang}`);
      headings.forEach((heading, index) => {
        const previous = index === 0 ? 0 : headingLevel(headings[index - 1] as HtmlElement);
        if (headingLevel(heading) > previous + 1) found.push(`${page.path}: <${heading.tagName}> "${readableText(heading)}" follows <h${previous}>`);
      });
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('has no empty section and no empty page', () => {
    const problems = builtPages().flatMap((page) => {
      const main = parsePage(page).querySelector('main');
      if (!main) return [`${page.path}: no <main>`];
      return emptySections(main).map((heading) => `${page.path}: ${heading} has no content`);
    });
    expect(problems).toEqual([]);
  });
});

describe('every page in both languages', () => {
  it('every page names its counterpart in the other language, and that page exists and names it back', () => {
    const alternate = (page: BuiltPage, lang: string) => {
      const href = parsePage(page).querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href')?.value;
      return href ? new URL(String(href)).pathname : undefined;
    };
    const problems = builtPages()
      .filter((page) => /^\/(en|fi)\//.test(page.path))
      .flatMap((page) => {
        const lang = page.path.slice(1, 3);
        // The page's address for itself: a copy such as /en/404.html names /en/404/.
        const own = alternate(page, lang);
        if (!own || !pageAt(own)) return [`${page.path}: its ${lang} alternate ${String(own)} is not built`];
        return locales.flatMap((other) => {
          const path = alternate(page, other);
          const counterpart = path ? pageAt(path) : undefined;
          if (!counterpart) return [`${page.path}: no ${other} version (${String(path)})`];
          return alternate(counterpart, lang) === own ? [] : [`${counterpart.path} does not point back to ${own}`];
        });
      });
    expect(problems).toEqual([]);
  });

  it('every tip is on the tips page in both languages, at the same anchor', () => {
    const tipIds = tipEntries().map(({ id }) => id);
    expect(tipIds.length).toBeGreaterThan(0);
    const missing = locales.flatMap((lang) => {
      const page = pageAt(sectionHref('tips', lang));
      const ids = new Set(page ? parsePage(page).querySelectorAll('main [id]').map((element) => element.id) : []);
      return tipIds.filter((id) => !ids.has(tipAnchor(id))).map((id) => `${sectionHref('tips', lang)}#${tipAnchor(id)}`);
    });
    expect(missing).toEqual([]);
  });

  it('the same number of pages is built in English and in Finnish', () => {
    const count = (lang: Locale) => builtPages().filter((page) => page.path.startsWith(`/${lang}/`)).length;
    expect(count('fi')).toBe(count('en'));
  });
});

describe('guides', () => {
  it('every guide file is built', () => {
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.filter((guide) => !pageAt(guide.path)).map((guide) => `${guide.source} → ${guide.path}`)).toEqual([]);
  });

  it('every guide lists at least one source', () => {
    const without = guides.filter((guide) => {
      const page = pageAt(guide.path);
      return !page || parsePage(page).querySelectorAll('main .source-list li cite').length === 0;
    });
    expect(without.map((guide) => guide.source)).toEqual([]);
  });

  it('every guide shows when it was last reviewed as a machine-readable past date', () => {
    const problems = guides.flatMap((guide) => {
      const page = pageAt(guide.path);
      const datetime = String((page && parsePage(page).querySelector('main .meta time[datetime]')?.getAttribute('datetime')?.value) ?? '');
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(datetime) && new Date(`${datetime}T00:00:00Z`).getTime() <= Date.now();
      return valid ? [] : [`${guide.source}: last reviewed <time datetime="${datetime}">`];
    });
    expect(problems).toEqual([]);
  });

  const words = guides.map((guide) => {
    const page = pageAt(guide.path);
    return { ...guide, words: page ? countWords(guideText(page)) : 0 };
  });
  const total = (lang: Locale) => words.filter((guide) => guide.lang === lang).reduce((sum, guide) => sum + guide.words, 0);

  it('each guide has 400–1,200 words: enough to be useful, short enough to read on a phone', () => {
    console.info(`Guide words: ${words.map((guide) => `${guide.path} ${guide.words}`).join(', ')}`);
    expect(words.filter((guide) => guide.words < 400 || guide.words > 1200).map((guide) => `${guide.source}: ${guide.words} words`)).toEqual([]);
  });

  it('together they have at least 6,000 words of English and a comparable amount of Finnish', () => {
    console.info(`Guide words in total: en ${total('en')}, fi ${total('fi')}`);
    expect(total('en')).toBeGreaterThanOrEqual(6000);
    // Finnish says the same in fewer, longer words (endings instead of prepositions and articles),
    // so the same guidance runs to roughly 70–80 % of the English word count.
    expect(total('fi')).toBeGreaterThanOrEqual(total('en') * 0.65);
  });
});
