import { getCollection } from 'astro:content';
import type { Locale } from './locales';
import { guideHref } from './routes';

/** What a link to a guide needs: its address, title and summary in one language, and its reading order. */
export interface GuideLink {
  key: string;
  href: string;
  title: string;
  description: string;
  order: number;
}

/** The guides of one language in reading order; a guide without `order` comes last. */
export async function getGuides(lang: Locale): Promise<GuideLink[]> {
  const guides = await getCollection('guides', (entry) => entry.id.startsWith(`${lang}/`));
  return guides
    .map(({ id, data }) => ({
      key: data.key,
      href: guideHref(id.slice(lang.length + 1), lang),
      title: data.title,
      description: data.description,
      order: data.order ?? Number.MAX_SAFE_INTEGER,
    }))
    .sort((a, b) => a.order - b.order);
}

/**
 * The guides of one language by their translation key, so tips and other content name a guide by
 * its key and always link to it in the page's language, whatever its URL words are.
 */
export async function getGuideLinks(lang: Locale): Promise<Map<string, GuideLink>> {
  return new Map((await getGuides(lang)).map((guide) => [guide.key, guide]));
}
