/**
 * The kinds of result a reader can narrow a search to. Every indexed record carries exactly one
 * as its Pagefind filter `type` (`data-pagefind-filter="type:tip"`), set by the page that shows it.
 */
export const searchTypes = ['guide', 'tip', 'checklist', 'programme', 'message'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * Types shown many to a page (the tips list, the programme directory, the message templates). Each marked element on
 * such a page becomes a search record of its own, so a tip is found, ranked and linked on its own
 * rather than as one long "tips" page that matches almost everything.
 */
export const itemTypes = ['tip', 'programme', 'message'] as const satisfies readonly SearchType[];
export type ItemType = (typeof itemTypes)[number];

export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && (searchTypes as readonly string[]).includes(value);
}
