/** A piece of rendered Markdown: HTML to print as it is, or the inside of a `<table>`. */
export type HtmlPart = { html: string } | { table: string };

/**
 * Splits HTML written by Astro's Markdown renderer into tables and what lies between them, so a
 * page can put each table in its ScrollTable box as MDX pages do. The renderer writes every table
 * as a bare `<table>` and Markdown tables cannot nest, so the first `</table>` always closes it.
 */
export function splitTables(html: string): HtmlPart[] {
  const parts: HtmlPart[] = [];
  let last = 0;
  for (const match of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    if (match.index > last) parts.push({ html: html.slice(last, match.index) });
    parts.push({ table: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}
