import { z } from 'astro/zod';
import { sectionSlugs, type Section } from '../i18n/routes';
import { kebabId } from './common';

/** The pages under the toolkit (their English URL starts `toolkit/`): only these can be listed on the hub. */
export const toolPages = (Object.keys(sectionSlugs) as Section[]).filter((section) => sectionSlugs[section].en.startsWith('toolkit/'));

const toolText = z.strictObject({
  /** The tool's name, also the link text on the hub. */
  title: z.string().min(3).max(60),
  /** One or two sentences on the hub: what the reader can do with it. */
  description: z.string().min(40).max(240),
  /** For the Your data page: what the tool keeps in the browser, in one sentence. */
  keeps: z.string().min(10).max(200).optional(),
});

/**
 * One tool on the toolkit hub (`content/toolkit/<file>.yaml`). A tool helper adds one file when
 * its page lands; the hub lists the files in `order`, and the Your data page says what each keeps.
 */
export const toolkitToolSchema = z.strictObject({
  /** The route key of the tool's page in src/i18n/routes.ts, e.g. `yourData`. */
  page: z.string().refine((page) => (toolPages as string[]).includes(page), { error: `must be the route key of a page under the toolkit: ${toolPages.join(', ')}` }),
  order: z.number().int(),
  /**
   * The tool name its record types use in the personal-data layer (`tool: 'network'`), so the
   * Your data page can count its records under this title. Absent for a tool that keeps nothing.
   */
  tool: kebabId.optional(),
  en: toolText,
  fi: toolText,
});
