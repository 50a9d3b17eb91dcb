import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { kebabId, keywords, pastDate } from './common';

/**
 * Front matter of a guide or a standalone page (about, accessibility). One file per language,
 * paired by `key`. Unknown fields are errors, so a misspelt field name is not silently ignored.
 */
export const pageSchema = z.strictObject({
  /** The h1 and the browser tab: says what the reader gets. */
  title: z.string().min(5).max(90),
  /** The meta description and the summary in lists; search engines cut off after about 160 characters. */
  description: z.string().min(50).max(170),
  /** Shared by both languages; the language switcher goes to the page with the same key. */
  key: kebabId,
  /** Position in the guide list; pages outside the guide list leave it out. */
  order: z.number().int().positive().optional(),
  /** Shown as "Page last reviewed", as NHS and GOV.UK do, so readers can judge how current advice is. */
  reviewed: pastDate,
  /** Ids from content/sources.yaml of every source the page uses for facts. */
  sources: z.array(reference('sources')).default([]),
  keywords,
  /**
   * Pictures from content/figures/ (the file name), each at the end of the section whose heading
   * is `section`, written exactly as in the text. A bar chart's per cent figures are checked
   * against the text of that section when the page builds.
   */
  figures: z.array(z.strictObject({ figure: reference('figures'), section: z.string().min(3) })).default([]),
});
