/**
 * What the build's middleware (built-pages-middleware.ts) sends the search index
 * (search-index.ts) for each page it renders, over a BroadcastChannel of this name: the two live
 * in different module graphs of one process (the site's bundle and Astro's configuration), and a
 * channel is how such parts of a process talk without sharing a module.
 */
export const builtPagesChannel = 'networking-guide:built-pages';

export interface BuiltPage {
  /** Where the page is written in the build folder, e.g. `en/tips/index.html`. */
  file: string;
  html: string;
}

/**
 * The file `astro build` writes a page to, from its address: `/en/tips/` → `en/tips/index.html`
 * (`build.format: 'directory'`). Error pages are the exception: Astro writes `/404/` as `404.html`,
 * where hosts look for it.
 */
export function pageFile(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\//, '');
  if (/^(404|500)\/?$/.test(path)) return `${path.replace(/\/$/, '')}.html`;
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}
