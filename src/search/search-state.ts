import { isLocale, type Locale } from '../i18n/locales';
import { isSearchType, type SearchType } from './types';

/** Everything that decides a search, kept in the page URL so a search can be shared and Back works. */
export interface SearchState {
  query: string;
  /** Only this type of result; undefined for all types. */
  type: SearchType | undefined;
  /** Also search the other language's pages. */
  both: boolean;
}

/** Reads `?q=…&type=…&both=1`; anything unknown is ignored rather than breaking the page. */
export function readSearchState(params: URLSearchParams): SearchState {
  const type = params.get('type');
  return { query: params.get('q') ?? '', type: isSearchType(type) ? type : undefined, both: params.get('both') === '1' };
}

/** The query string for a state, with the same names the search form submits; empty parts are left out. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.type) params.set('type', state.type);
  if (state.both) params.set('both', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The language of a result from its URL (`/fi/vinkit/#tip-x` → `fi`). */
export function urlLang(url: string): Locale | undefined {
  const first = url.split('/')[1] ?? '';
  return isLocale(first) ? first : undefined;
}

/** Fills `{{name}}` placeholders of a UI string in the browser; the result is only ever used as text. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
