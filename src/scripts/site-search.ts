import type { Locale } from '../i18n/locales';
import { excerptParts } from '../search/excerpt';
import { fillTemplate, readSearchState, searchStateQuery, urlLang, type SearchState } from '../search/search-state';
import { isSearchType, type SearchType } from '../search/types';

/**
 * `<site-search>`: the search page's form upgraded to search as you type with Pagefind.
 *
 * - Pagefind (its script, WebAssembly and index) is fetched only when the reader focuses the
 *   field or arrives with `?q=`, never on a plain page view. It runs on the main thread: the index
 *   is small enough that a search takes a few milliseconds, and the worker would cost another
 *   12 KB on the first search.
 * - The URL always holds the search (`?q=&type=&both=`), so it can be shared and reloaded. The
 *   first change after a finished search adds a history entry and later keystrokes replace it,
 *   so Back returns to the previous search rather than to each letter typed.
 * - Results are built with DOM methods and `textContent`; Pagefind's excerpts are reduced to
 *   text and `<mark>` (src/search/excerpt.ts), so neither the query nor page text is run as HTML.
 * - The result count goes to a polite status region. While the reader types it waits for a
 *   pause, so a screen reader says it once rather than after every letter.
 * - CSS shows the form and hides the message about browsing instead when scripting is on, and the
 *   reverse without JavaScript (SearchView.astro), so the upgrade swaps nothing and the page does
 *   not move. Hiding the message here as well only matters in browsers without `(scripting)`.
 */

/** UI strings rendered by the page in its language (see SearchView.astro). */
export interface SearchStrings {
  status: Record<'one' | 'other', string>;
  none: string;
  loading: string;
  failed: string;
  types: Record<SearchType, string>;
  inOther: string;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface SearchResponse {
  results: Array<{ data: () => Promise<ResultData> }>;
}
interface PagefindInstance {
  search: (term: string, options: { filters: Record<string, string> }) => Promise<SearchResponse>;
  mergeIndex: (url: string, options: Omit<PagefindOptions, 'noWorker'> & { language: string }) => Promise<void>;
}
interface PagefindOptions {
  noWorker: boolean;
  excerptLength: number;
  ranking: { metaWeights: Record<string, number> };
}
interface PagefindModule {
  createInstance: (options: PagefindOptions) => PagefindInstance;
}

/**
 * Results shown at first and per "Show more", as in Pagefind's own interface: each result's text
 * is a separate download (up to 2 KB for a guide), and a first search has to stay light.
 */
const pageSize = 5;
const announceDelayMs = 500;
const excerptLength = 24;
/**
 * Editors' keywords (html-records.ts) weigh three times a word of body text: a guide that lists
 * "hidden job market" as a keyword should come before tips that merely mention it.
 */
const options: PagefindOptions = { noWorker: true, excerptLength, ranking: { metaWeights: { keywords: 3 } } };
const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

class SiteSearch extends HTMLElement {
  #strings!: SearchStrings;
  #lang!: Locale;
  #other!: Locale;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #pagefind: Promise<PagefindModule> | undefined;
  #engines: Partial<Record<'own' | 'both', Promise<PagefindInstance>>> = {};
  #results: SearchResponse['results'] = [];
  #shown = 0;
  #run = 0;
  #announce: ReturnType<typeof setTimeout> | undefined;
  /** The search `#results` belong to. */
  #resultsRun = 0;
  /** The page of results being drawn, and for which search. */
  #rendering: { run: number; done: Promise<boolean> } | undefined;
  /** Whether the current history entry holds a finished search that typing must not overwrite. */
  #committed = false;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings;
    this.#lang = this.dataset['lang'] as Locale;
    this.#other = this.dataset['other'] as Locale;
    this.#form = this.#part('form');
    this.#input = this.#part('input');
    this.#status = this.#part('status');
    this.#list = this.#part('results');
    this.#more = this.#part('more');
    this.#part('fallback').hidden = true;

