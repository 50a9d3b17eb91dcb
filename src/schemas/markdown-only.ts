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
 * starting with `import` or `export` (ESM), or a line indented by four spaces or a tab, also inside
 * a quote (code in Markdown, a paragraph in MDX). Deliberately broad: a false alarm only costs build
 * time, a miss would print a component's tag as text.
 */
export function usesMdxSyntax(body: string): boolean {
  return /[<{]|^(?:import|export)\s|^[ \t>]*(?: {4}|\t)/m.test(body);
}

/**
 * Replaces the MDX module the glob loader left to compile (`deferredRender`) with ready HTML, for
 * every entry whose body is plain Markdown. An entry using MDX syntax keeps its module, and so
 * does one with images: Astro resolves a Markdown image only when `render()` runs, which a page
 * printing the HTML itself would skip. In `astro dev` a file reloaded after an edit goes through
 * MDX, which renders the same page.
 *
 * The HTML is kept in the content cache with the entry until its file changes, so after changing
 * these rules build once with a fresh cache (`rm -rf node_modules/.astro`). A page printing this
 * HTML never calls `render()`, so Astro does not learn which entry it used; that would matter only
 * to an incremental build, which this site does not turn on.
 */
export async function renderPlainMarkdown({ store, renderMarkdown, config }: Pick<LoaderContext, 'store' | 'renderMarkdown' | 'config'>): Promise<void> {
  for (const entry of [...store.values()]) {
    if (!entry.deferredRender || !entry.filePath || usesMdxSyntax(entry.body ?? '')) continue;
    // renderMarkdown reads front matter again, and the body has none: an empty block in front keeps a
    // body that opens with a `---` rule from losing its text up to the next `---`.
    const rendered = await renderMarkdown(`---\n---\n${entry.body ?? ''}`, { fileURL: new URL(entry.filePath, config.root) }).catch((error: unknown) => {
      throw new Error(`${entry.filePath}: ${error instanceof Error ? error.message : String(error)}`);
    });
    if ((rendered.metadata?.imagePaths?.length ?? 0) > 0) continue;
    // The store keeps an entry whose digest is unchanged, so the MDX one has to go first.
    store.delete(entry.id);
    store.set({ ...entry, deferredRender: false, rendered });
  }
}
