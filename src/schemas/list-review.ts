import { z } from 'astro/zod';
import { pastDate } from './common';

/** The long list pages whose review date lives in content/list-reviews.yaml. */
export const reviewedLists = ['tips', 'guides', 'sources'] as const;

/**
 * When an editor last went through a whole list page (every tip, the guide list, every source), so
 * the page can say "Page last reviewed" as guides do. One entry per list in content/list-reviews.yaml;
 * the items themselves carry no date, and a build date would claim a review nobody made.
 */
export const listReviewSchema = z.strictObject({
  id: z.enum(reviewedLists),
  reviewed: pastDate,
});
