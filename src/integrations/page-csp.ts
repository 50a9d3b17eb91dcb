import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';

/**
 * Astro's Content-Security-Policy lists, on every page, the hash of every inline stylesheet of the
 * whole build and of every bundled script. With one route file per view that came to 26 style and
 * 7 script hashes per page, about 1.1 KB gzip of random characters that no compression shrinks,
 * on pages with a 14 KB first-response budget. A page needs only the hashes of its own inline
 * `<style>` and `<script>` elements: scripts from files are allowed by `'self'`, and the site has
 * no inline scripts at all (tests/e2e/security.spec.ts). So each page's policy is cut to its own.
 *
 * The elements are found with a regular expression, not a parser, because the input is Astro's
 * own output and a `<style>` or `<script>` element's text ends at the first `</style>` or
 * `</script>` by the rules of HTML; tests/dist/deploy-files.test.ts checks every built page's
 * policy against the elements html-validate's parser finds.
 */

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const inlineElement = (tag: 'style' | 'script') => new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');

/** The CSP source for a text's SHA-256 hash, as browsers compute it. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The hashes of the inline elements of one kind a page has (a script with `src` is not inline). */
export function inlineHashes(html: string, tag: 'style' | 'script'): string[] {
  const hashes = [...html.matchAll(inlineElement(tag))]
    .filter(([, attributes = '']) => !/\bsrc=/i.test(attributes) && !/type="application\/(ld\+)?json"/i.test(attributes))
    .map(([, , text = '']) => sha256Source(text));
  return [...new Set(hashes)];
}

/** A directive's sources without its hashes, then the given ones. */
function withHashes(directive: string, hashes: string[]): string {
  const [name, ...sources] = directive.trim().split(/\s+/);
  return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source)), ...hashes].join(' ');
}

/** The page with its policy's style and script hashes replaced by those of its own inline elements. */
export function withOwnHashes(html: string): string {
  return html.replace(policyMeta, (_match, start: string, policy: string, end: string) => {
    const own = { 'style-src': inlineHashes(html, 'style'), 'script-src': inlineHashes(html, 'script') };
    const directives = policy.split(';').filter((directive) => directive.trim()).map((directive) => {
      const name = directive.trim().split(/\s+/)[0] as string;
      return name in own ? withHashes(directive, own[name as keyof typeof own]) : directive.trim();
    });
    return `${start}${directives.join('; ')}${end}`;
  });
}

/** Adds the middleware that does this to builds (the dev server sends no policy). */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./page-csp-middleware.ts', import.meta.url), order: 'post' });
      },
    },
  };
}
