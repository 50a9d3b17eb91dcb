import type { APIRequestContext } from '@playwright/test';

/** Every page path in the built sitemap, so browser tests cover pages as they are added. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(String(url)).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(...[...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(String(url)).pathname));
  }
  return paths;
}

/** Pages the sitemap leaves out on purpose: the 404 pages (the root one answers any unknown address). */
export const notInSitemap = ['/en/404/', '/fi/404/', '/no-such-page/'];

/** Every page a reader can land on: the sitemap and the 404 pages. */
export async function everyPage(request: APIRequestContext): Promise<string[]> {
  return [...(await sitemapPaths(request)), ...notInSitemap];
}

/** Guide pages share one template, so for slow checks one guide per language stands for the rest. */
export function onePerTemplate(paths: string[]): string[] {
  const guide = /^\/(en\/guides|fi\/oppaat)\/[^/]+\/$/;
  return paths.filter((path, index) => !guide.test(path) || paths.findIndex((other) => guide.test(other) && other.slice(0, 3) === path.slice(0, 3)) === index);
}
