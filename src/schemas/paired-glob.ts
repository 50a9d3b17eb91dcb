import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { renderPlainMarkdown } from './markdown-only';

/**
 * The glob loader for pages kept one file per language (`<lang>/<slug>.mdx`). The content gate
 * checks that they pair up between languages (src/i18n/pairing.ts) once everything has loaded, so
 * no page is ever rendered half-translated. Files in plain Markdown are rendered here too, without
 * MDX (markdown-only.ts).
 */
export function pairedGlob(options: { base: string; pattern: string }): Loader {
  // Keep the file path as the id, unaltered, so the pairing check sees names Astro would otherwise
  // lowercase and silently merge.
  const inner = glob({ ...options, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });
  return {
    ...inner,
    name: 'paired-glob',
    async load(context) {
      await inner.load(context);
      await renderPlainMarkdown(context);
    },
  };
}
