/** One rule of a `_headers` file: a path pattern (a trailing `*` matches the rest) and its headers. */
export interface HeaderRule {
  pattern: string;
  /** Header names in lower case, as HTTP treats them. */
  headers: Map<string, string>;
}

/** The rules of a `_headers` file (public/_headers, copied into the build), as Netlify and Cloudflare Pages read them. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: new Map() });
    else {
      const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      rules.at(-1)?.headers.set(name.toLowerCase(), value.trim());
    }
  }
  return rules;
}

/**
 * The headers a host sends for a path under these rules, as Netlify and Cloudflare Pages apply
 * them: every matching rule in order (a trailing `*` matches the rest), later ones adding to earlier.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => Object.fromEntries(rule.headers)));
}
