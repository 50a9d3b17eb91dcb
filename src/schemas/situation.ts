import { z } from 'astro/zod';
import { navSections } from '../i18n/nav-sections';
import { iconPaths, type IconName } from '../utils/icons';
import { kebabId } from './common';

const situationText = z.strictObject({
  /** In the reader's words, e.g. "I have just moved to Finland". */
  title: z.string().min(5).max(60),
  /** One short sentence on what the links below help with. */
  text: z.string().min(20).max(160),
});

/**
 * One "where do I start" card on the home page (content/home/situations.yaml, in the order
 * shown): the reader's situation in both languages and the two or three most useful places to go.
 * Guide keys and tip ids are checked against the content where the home page renders
 * (src/utils/situations.ts), because a schema cannot see other collections.
 */
export const situationSchema = z.strictObject({
  id: kebabId,
  icon: z.enum(Object.keys(iconPaths) as [IconName, ...IconName[]]),
  /** Keys of guides (the `key` in their front matter), most useful first. */
  guides: z.array(kebabId).max(3).default([]),
  /** Ids of tips (their file names in content/tips/). */
  tips: z.array(kebabId).max(2).default([]),
  /** Sections of the site (guides, tips, checklist, …) that help in this situation. */
  sections: z.array(z.enum(navSections)).max(2).default([]),
  en: situationText,
  fi: situationText,
}).refine((situation) => situation.guides.length + situation.tips.length + situation.sections.length >= 2, {
  message: 'give at least two places to go (guides, tips or sections)',
  path: ['guides'],
});
