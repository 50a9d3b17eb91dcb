import { describe, expect, it } from 'vitest';
import { usesMdxSyntax } from '../../src/schemas/markdown-only';
import { splitTables } from '../../src/utils/html-tables';

describe('usesMdxSyntax', () => {
  it('leaves plain Markdown (lists, links, tables, emphasis) to the Markdown renderer', () => {
    const body = '## Ask for advice\n\n- Say *why* you ask.\n- Read [the guide](https://example.com/a?b=c).\n\n| Instead of | Try |\n| --- | --- |\n| Any job? | Lab work in Turku? |\n';
    expect(usesMdxSyntax(body)).toBe(false);
  });

  it.each([
    ['a component', 'Text\n\n<Callout>Note</Callout>\n'],
    ['an HTML element', 'Line<br />break'],
    ['an autolink, which MDX refuses', 'See <https://example.com>.'],
    ['an expression', 'It is {new Date().getFullYear()}.'],
    ['an MDX comment', '{/* editor note */}\nText'],
    ['an import', "import Callout from '../components/Callout.astro';\n\nText"],
    ['an export', 'export const year = 2026;\n\nText'],
  ])('sends a body with %s to MDX', (_, body) => {
    expect(usesMdxSyntax(body)).toBe(true);
  });

  it('does not mistake a sentence starting with "Important" for an import', () => {
    expect(usesMdxSyntax('Important: bring your CV.\nExporting is easy.')).toBe(false);
  });
});

describe('splitTables', () => {
  it('splits out the inside of each table, keeping everything around it in order', () => {
    const html = '<p>Before</p>\n<table>\n<thead><tr><th>A</th></tr></thead>\n</table>\n<p>Between</p><table><tbody><tr><td>1</td></tr></tbody></table>';
    expect(splitTables(html)).toEqual([
      { html: '<p>Before</p>\n' },
      { table: '\n<thead><tr><th>A</th></tr></thead>\n' },
      { html: '\n<p>Between</p>' },
      { table: '<tbody><tr><td>1</td></tr></tbody>' },
    ]);
  });

  it('gives HTML without tables back whole', () => {
    expect(splitTables('<p>No table</p>')).toEqual([{ html: '<p>No table</p>' }]);
    expect(splitTables('')).toEqual([]);
  });
});
