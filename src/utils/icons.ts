/**
 * The site's icons as SVG path data on a 24 × 24 grid, drawn with a 2 px round stroke in the text
 * colour (`Icon.astro`). Inline paths instead of image files: no request, they follow the colour
 * scheme, and a few hundred bytes of them gzip to almost nothing. Each section of the navigation
 * has one, named like the section in `src/i18n/routes.ts`, so the header and the home page's cards
 * show the same picture for the same place.
 */
export const iconPaths = {
  guides: 'M3 5.5c2-1 5.5-1 9 1 3.5-2 7-2 9-1v13c-2-1-5.5-1-9 1-3.5-2-7-2-9-1zM12 6.5v13',
  tips: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.7.5 1.1 1.3 1.1 2.2h5c0-.9.4-1.7 1.1-2.2A6 6 0 0 0 12 3z',
  toolkit: 'M3 9h18v10H3zM8 9V6.5C8 5.7 8.7 5 9.5 5h5c.8 0 1.5.7 1.5 1.5V9M3 13.5h18M10 12v3h4v-3',
  checklist: 'M4 4h16v16H4zM8 12.5l3 3 5-6.5',
  mentoring: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M16.5 5.5a2.8 2.8 0 0 1 0 5.5M18 14.5c1.8.8 3 2.9 3 5.5',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 21 21',
  menu: 'M4 6.5h16M4 12h16M4 17.5h16',
  /** Situations on the home page. */
  arrived: 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21zM12 12a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  jobSearch: 'M3 8h18v11H3zM8 8V5.5C8 4.7 8.7 4 9.5 4h5c.8 0 1.5.7 1.5 1.5V8M3 13h18',
  newJob: 'M12 21v-8M12 13c0-4 3-6.5 7-6.5 0 4-3 6.5-7 6.5zM12 15.5c0-3-2.5-5.5-6-5.5 0 3 2.5 5.5 6 5.5z',
} as const satisfies Record<string, string>;

export type IconName = keyof typeof iconPaths;
