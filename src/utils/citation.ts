/** What a short citation needs of a source in content/sources.yaml. */
export interface CitedSource {
  title: string;
  publisher: string;
  date: string;
}

/**
 * A citation short enough to follow a checklist item ("Publisher, 2023"), which links to the full
 * entry on the sources page. A source that names no publisher is cited by its title, and one with
 * no date says so in the reader's words (`unknownText`) rather than guessing.
 */
export function shortCitation(source: CitedSource, unknownText: string): string {
  const who = source.publisher === 'unknown' ? source.title : source.publisher;
  const year = source.date === 'unknown' ? unknownText : source.date.slice(0, 4);
  return `${who}, ${year}`;
}
