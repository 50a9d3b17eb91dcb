/**
 * What a checklist shows from the ticks the personal-data layer read (record type `checklist`,
 * one record per checklist, shared by both languages because item ids are the same in English and
 * Finnish, so ticks follow the reader across the language switch). Pure logic only, so it can be
 * tested without a browser.
 */

/** What the page tells the reader about their saved ticks; each has a UI string `checklist.notice.<name>`. */
export type ChecklistNotice = 'changed';

/**
 * Item ids renamed in the content since readers ticked them: old id → new id. Applied on every
 * read, so a reader's tick follows the item to its new id. (Filled from the content when the
 * checklist says which ids were renamed.)
 */
export type IdRenames = ReadonlyMap<string, string>;

export interface LoadedTicks {
  ticked: Set<string>;
  notice?: ChecklistNotice;
  /** True when the stored ticks should be written back: renamed ids moved, ids of removed items dropped. */
  rewrite: boolean;
}

/**
 * Turns the stored ticks into the ticks to show. Renamed ids follow their item; ids of items no
 * longer on the list (the list changed since the reader's last visit) are dropped and the rest
 * kept, and the reader is told: ticks silently disappearing would make them doubt the whole list.
 */
export function reconcileTicks(stored: readonly string[], knownIds: Iterable<string>, renames: IdRenames = new Map()): LoadedTicks {
  const known = new Set(knownIds);
  const unique = new Set(stored);
  const renamed = new Set([...unique].map((id) => renames.get(id) ?? id));
  const ticked = new Set([...renamed].filter((id) => known.has(id)));
  const dropped = ticked.size < renamed.size;
  const moved = [...unique].some((id) => renames.has(id));
  return dropped ? { ticked, notice: 'changed', rewrite: true } : { ticked, rewrite: moved };
}

/** Fills the progress template rendered by the server ("{done} of {total} done", "{done}/{total} tehty"). */
export function progressText(template: string, done: number, total: number): string {
  return template.replace('{done}', String(done)).replace('{total}', String(total));
}
