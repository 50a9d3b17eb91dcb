import { z } from 'astro/zod';
import { kebabId, pastDate, webAddress } from './common';

/** One cited source, listed once in content/sources.yaml and referred to by id everywhere. */
export const sourceSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(3),
  /** "unknown" when the source does not name its publisher: never guessed. */
  publisher: z.string().min(2),
  /** As precise as the source states it: a year, a month or a day, or "unknown". */
  date: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|unknown)$/, 'write YYYY, YYYY-MM, YYYY-MM-DD or "unknown"'),
  url: webAddress.optional(),
  language: z.enum(['en', 'fi']),
  /** When someone last opened the source and checked what the site says it says. */
  checked: pastDate.optional(),
});
