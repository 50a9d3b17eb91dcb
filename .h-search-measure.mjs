// Temporary: measures the search with the benchmark's own module against this helper's build.
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './bench/chromium.mjs';
import { measureSearch } from './bench/search.mjs';
import { startStaticServer } from './bench/static-server.mjs';
const server = await startStaticServer({ root: '/tmp/h-search/dist', port: 4913 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
for (const [path, qs] of [['/fi/haku/', ['mentori', 'verkosto']], ['/en/search/', ['mentor', 'linkedin']], ['/fi/haku/', ['verkosto', 'mentori']], ['/en/search/', ['networking', 'mentor']]]) {
  const r = await measureSearch(browser, server.origin, path, qs);
  console.log(JSON.stringify(r));
}
await browser.close();
await server.close();
