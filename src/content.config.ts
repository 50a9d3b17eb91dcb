import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { gateCollections } from './content-checks/gate';
import { checklistSchema } from './schemas/checklist';
import { figureSchema } from './schemas/figure';
import { introSchema } from './schemas/intro';
import { listReviewSchema } from './schemas/list-review';
import { mentoringSchema } from './schemas/mentoring';
import { messageSchema } from './schemas/message';
import { pairedGlob } from './schemas/paired-glob';
import { pageSchema } from './schemas/page';
import { planSchema } from './schemas/plan';
import { situationSchema } from './schemas/situation';
import { sourceSchema } from './schemas/source';
import { tipSchema } from './schemas/tip';
import { toolkitToolSchema } from './schemas/toolkit';

/**
 * Content lives at the top level in `content/` so editors never open `src/`.
 * CONTENT_DIR points a build at fixture content, which is how tests prove that bad input stops it.
 */
const root = process.env['CONTENT_DIR'] ?? './content';

/**
 * Every collection goes through the content gate (src/content-checks/gate.ts): a mistake in any of
 * them stops the build with one line per problem, all problems together. A collection added here
 * is checked the same way without code of its own.
 */
export const collections = gateCollections({
  guides: defineCollection({ loader: pairedGlob({ base: `${root}/guides`, pattern: '**/*.mdx' }), schema: pageSchema }),
  pages: defineCollection({ loader: pairedGlob({ base: `${root}/pages`, pattern: '**/*.mdx' }), schema: pageSchema }),
  tips: defineCollection({ loader: glob({ base: `${root}/tips`, pattern: '*.yaml' }), schema: tipSchema }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  /** One file per checklist (the LinkedIn one is `linkedin`), both languages in it. */
  checklists: defineCollection({ loader: glob({ base: `${root}/checklist`, pattern: '*.yaml' }), schema: checklistSchema }),
  /** One mentoring programme per file, both languages in it. */
  mentoring: defineCollection({ loader: glob({ base: `${root}/mentoring`, pattern: '*.yaml' }), schema: mentoringSchema }),
  /** The My plan tool's prompts, examples, lists and templates (one file, `my-plan`), both languages in it. */
  plans: defineCollection({ loader: glob({ base: `${root}/plan`, pattern: '*.yaml' }), schema: planSchema }),
  /** One message situation per file (content/messages/<id>.yaml), both languages and every variant in it. */
  messages: defineCollection({ loader: glob({ base: `${root}/messages`, pattern: '*.yaml' }), schema: messageSchema }),
  /** The tools listed on the toolkit hub, one file per tool, both languages in it. */
  toolkit: defineCollection({ loader: glob({ base: `${root}/toolkit`, pattern: '*.yaml' }), schema: toolkitToolSchema }),
  /** Short editable introductions above a section's list, one file per language. */
  intros: defineCollection({ loader: pairedGlob({ base: `${root}/intros`, pattern: '**/*.mdx' }), schema: introSchema }),
  /** When each long list page (tips, guide list, sources) was last reviewed as a whole. */
  listReviews: defineCollection({ loader: file(`${root}/list-reviews.yaml`), schema: listReviewSchema }),
  /** The home page's "where do you want to start" cards, in order, both languages in each. */
  /** Pictures drawn as SVG with the same facts as text (charts, circles, steps), one per file, both languages in it. */
  figures: defineCollection({ loader: glob({ base: `${root}/figures`, pattern: '*.yaml' }), schema: figureSchema }),
  situations: defineCollection({ loader: file(`${root}/home/situations.yaml`), schema: situationSchema }),
}, root);
