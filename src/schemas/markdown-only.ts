import type { LoaderContext } from 'astro/loaders';

/**
 * Rendering `.mdx` files that are plain Markdown as Markdown.
 *
 * Editors write guides and pages as `.mdx`, so a component is there when one is needed, but nearly
 * every file is plain Markdown. MDX turns each file into a JavaScript module that Vite compiles and
 * bundles and the build then runs: in the benchmark's 4,000-page build that was 31 of 120 seconds,
 * and running the modules cost more than printing ready HTML. Astro's Markdown renderer writes the
 * same HTML for plain Markdown (compared on every real guide: only a line break between tags
 * differs) while content loads, so those files skip MDX altogether.
 */

/**
 * Whether Markdown text uses anything MDX reads differently from Markdown: `<` (a JSX element; MDX
 * also refuses HTML and `<https://…>` links), `{` (an expression, or a `{/* comment *\/}`), a line
 * starting with `import` or `export` (ESM), or a line indented by four spaces or a tab (code in
 * Markdown, a paragraph in MDX). Deliberately broad: a false alarm only costs build time, a miss
 * would print a component's tag as text.
 */
export function usesMdxSyntax(body: string): boolean {
  return /[<{]|^(?:import|export)\s|^(?: {4}|\t)/m.test(body);
}

/**
 * Replaces the MDX module the glob loader left to compile (`deferredRender`) with ready HTML, for
 * every entry whose body is plain Markdown. An entry using MDX syntax keeps its module, and so
 * does one with images: Astro resolves a Markdown image only when `render()` runs, which a page
 * printing the HTML itself would skip. In `astro dev` a file reloaded after an edit goes through
 * MDX, which renders the same page.
 */
export async function renderPlainMarkdown({ store, renderMarkdown, config }: Pick<LoaderContext, 'store' | 'renderMarkdown' | 'config'>): Promise<void> {
  for (const entry of [...store.values()]) {
    if (!entry.deferredRender || !entry.filePath || usesMdxSyntax(entry.body ?? '')) continue;
    const rendered = await renderMarkdown(entry.body ?? '', { fileURL: new URL(entry.filePath, config.root) }).catch((error: unknown) => {
      throw new Error(`${entry.filePath}: ${error instanceof Error ? error.message : String(error)}`);
    });
    if ((rendered.metadata?.imagePaths?.length ?? 0) > 0) continue;
    // The store keeps an entry whose digest is unchanged, so the MDX one has to go first.
    store.delete(entry.id);
    store.set({ ...entry, deferredRender: false, rendered });
  }
}
