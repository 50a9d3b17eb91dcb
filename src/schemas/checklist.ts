import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { checklistIdProblems } from '../utils/checklist-ids';
import { kebabCase, kebabId, pastDate } from './common';

/** One item in one language. The title is the checkbox label, so it is a short instruction. */
const itemText = z.strictObject({
  title: z.string().min(3).max(70),
  /** Why the item matters: one or two sentences. */
  why: z.string().min(20).max(260),
  /** How to do it: one to three sentences, short enough for a two-page printout. */
  how: z.string().min(20).max(320),
});

/**
 * One thing to check. The id is what a reader's browser stores when they tick the item, so an id
 * may change only with a record of it: see `publishedIds` below.
 */
const itemSchema = z.strictObject({
  id: kebabId,
  /** Ids from content/sources.yaml for items that state a fact (e.g. what recruiters look for). */
  sources: z.array(reference('sources')).default([]),
  en: itemText,
  fi: itemText,
});

const groupSchema = z.strictObject({
  id: kebabId,
  en: z.strictObject({ title: z.string().min(3).max(60) }),
  fi: z.strictObject({ title: z.string().min(3).max(60) }),
  items: z.array(itemSchema).min(1),
});

/** The page's own words in one language. */
const pageText = z.strictObject({
  title: z.string().min(5).max(90),
  /** The meta description; search engines cut off after about 160 characters. */
  description: z.string().min(50).max(170),
  lead: z.string().min(20).max(400),
});

/**
 * A checklist file (content/checklist/<name>.yaml): both languages side by side, so an item cannot
 * exist in one language only. Item and group ids must be unique, because a repeated item id would
 * tick two boxes at once and a repeated group id would give two headings the same anchor.
 */
export const checklistSchema = z
  .strictObject({
    /** Shown as "Page last reviewed": LinkedIn changes often, so readers should see how current this is. */
    reviewed: pastDate,
    en: pageText,
    fi: pageText,
    groups: z.array(groupSchema).min(1),
    /**
     * Every item id this checklist has published, kept when an item changes or goes, because
     * readers' browsers keep their ticks under these ids (src/utils/checklist-ids.ts).
     */
    publishedIds: z.array(kebabId).min(1),
    /** An id that changed: `old-id: new-id`. Readers' ticks move to the new id. */
    renamedIds: z.record(kebabId, kebabId).default({}),
    /** Ids of items removed for good. Readers' ticks for them are dropped. */
    retiredIds: z.array(kebabId).default([]),
  })
  .superRefine((checklist, context) => {
    const groupIds = new Map<string, number>();
    const itemIds = new Map<string, string>();
    const itemPaths: Array<Array<string | number>> = [];
    checklist.groups.forEach((group, groupIndex) => {
      const firstGroup = groupIds.get(group.id);
      if (firstGroup === undefined) groupIds.set(group.id, groupIndex);
      else context.addIssue({ code: 'custom', path: ['groups', groupIndex, 'id'], message: `"${group.id}" is already the id of group ${firstGroup + 1}. Give each group its own id` });
      group.items.forEach((item, itemIndex) => {
        const here = `group ${groupIndex + 1}, item ${itemIndex + 1}`;
        const first = itemIds.get(item.id);
        itemPaths.push(['groups', groupIndex, 'items', itemIndex, 'id']);
        if (first === undefined) itemIds.set(item.id, here);
        else context.addIssue({ code: 'custom', path: ['groups', groupIndex, 'items', itemIndex, 'id'], message: `"${item.id}" is already the id of ${first}. Give each item its own id` });
      });
    });
    const record = {
      itemIds: checklist.groups.flatMap((group) => group.items.map((item) => item.id)),
      publishedIds: checklist.publishedIds,
      renamedIds: checklist.renamedIds,
      retiredIds: checklist.retiredIds,
    };
    // An id that is not yet written right has its own message; the record is checked once all are.
    if (![...record.itemIds, ...record.publishedIds].every((id) => kebabCase.test(id))) return;
    for (const { at, message } of checklistIdProblems(record)) {
      const path = 'item' in at ? (itemPaths[at.item] ?? []) : 'published' in at ? ['publishedIds', at.published] : 'renamed' in at ? ['renamedIds', at.renamed] : ['retiredIds', at.retired];
      context.addIssue({ code: 'custom', path, message });
    }
  });
