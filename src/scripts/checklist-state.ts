import { createStore, type ReadResult } from './storage';

/**
 * What a checklist keeps in the browser: the ids of the ticked items, under one key for both
 * languages (item ids are the same in English and Finnish), so ticks follow the reader across the
 * language switch. Pure logic only, so it can be tested without a browser.
 */

/** What the page tells the reader about their saved ticks; each has a UI string `checklist.notice.<name>`. */
export type ChecklistNotice = 'unavailable' | 'corrupt' | 'changed' | 'notSaved';

export interface LoadedTicks {
  ticked: Set<string>;
  notice?: ChecklistNotice;
  /** True when what is stored should be written back: ids of removed items dropped, or an older version upgraded. */
  rewrite: boolean;
}

/** The storage key of a checklist; the LinkedIn checklist is `linkedin`. */
export function checklistKey(name: string): string {
  return `networking-guide:checklist:${name}`;
}

/** Version 1: an array of item ids. Anything else is not ours to guess at, so it reads as corrupt. */
function parseTicked(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : undefined;
}

export function createChecklistStore(name: string) {
  return createStore<string[]>({ key: checklistKey(name), version: 1, empty: () => [], parse: parseTicked });
}

/**
 * Turns what storage returned into the ticks to show. Ids of items no longer on the list (the
 * list changed since the reader's last visit) are dropped and the rest kept, and the reader is
 * told: ticks silently disappearing would make them doubt the whole list.
 */
export function reconcileTicks(read: ReadResult<string[]>, knownIds: Iterable<string>): LoadedTicks {
  const known = new Set(knownIds);
  const stored = new Set(read.value);
  const ticked = new Set([...stored].filter((id) => known.has(id)));
  const rewrite = ticked.size < stored.size || read.problem === 'migrated';
  const notice: ChecklistNotice | undefined =
    read.problem === 'unavailable' || read.problem === 'corrupt' ? read.problem
    : rewrite ? 'changed'
    : undefined;
  return notice ? { ticked, notice, rewrite } : { ticked, rewrite };
}

/** Fills the progress template rendered by the server ("{done} of {total} done", "{done}/{total} tehty"). */
export function progressText(template: string, done: number, total: number): string {
  return template.replace('{done}', String(done)).replace('{total}', String(total));
}
