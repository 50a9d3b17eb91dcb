import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';

/** The folder the build wrote to (OUT_DIR lets parallel builds use their own). */
export const distDir = process.env['OUT_DIR'] ?? 'dist';

export const builtFile = (...parts: string[]) => join(distDir, ...parts);

/**
 * Generated reports (the external-link list) go beside the build, never into it: everything in
 * the build folder is uploaded to the host. With the default `dist` this is `dist-reports/`.
 */
export const reportsDir = process.env['REPORTS_DIR'] ?? join(distDir, '..', 'dist-reports');

/** One built HTML file and the address a reader opens it at. */
export interface BuiltPage {
  /** The URL path: `/en/tips/` for `en/tips/index.html`, `/404.html` for `404.html`. */
  path: string;
  file: string;
  html: string;
}

/** The URL path a static host serves a built file at (directory pages end in a slash). */
export function fileToPath(file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The built file a URL path opens, or undefined. Exact on purpose: with `trailingSlash: 'always'`
 * a page link without its slash (`/en/tips`) is a broken link, as it is on most static hosts.
 */
export function pathToFile(path: string): string | undefined {
  const file = path.endsWith('/') ? builtFile(path, 'index.html') : builtFile(path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

let pages: BuiltPage[] | undefined;
/** Every HTML page of the build, 404 pages and the bilingual root included. */
export function builtPages(): BuiltPage[] {
  pages ??= globSync('**/*.html', { cwd: distDir })
    .map((name) => join(distDir, name))
    .sort()
    .map((file) => ({ path: fileToPath(file), file, html: readFileSync(file, 'utf8') }));
  if (pages.length === 0) throw new Error(`No HTML in ${distDir}: build first (OUT_DIR=${distDir} npx --no astro build).`);
  return pages;
}

/** The project's html-validate settings, given explicitly: a build outside the project (OUT_DIR in /tmp) would not find them. */
export const htmlValidate = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

const parser = new Parser(await htmlValidate.getConfigFor('page.html'));
const documents = new Map<string, HtmlElement>();
/** The page as a DOM with querySelector, parsed once per test file. */
export function parsePage(page: BuiltPage): HtmlElement {
  let document = documents.get(page.path);
  if (!document) {
    document = parser.parseHtml(page.html);
    documents.set(page.path, document);
  }
  return document;
}

/** Text as a reader sees it: runs of whitespace collapsed. */
export const readableText = (element: HtmlElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
