import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContent } from './sync';

const guide = (lang: 'en' | 'fi', file: string) => readFileSync(`tests/fixtures/valid/guides/${lang}/${file}`, 'utf8');
const table = '\n\n| Instead of this | Try this |\n| --- | --- |\n| Any jobs? | Lab work in Turku? |\n';

describe('guide bodies', () => {
  // Plain Markdown skips MDX (src/schemas/markdown-only.ts); a body with MDX syntax still goes through it.
  it('in plain Markdown are rendered while content loads, with MDX syntax compiled, and both show text, headings and tables in their scroll box', () => {
    const pages = ['en/guides/first-steps/index.html', 'fi/oppaat/ensiaskeleet/index.html'];
    const { ok, output, pages: built, storedText } = buildContent({
      // Opening with a rule: the Markdown renderer must not take the text up to the next rule for front matter.
      'guides/en/first-steps.mdx': guide('en', 'first-steps.mdx').replace(/\n---\n/, '\n---\n---\n\nKept above the rule.\n\n---\n\n') + table,
      'guides/fi/ensiaskeleet.mdx': `${guide('fi', 'ensiaskeleet.mdx')}\nLaskettu: {6 * 7} vinkkiä.${table}`,
    }, pages);
    expect(ok, output).toBe(true);
    // Which way each went: only HTML rendered while loading is kept in the content cache.
    expect(storedText.some((text) => text.includes('<p>Kept above the rule.</p>'))).toBe(true);
    expect(storedText.some((text) => text.includes('<p>Laskettu'))).toBe(false);
    const [markdown = '', mdx = ''] = pages.map((page) => built[page] ?? '');
    expect(mdx).toContain('Laskettu: 42 vinkkiä.');
    expect(markdown).toContain('Kept above the rule.');
    for (const html of [markdown, mdx]) {
      expect(html).toMatch(/<section class="table-scroll" aria-label="[^"]+" tabindex="0"[^>]*>\s*<table[^>]*>\s*<thead>/);
      expect(html).toContain('Lab work in Turku?</td>');
      expect(html).toMatch(/<h2 id="[^"]+">/);
    }
  });
});
