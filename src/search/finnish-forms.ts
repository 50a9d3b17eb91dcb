/**
 * Extra word forms for Finnish records, so readers find a page by the form of a word they type
 * rather than only by the form the page happens to use. Pagefind stems Finnish and matches a
 * query against the start of each indexed word, which leaves two gaps this file fills at build time:
 *
 * 1. Compounds are one word ("ammattiverkosto", "etätapahtumassa"), so "verkosto" never reaches
 *    the second part. Each compound's tail from a listed part on is added ("verkosto",
 *    "tapahtumassa"), with its ending kept so Pagefind stems it like any other word.
 * 2. Words in -nen change stem when inflected ("pakolainen" → "pakolaisia", "verkostoituminen"
 *    → "verkostoitumisen"), and the stemmer does not join the two. Both stems are added.
 *
 * The added words go into a metadata field (see html-records.ts), which Pagefind searches but
 * never shows, so they cannot clutter an excerpt.
 */

/**
 * Second parts of compounds worth finding on their own. Listed by hand rather than guessed,
 * because a guess splits ordinary endings off ("tavallista" is not "lista"). Add a part when
 * readers should find it alone: four letters at least, and never a common word ending.
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
 * Every compound tail in `words`: for each word holding a listed part after at least three
 * letters, the word from that part on ("ammattiverkostoja" → "verkostoja").
 */
export function compoundTails(words: Iterable<string>, parts: readonly string[] = finnishCompoundParts): string[] {
  const tails = new Set<string>();
  for (const word of words) {
    for (const part of parts) {
      const at = word.indexOf(part, shortestFirstPart);
      if (at >= shortestFirstPart) tails.add(word.slice(at));
    }
  }
  return [...tails];
}

/** Case endings (and an optional possessive) that follow the -s- stem of a -nen word. */
const sStem = /^(\p{L}{3,}?i)s(?:e[nt]?|t[aä]|i[aä]|ten|iin|ien|ill[aeä]|ilt[aä]|iss[aä]|ist[aä]|iksi|in[aä]|een|eksi|ell[aä]|elle|elt[aä]|ess[aä]|est[aä]|en[aä])(?:si|nsa|nsä|mme|nne|ni)?$/u;

/**
 * The other stem of a -nen word: "pakolainen" → "pakolais", "pakolaisille" → "pakolainen".
 * A guess on a word that only looks like one ("kurssista" → "kurssinen") adds a word nobody
 * searches for, which costs nothing.
 */
export function nenForms(word: string): string[] {
  if (word.length >= 6 && word.endsWith('nen')) return [`${word.slice(0, -3)}s`];
  const stem = sStem.exec(word)?.[1];
  return stem ? [`${stem}nen`] : [];
}

/** The extra forms for a Finnish text: compound tails and -nen stems, minus words the text already has. */
export function finnishForms(text: string): string[] {
  const words = new Set(text.toLocaleLowerCase('fi').match(/\p{L}+/gu) ?? []);
  const forms = new Set<string>();
  for (const word of words) for (const form of wordForms(word)) forms.add(form);
  return [...forms].filter((form) => !words.has(form)).sort();
}

/** Forms already worked out, by word: a large site repeats the same words on thousands of pages. */
const formsByWord = new Map<string, readonly string[]>();

/** One word's compound tails and the -nen stems of the word and of its tails. */
function wordForms(word: string): readonly string[] {
  let forms = formsByWord.get(word);
  if (forms === undefined) {
    const tails = compoundTails([word]);
    forms = [...new Set([...tails, ...[word, ...tails].flatMap(nenForms)])];
    formsByWord.set(word, forms);
  }
  return forms;
}
