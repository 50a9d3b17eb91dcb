/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpts are HTML: page text with `<` and `>` escaped and matches wrapped in
 * `<mark>`. Rather than trusting that as HTML, only the `<mark>` tags are read; everything else
 * becomes plain text, so a page (or a query) containing markup can never inject any.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>' || token === '</mark>') {
      marked = token === '<mark>';
      continue;
    }
    const text = token.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text) parts.push({ text, marked });
  }
  return parts;
}
