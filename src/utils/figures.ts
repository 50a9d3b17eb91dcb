/**
 * Where a guide's pictures go and whether its text agrees with a chart. Both work on what the
 * content gives (the Markdown body and the headings Astro's renderer lists), so a picture lands
 * after the text it belongs to and a figure changed in one place fails the build until the other
 * says the same.
 */

/** A heading of a rendered page, as Astro's Markdown renderer lists it (`rendered.metadata.headings`). */
export interface Heading { depth: number; slug: string; text: string }

/** A piece of a page body: rendered HTML as it is, or the picture placed there. */
export type BodyPart<T> = { html: string } | { figure: T };

/**
 * Splits a page body's HTML at the end of each named section (just before the next heading of the
 * same or a higher level, or at the end of the page) and puts each picture there, in the order
 * the sections come. Returns the name of a section the page does not have instead of guessing.
 */
export function placeFigures<T>(html: string, headings: Heading[], placements: Array<{ section: string; figure: T }>): BodyPart<T>[] | { missing: string } {
  const cuts: Array<{ at: number; figure: T }> = [];
  for (const { section, figure } of placements) {
    const index = headings.findIndex((heading) => heading.text === section);
    const heading = headings[index];
    if (!heading) return { missing: section };
    const next = headings.slice(index + 1).find((later) => later.depth <= heading.depth);
    const at = next ? html.indexOf(`<h${next.depth} id="${next.slug}"`) : html.length;
    cuts.push({ at: at < 0 ? html.length : at, figure });
  }
  cuts.sort((a, b) => a.at - b.at);
  const parts: BodyPart<T>[] = [];
  let last = 0;
  for (const { at, figure } of cuts) {
    if (at > last) parts.push({ html: html.slice(last, at) });
    parts.push({ figure });
    last = at;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}

/** The Markdown of one section: from its heading to the next heading of the same or a higher level. */
export function markdownSection(body: string, title: string): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^#{2,6} /.test(line) && line.replace(/^#+ /, '').trim() === title);
  if (start < 0) return undefined;
  const depth = (lines[start] ?? '').indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#{1,6} /.test(line) && line.indexOf(' ') <= depth);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/**
 * The per cent figures a text states: "23 %", "23%", "23 per cent", "23 prosenttia", and shares
 * written "1 in 5" (20). Finnish "joka viides" is not read: it is inflected too many ways.
 */
export function statedPercentages(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(/(\d+(?:[.,]\d+)?)\s?(?:%|per ?cent|prosent)/gi)) found.push(Number((match[1] ?? '').replace(',', '.')));
  for (const match of text.matchAll(/\b(\d+) in (\d+)\b/g)) found.push((100 * Number(match[1])) / Number(match[2]));
  return found;
}

/** What a bar chart states, as the text check needs it. */
export interface ChartNumbers { values: Array<{ value: number; precision: 'exact' | 'about' | 'under' }> }

/**
 * How a text disagrees with a chart: figures it states that the chart does not have, and exact
 * figures of the chart it leaves out. Empty when they agree.
 */
export function disagreements(text: string, chart: ChartNumbers): string[] {
  const known = new Set(chart.values.map(({ value }) => value));
  const stated = statedPercentages(text);
  return [
    ...stated.filter((value) => !known.has(value)).map((value) => `states ${value} %, which the chart file does not have`),
    ...chart.values.filter(({ value, precision }) => precision === 'exact' && !stated.includes(value)).map(({ value }) => `does not state ${value} %, which the chart shows`),
  ];
}
