import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { parseHeaderRules } from '../headers-file';
import { builtFile, builtPages, distDir, fileToPath, parsePage, pathToFile } from './built-site';

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
/** A policy as directive → sources, so two policies can be compared whatever their order. */
const parsePolicy = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [String(name), sources]));

const headersFile = builtFile('_headers');
const rules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];
const everywhere = rules.find((rule) => rule.pattern === '/*')?.headers ?? new Map<string, string>();
/** Every file a host would serve, as its URL path. */
const servedPaths = globSync('**/*', { cwd: distDir, withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith('_'))
  .map((entry) => fileToPath(`${entry.parentPath}/${entry.name}`));

describe('_headers for static hosts', () => {
  it('is in the build', () => {
    expect(existsSync(headersFile), headersFile).toBe(true);
  });

  it('sends the security headers with every response', () => {
    expect(everywhere.get('x-content-type-options')).toBe('nosniff');
    expect(everywhere.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(everywhere.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(everywhere.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(everywhere.get('permissions-policy')).toMatch(/microphone=\(\)/);
    const policy = parsePolicy(everywhere.get('content-security-policy') ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toBeDefined();
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('has a Content-Security-Policy as strict as each page\'s own, apart from the per-page hashes', () => {
    const header = parsePolicy(everywhere.get('content-security-policy') ?? '');
    const problems = builtPages().flatMap((page) => {
      const meta = String(parsePage(page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')?.value ?? '');
      if (!meta) return [`${page.path}: no CSP <meta>`];
      return [...parsePolicy(meta)].flatMap(([directive, sources]) => {
        const expected = sources.filter((source) => !source.startsWith("'sha"));
        const actual = (header.get(directive) ?? []).filter((source) => !(directive === 'style-src' && source === "'unsafe-inline'"));
        return expected.join(' ') === actual.join(' ') ? [] : [`${page.path} ${directive}: page has "${expected.join(' ')}", _headers "${actual.join(' ')}"`];
      });
    });
    expect([...new Set(problems)]).toEqual([]);
  });

  it("lists in each page's own policy exactly the hashes of that page's inline styles, and no script hash", () => {
    // The page's elements as html-validate's parser finds them, independent of src/integrations/page-csp.ts.
    const problems = builtPages().flatMap((page) => {
      const document = parsePage(page);
      const policy = parsePolicy(String(document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')?.value ?? ''));
      const styles = document.querySelectorAll('style').map((style) => `'sha256-${createHash('sha256').update(style.textContent).digest('base64')}'`);
      const listed = (policy.get('style-src') ?? []).filter((source) => source.startsWith("'sha"));
      const scriptHashes = (policy.get('script-src') ?? []).filter((source) => source.startsWith("'sha"));
      return [
        ...(listed.toSorted().join(' ') === [...new Set(styles)].toSorted().join(' ') ? [] : [`${page.path}: style-src lists ${listed.length} hashes for ${styles.length} inline styles`]),
        ...(scriptHashes.length === 0 ? [] : [`${page.path}: script-src lists ${scriptHashes.length} hashes, and the site has no inline scripts`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('gives each served file at most one Cache-Control rule, since some hosts join the values of overlapping rules', () => {
    const overlapping = servedPaths.filter((path) => rules.filter((rule) => rule.headers.has('cache-control') && matches(rule.pattern, path)).length > 1);
    expect(overlapping).toEqual([]);
  });

  it('caches hashed files for a year and makes pages revalidate', () => {
    const cacheControl = (path: string) => rules.find((rule) => rule.headers.has('cache-control') && matches(rule.pattern, path))?.headers.get('cache-control') ?? '';
    const hashed = servedPaths.filter((path) => path.startsWith('/_astro/') || /^\/pagefind\/(fragment|index|filter)\//.test(path));
    expect(hashed.length).toBeGreaterThan(0);
    for (const path of hashed) expect(cacheControl(path), path).toMatch(/max-age=31536000.*immutable/);
    for (const page of builtPages()) expect(cacheControl(page.path), page.path).toMatch(/max-age=0, must-revalidate/);
  });
});

describe('404 pages for static hosts', () => {
  const redirects = existsSync(builtFile('_redirects')) ? readFileSync(builtFile('_redirects'), 'utf8') : '';

  it('Netlify\'s _redirects sends unknown addresses in each language to that language\'s 404 page, with status 404', () => {
    for (const lang of locales) {
      const [, target] = new RegExp(`^/${lang}/\\*\\s+(\\S+)\\s+404\\s*$`, 'm').exec(redirects) ?? [];
      expect(target, `/${lang}/* rule`).toBeDefined();
      expect(pathToFile(String(target)), `${String(target)} is built`).toBeDefined();
    }
  });

  it('each language folder has a 404.html in its language, for hosts that serve the nearest one', () => {
    for (const lang of locales) {
      const page = builtPages().find((candidate) => candidate.path === `/${lang}/404.html`);
      expect(page, `/${lang}/404.html`).toBeDefined();
      expect(page && parsePage(page).querySelector('html')?.getAttribute('lang')?.value).toBe(lang);
    }
    expect(pathToFile('/404.html')).toBeDefined();
  });
});
