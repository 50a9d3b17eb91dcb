/**
 * The rules of the filter lists (tips, mentoring directory), kept apart from the DOM so they can be
 * tested and so the page and the URL always agree: the URL query is the filter state, written the
 * same way a plain GET submission of the filter form would write it (`?audience=women&status=running`).
 */

/** The groups a page offers: group name → the values a reader can choose, in display order. */
export type FilterGroups = Readonly<Record<string, readonly string[]>>;
/** What the reader chose: group name → chosen values; a group with none chosen does not filter. */
export type Selection = Record<string, string[]>;
/** The values one item has in each group. */
export type ItemValues = Readonly<Record<string, readonly string[]>>;

/**
 * Reads the choices from a URL query. Values a group does not offer (an old or mistyped link) are
 * dropped rather than hiding everything, and other parameters are ignored.
 */
export function readSelection(search: string, groups: FilterGroups): Selection {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const [group, values] of Object.entries(groups)) {
    const chosen = new Set(params.getAll(group));
    selection[group] = values.filter((value) => chosen.has(value));
  }
  return selection;
}

/**
 * The URL query for a selection, keeping parameters that are not filter groups. Values follow the
 * groups' display order so the same choices always give the same, shareable address.
 */
export function writeSelection(search: string, selection: Selection, groups: FilterGroups): string {
  const params = new URLSearchParams(search);
  for (const group of Object.keys(groups)) params.delete(group);
  for (const [group, values] of Object.entries(groups)) {
    const chosen = new Set(selection[group] ?? []);
    for (const value of values) if (chosen.has(value)) params.append(group, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Within a group any chosen value is enough (OR); every group with choices must match (AND). */
export function itemMatches(item: ItemValues, selection: Selection): boolean {
  return Object.entries(selection).every(
    ([group, chosen]) => chosen.length === 0 || chosen.some((value) => (item[group] ?? []).includes(value)),
  );
}

/** The attribute that holds an item's values in one group. */
export function filterAttribute(group: string): string {
  return `data-filter-${group}`;
}

/** Data attributes that mark a list item for the filter element: `data-filter-<group>="a b"`. */
export function filterAttributes(values: ItemValues): Record<string, string> {
  const attributes: Record<string, string> = { 'data-filter-item': '' };
  for (const [group, list] of Object.entries(values)) attributes[filterAttribute(group)] = list.join(' ');
  return attributes;
}

/** Reads the values back from an attribute written by `filterAttributes`. */
export function parseValues(attribute: string | null): string[] {
  return attribute?.split(/\s+/).filter(Boolean) ?? [];
}

/** The values of `order` that at least one item has, so no checkbox can only ever show nothing. */
export function valuesInUse<T extends string>(order: readonly T[], items: ReadonlyArray<readonly string[]>): T[] {
  const used = new Set(items.flat());
  return order.filter((value) => used.has(value));
}
