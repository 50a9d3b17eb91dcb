import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { findPairingProblems } from '../i18n/pairing';
import { renderPlainMarkdown } from './markdown-only';

/**
 * The glob loader plus the translation check: after loading `<lang>/<slug>.mdx` files it stops
 * the build when a page has no counterpart, a key repeats or two files would share a URL.
 * Checking here, while content loads, means no page is ever rendered half-translated.
 * Files in plain Markdown are rendered here too, without MDX (markdown-only.ts).
 */
export function pairedGlob(options: { base: string; pattern: string }): Loader {
  // Keep the file path as the id, unaltered, so the check below sees names Astro would otherwise
  // lowercase and silently merge.
  const inner = glob({ ...options, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });
  return {
    ...inner,
    name: 'paired-glob',
    async load(context) {
      await inner.load(context);
      await renderPlainMarkdown(context);
      const files = context.store.values().map((entry) => {
        const [lang = '', ...rest] = entry.id.split('/');
        return { filePath: entry.filePath ?? entry.id, lang, key: String(entry.data['key']), slug: rest.join('/') };
      });
      const problems = findPairingProblems(files);
      if (problems.length > 0) {
        throw new Error(`Pages in ${options.base} do not pair up between languages:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
