import { z } from 'astro/zod';

/**
 * Sections that open with a short introduction editors can change: content/intros/<lang>/<file>.mdx,
 * paired across languages by `key` like the guides. Adding a section here lets its view render one.
 */
export const introSections = ['mentoring'] as const;
export type IntroSection = (typeof introSections)[number];

export const introSchema = z.strictObject({
  key: z.enum(introSections),
});
