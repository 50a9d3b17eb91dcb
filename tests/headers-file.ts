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
