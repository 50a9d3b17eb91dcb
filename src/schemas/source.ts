import { z } from 'astro/zod';
import { kebabId, partialDate, pastDate, webAddress } from './common';

/** The languages a source can be in; each has its label (`sources.language.<code>`) in the UI strings. */
export const sourceLanguages = ['en', 'fi'] as const;

/** One cited source, listed once in content/sources.yaml and referred to by id everywhere. */
export const sourceSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(3),
  /** "unknown" when the source does not name its publisher: never guessed. */
  publisher: z.string().min(2),
  /** As precise as the source states it: a year, a month or a day, or "unknown". */
  date: partialDate('unknown'),
  url: webAddress.optional(),
  language: z.enum(sourceLanguages),
  /** When someone last opened the source and checked what the site says it says. */
  checked: pastDate.optional(),
});
