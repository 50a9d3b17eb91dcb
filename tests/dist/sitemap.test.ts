import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFile } from './built-site';

const sitemap = readFileSync(builtFile('sitemap-0.xml'), 'utf8');
const urls = [...sitemap.matchAll(/<url>(.*?)<\/url>/g)].map(([, body]) => String(body));

describe('sitemap', () => {
  it('lists pages in both languages and leaves out the 404 pages', () => {
    expect(urls.some((url) => url.includes('/fi/vinkit/'))).toBe(true);
    expect(urls.some((url) => url.includes('/en/tips/'))).toBe(true);
    expect(urls.some((url) => url.includes('/404/'))).toBe(false);
  });

  it('gives every language page its pair of hreflang alternates', () => {
    for (const url of urls.filter((entry) => /\/(en|fi)\//.test(entry))) {
      expect(url, url).toMatch(/hreflang="en"/);
      expect(url, url).toMatch(/hreflang="fi"/);
    }
  });

  it('pairs a Finnish guide with its English counterpart, whose URL words differ', () => {
    const finnish = urls.find((url) => url.includes('<loc>https://') && /\/fi\/oppaat\/[a-z]/.test(url.slice(0, 120)));
    expect(finnish).toMatch(/hreflang="en" href="[^"]+\/en\/guides\/[a-z]/);
  });
});
