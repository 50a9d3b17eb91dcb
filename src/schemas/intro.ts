import { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * Sections that open with a short introduction editors can change: content/intros/<lang>/<file>.mdx,
 * paired across languages by `key` like the guides. Adding a section here lets its view render one.
 */
const introSections = ['mentoring', 'messages'] as const;

export const introSchema = z.strictObject({
  key: z.enum(introSections),
  /** Ids from content/sources.yaml for the facts the introduction states; listed with the page's sources. */
  sources: z.array(reference('sources')).default([]),
});
