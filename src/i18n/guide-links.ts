import { getCollection } from 'astro:content';
import type { Locale } from './locales';
import { guideHref } from './routes';

/** What a link to a guide needs: its address and title in one language, and its reading order. */
export interface GuideLink {
  href: string;
  title: string;
  order: number;
}

/**
 * The guides of one language by their translation key, so tips and other content name a guide by
 * its key and always link to it in the page's language, whatever its URL words are.
 */
export async function getGuideLinks(lang: Locale): Promise<Map<string, GuideLink>> {
  const guides = await getCollection('guides', (entry) => entry.id.startsWith(`${lang}/`));
  return new Map(
    guides.map((guide) => [
      guide.data.key,
      { href: guideHref(guide.id.slice(lang.length + 1), lang), title: guide.data.title, order: guide.data.order ?? Number.MAX_SAFE_INTEGER },
    ]),
  );
}