    const preload = () => void this.#engine(false).catch(() => undefined);
    this.#input.addEventListener('focus', preload, { once: true });
    this.#form.addEventListener('input', () => this.#changed());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#committed = true;
      this.#update();
    });
    this.#more.addEventListener('click', () => {
      // The button may still belong to results a newer search is replacing, or their page may be
      // on its way: a click then would add results twice, or the old query's to the new one.
      if (this.#resultsRun !== this.#run || this.#rendering?.run === this.#run) return;
      this.#render(this.#run, true);
    });
    window.addEventListener('popstate', () => this.#restore());
    // The form is usable before this script runs, so the reader may already be in the field or
    // have typed a search: keep what they typed rather than resetting the form from the URL.
    if (document.activeElement === this.#input) preload();
    if (this.#input.value.trim() && !new URLSearchParams(location.search).get('q')?.trim()) this.#changed();
    else this.#restore();
  }

  #part<T extends HTMLElement>(name: string): T {
    const element = this.querySelector<T>(`[data-search-${name}]`);
    if (!element) throw new Error(`<site-search> needs a [data-search-${name}] element.`);
    return element;
  }

  /** Fills the form from the URL (on load and on Back/Forward) and searches. */
  #restore(): void {
    const state = readSearchState(new URLSearchParams(location.search));
    this.#input.value = state.query;
    for (const radio of this.#form.querySelectorAll<HTMLInputElement>('input[name="type"]')) radio.checked = radio.value === (state.type ?? '');
    this.#checkbox().checked = state.both;
    this.#committed = state.query.trim() !== '';
    void this.#search(state, 0);
  }

  #checkbox(): HTMLInputElement {
    return this.#form.querySelector<HTMLInputElement>('input[name="both"]') as HTMLInputElement;
  }

  #state(): SearchState {
    const data = new FormData(this.#form);
    const type = data.get('type');
    return { query: String(data.get('q') ?? ''), type: isSearchType(type) ? type : undefined, both: this.#checkbox().checked };
  }

  #changed(): void {
    const url = location.pathname + searchStateQuery(this.#state());
    if (this.#committed) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.#committed = false;
    void this.#search(this.#state(), announceDelayMs);
  }

  #update(): void {
    history.replaceState(null, '', location.pathname + searchStateQuery(this.#state()));
    void this.#search(this.#state(), 0);
  }

  #engine(both: boolean): Promise<PagefindInstance> {
    const key = both ? 'both' : 'own';
    this.#pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>;
    this.#engines[key] ??= this.#pagefind.then(async (pagefind) => {
      const engine = pagefind.createInstance(options);
      // One bundle holds both languages' indexes; Pagefind skips merging a path equal to its own,
      // so the other language is merged through the bundle's full address.
      if (both) await engine.mergeIndex(new URL(bundle, location.href).href, { language: this.#other, excerptLength, ranking: options.ranking });
      return engine;
    });
    const engine = this.#engines[key];
    // A failed load is forgotten so that the next keystroke tries again.
    engine.catch(() => {
      this.#pagefind = undefined;
      delete this.#engines[key];
    });
    return engine;
  }

  /** Searches and shows the first results; the count is announced after `announceAfterMs`. */
  async #search(state: SearchState, announceAfterMs: number): Promise<void> {
    const run = ++this.#run;
    const query = state.query.trim();
    if (!query) {
      this.#results = [];
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#say('', 0);
      return;
    }
    let response: SearchResponse;
    try {
      if (!this.#pagefind) this.#say(this.#strings.loading, 0);
      const engine = await this.#engine(state.both);
      response = await engine.search(query, { filters: state.type ? { type: state.type } : {} });
    } catch {
      if (run === this.#run) this.#say(this.#strings.failed, 0);
      return;
    }
    if (run !== this.#run) return;
    this.#results = response.results;
    this.#resultsRun = run;
    this.#shown = 0;
    if (!(await this.#render(run, false)) || run !== this.#run) return;
    const count = this.#results.length;
    const plural = new Intl.PluralRules(this.#lang).select(count) === 'one' ? 'one' : 'other';
    this.#say(fillTemplate(count === 0 ? this.#strings.none : this.#strings.status[plural], { count, query }), announceAfterMs);
  }

  /**
   * Renders the next page of results in their order, each as soon as its text is in. A reader who
   * types one more letter mostly gets the same top results in a new order, whose texts Pagefind
   * already holds: those show at once, and only a result new to the page waits for the network.
   * When the reader asked for more, focus moves to the first new result.
   */
  async #showMore(run: number, focus: boolean): Promise<boolean> {
    const replace = this.#shown === 0;
    const texts = this.#results.slice(this.#shown, this.#shown + pageSize).map((result) => result.data());
    // A newer search may leave some unread: their failure must not surface as an unhandled one.
    for (const text of texts) text.catch(() => undefined);
    if (replace && texts.length === 0) this.#list.replaceChildren();
    try {
      for (const [index, text] of texts.entries()) {
        const item = this.#item(await text);
        if (run !== this.#run) return false;
        if (replace && index === 0) this.#list.replaceChildren(item);
        else this.#list.append(item);
        this.#shown += 1;
        if (focus && index === 0) item.querySelector('a')?.focus();
      }
    } catch {
      if (run !== this.#run) return false;
      // Results of the previous query must not stay under the new query's "failed".
      if (replace && this.#shown === 0) this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#say(this.#strings.failed, 0);
      return false;
    }
    this.#more.hidden = this.#shown >= this.#results.length;
    return true;
  }

  /** Draws the next page as `#showMore` does, noted as the one being drawn until it is in. */
  #render(run: number, focus: boolean): Promise<boolean> {
    const done = this.#showMore(run, focus).finally(() => {
      if (this.#rendering?.done === done) this.#rendering = undefined;
    });
    this.#rendering = { run, done };
    return done;
  }

  #item(result: ResultData): HTMLLIElement {
    const lang = urlLang(result.url) ?? this.#lang;
    const item = element('li', 'search-result');
    const heading = element('h2', 'search-result-title');
    const link = element('a');
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    heading.append(link);
    const type = result.filters['type']?.find(isSearchType);
    const labels = [type ? this.#strings.types[type] : '', lang === this.#lang ? '' : this.#strings.inOther].filter(Boolean);
    const meta = element('p', 'search-result-type meta');
    meta.textContent = labels.join(' · ');
    const excerpt = element('p', 'search-result-excerpt');
    for (const part of excerptParts(result.excerpt)) {
      const node = part.marked ? element('mark') : document.createTextNode(part.text);
      if (part.marked) node.textContent = part.text;
      excerpt.append(node);
    }
    if (lang !== this.#lang) {
      heading.lang = lang;
      excerpt.lang = lang;
    }
    item.append(heading, meta, excerpt);
    return item;
  }

  /** Sets the status text, after `delayMs` so that a result count is announced once typing pauses. */
  #say(text: string, delayMs: number): void {
    clearTimeout(this.#announce);
    if (delayMs === 0) {
      this.#status.textContent = text;
      return;
    }
    this.#announce = setTimeout(() => (this.#status.textContent = text), delayMs);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(name: K, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(name);
  if (className) created.className = className;
  return created;
}

customElements.define('site-search', SiteSearch);
