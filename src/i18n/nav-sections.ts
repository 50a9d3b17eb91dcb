import type { IconName } from '../utils/icons';
import type { Section } from './routes';

/**
 * The sections readers come for, in the order the header's menu and the home page's cards show
 * them. One list, so the navigation and the home page cannot disagree; each has an icon of the
 * same name (src/utils/icons.ts), a label `nav.<section>` and a home-card text `home.<section>`.
 */
export const navSections = ['guides', 'tips', 'toolkit', 'checklist', 'mentoring', 'search'] as const satisfies ReadonlyArray<Section & IconName>;

export type NavSection = (typeof navSections)[number];
