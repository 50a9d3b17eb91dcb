import { z } from 'astro/zod';

/**
 * Sections that open with a short introduction editors can change: content/intros/<lang>/<file>.mdx,
 * paired across languages by `key` like the guides. Adding a section here lets its view render one.
 */
const introSections = ['mentoring'] as const;

export const introSchema = z.strictObject({
  key: z.enum(introSections),
});
