import { describe, expect, it } from 'vitest';
import { renderPlainMarkdown, usesMdxSyntax } from '../../src/schemas/markdown-only';
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
    ['an indented line, code in Markdown but a paragraph in MDX', 'Text\n\n    npm install'],
    ['an indented line in a quote', 'Text\n\n>     npm install'],
    ['a tab after spaces', 'Text\n\n \tnpm install'],
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

describe('renderPlainMarkdown', () => {
  type Entry = { id: string; filePath: string; body: string; data: object; deferredRender: boolean; rendered?: { html: string } };
  const loaderContext = (entries: Entry[], renderMarkdown: (body: string) => Promise<unknown>) => {
    const stored = new Map(entries.map((entry) => [entry.id, entry]));
    const store = {
      values: () => [...stored.values()],
      delete: (id: string) => stored.delete(id),
      set: (entry: Entry) => stored.set(entry.id, entry),
    };
    const context = { store, renderMarkdown, config: { root: new URL('file:///site/') } } as unknown as Parameters<typeof renderPlainMarkdown>[0];
    return { stored, context };
  };
  const entry = (id: string, body: string): Entry => ({ id, filePath: `content/guides/${id}.mdx`, body, data: {}, deferredRender: true });

  it('gives plain Markdown ready HTML and leaves MDX syntax and images to MDX', async () => {
    const { stored, context } = loaderContext(
      [entry('en/plain', '## Ask'), entry('en/component', '<Callout />'), entry('en/image', '![Map](./map.png)')],
      async (text) => {
        const body = text.replace('---\n---\n', '');
        return { html: `<p>${body}</p>`, metadata: { imagePaths: body.startsWith('![') ? ['./map.png'] : [] } };
      },
    );
    await renderPlainMarkdown(context);
    expect(stored.get('en/plain')).toMatchObject({ deferredRender: false, rendered: { html: '<p>## Ask</p>' } });
    for (const id of ['en/component', 'en/image']) {
      expect(stored.get(id)?.deferredRender, id).toBe(true);
      expect(stored.get(id)?.rendered, id).toBeUndefined();
    }
  });

  it('names the file when the Markdown renderer fails', async () => {
    const { context } = loaderContext([entry('fi/rikki', 'Teksti')], async () => {
      throw new Error('unexpected end');
    });
    await expect(renderPlainMarkdown(context)).rejects.toThrow('content/guides/fi/rikki.mdx: unexpected end');
  });
});
