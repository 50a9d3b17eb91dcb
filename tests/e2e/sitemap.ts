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
