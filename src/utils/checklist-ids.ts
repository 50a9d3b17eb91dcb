/**
 * Checklist item ids are what readers' browsers keep their ticks under, so an id must never just
 * disappear. A checklist file keeps the record of every id it has published (`publishedIds`) and
 * says what became of each one that is no longer an item: renamed (`renamedIds: { old: new }`,
 * readers' ticks move to the new id) or retired (`retiredIds`, their ticks are dropped).
 * These are the rules the build applies (the checklist schema) and the map the page gives the
 * reader's browser (the checklist view).
 */
export interface ChecklistIdRecord {
  itemIds: readonly string[];
  publishedIds: readonly string[];
  renamedIds: Readonly<Record<string, string>>;
  retiredIds: readonly string[];
}

export interface IdProblem {
  /** Where the problem is: an item (by its index in `itemIds`) or an entry of the record. */
  at: { item: number } | { published: number } | { renamed: string } | { retired: number };
  message: string;
}

/**
 * Where each renamed id's ticks go now: the current item id at the end of its chain of renames
 * (`a → b`, `b → c` gives `a → c` and `b → c`). An id whose chain ends nowhere, or goes round in a
 * circle, is left out (the rules below report it).
 */
export function resolveRenames(renamedIds: Readonly<Record<string, string>>, itemIds: Iterable<string>): Map<string, string> {
  const items = new Set(itemIds);
  const resolved = new Map<string, string>();
  for (const start of Object.keys(renamedIds)) {
    const seen = new Set<string>([start]);
    let current = renamedIds[start];
    while (current !== undefined && !items.has(current) && !seen.has(current)) {
      seen.add(current);
      current = renamedIds[current];
    }
    if (current !== undefined && items.has(current)) resolved.set(start, current);
  }
  return resolved;
}

/** Every way the record fails to account for the ids readers may have saved, in editors' words. */
export function checklistIdProblems(record: ChecklistIdRecord): IdProblem[] {
  const problems: IdProblem[] = [];
  const items = new Set(record.itemIds);
  const published = new Set(record.publishedIds);
  const retired = new Set(record.retiredIds);
  const resolved = resolveRenames(record.renamedIds, items);
  const newIds = record.itemIds.filter((id) => !published.has(id));

  record.itemIds.forEach((id, item) => {
    if (published.has(id)) return;
    problems.push({ at: { item }, message: `"${id}" is a new id and not yet in publishedIds. Add "${id}" to publishedIds at the end of the file, so readers' ticks for it are looked after from now on` });
  });
  record.publishedIds.forEach((id, index) => {
    if (items.has(id) || Object.hasOwn(record.renamedIds, id) || retired.has(id)) return;
    const newId = newIds.length === 1 ? newIds[0] : undefined;
    const renamedAs = newId ? `"${id}: ${newId}"` : `"${id}: <the new id>"`;
    problems.push({
      at: { published: index },
      message: `"${id}" is no longer the id of an item, and readers' browsers keep ticks under it. If you renamed the item, add ${renamedAs} under renamedIds (readers' ticks move to the new id); if you removed the item, add "${id}" to retiredIds`,
    });
  });
  for (const [from, to] of Object.entries(record.renamedIds)) {
    if (!published.has(from)) problems.push({ at: { renamed: from }, message: `"${from}" was never published, so no tick needs to move. Remove it from renamedIds` });
    else if (items.has(from)) problems.push({ at: { renamed: from }, message: `"${from}" is still the id of an item. Remove it from renamedIds, or change the item's id` });
    else if (!resolved.has(from)) {
      problems.push({
        at: { renamed: from },
        message: items.has(to) || Object.hasOwn(record.renamedIds, to)
          ? `the renames starting at "${from}" go round in a circle. Point the last one at an item's id`
          : `"${to}" is not the id of an item. Write the item's new id`,
      });
    }
  }
  record.retiredIds.forEach((id, index) => {
    if (!published.has(id)) problems.push({ at: { retired: index }, message: `"${id}" was never published. Remove it from retiredIds` });
    else if (items.has(id)) problems.push({ at: { retired: index }, message: `"${id}" is still the id of an item. Remove the item, or remove "${id}" from retiredIds` });
    else if (Object.hasOwn(record.renamedIds, id)) problems.push({ at: { retired: index }, message: `"${id}" is also in renamedIds. Keep it in one of the two: renamed if the item lives on under a new id, retired if it is gone` });
  });
  return problems;
}
