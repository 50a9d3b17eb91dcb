import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { kebabId, keywords } from './common';

/** The situations readers filter tips by; labels live in the UI strings ("situation.<id>"). */
export const situations = ['job-seeking', 'new-in-finland', 'at-work', 'online', 'events'] as const;

const tipText = z.strictObject({
  title: z.string().min(3).max(90),
  body: z.string().min(10).max(450),
  keywords,
});

/** One tip per file with both languages side by side, so a tip cannot exist in one language only. */
export const tipSchema = z.strictObject({
  situations: z.array(z.enum(situations)).min(1),
  /** Key of the guide the tip belongs to; checked against the guides by the content tests. */
  guide: kebabId.optional(),
  sources: z.array(reference('sources')).default([]),
  en: tipText,
  fi: tipText,
});
