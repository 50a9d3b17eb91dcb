/**
 * Finnish writes compounds as one word ("ammattiverkosto", "etätapahtumassa"). Pagefind stems
 * Finnish and matches a query against the start of each indexed word, so "mentori" finds
 * "mentorointiohjelma", but nothing finds the second part: "verkosto" never reaches
 * "ammattiverkosto". The build therefore gives each Finnish record the tails of its compounds
 * ("verkosto", "tapahtumassa") as extra searchable words, with their endings kept so Pagefind
 * stems them like any other word.
 *
 * The parts are listed by hand rather than guessed, because a guess splits ordinary endings off
 * ("tavallista" is not "lista"). Add the second part of a compound here when readers should find
 * it on its own; four letters at least, and never a common word ending.
 */
export const finnishCompoundParts = [
  'haastattelu', 'hakija', 'haku', 'ilmoitus', 'järjestö', 'kahvila', 'kaveri', 'kieli',
  'kokemus', 'kortti', 'koulutus', 'kurssi', 'kutsu', 'liitto', 'mentori', 'messu', 'ohjelma',
  'paikka', 'profiili', 'puhelu', 'ryhmä', 'suunnitelma', 'taito', 'tapahtuma', 'tieto', 'tuki',
  'verkosto', 'viesti', 'yhdistys', 'yhteisö',
] as const;

/** The shortest first part that still makes a compound ("etä-", "työ-"). */
const shortestFirstPart = 3;

/**
 * Every compound tail in `text`: for each word holding a listed part after at least three
 * letters, the word from that part on ("ammattiverkostoja" → "verkostoja").
 */
export function compoundTails(text: string, parts: readonly string[] = finnishCompoundParts): string[] {
  const tails = new Set<string>();
  for (const word of text.toLocaleLowerCase('fi').match(/\p{L}+/gu) ?? []) {
    for (const part of parts) {
      const at = word.indexOf(part, shortestFirstPart);
      if (at >= shortestFirstPart) tails.add(word.slice(at));
    }
  }
  return [...tails].sort();
}
