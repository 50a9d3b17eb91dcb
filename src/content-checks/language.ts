import type { Locale } from '../i18n/locales';

/**
 * Is this text in the language its place says? A measured rule, not a general language detector.
 *
 * `franc-min` was tried first and cannot do it: it knows only languages of 8 million speakers or
 * more, so it has no Finnish and called all 89 Finnish texts of the site English (or Ilocano).
 * Telling the site's two languages apart needs much less: common English function words
 * ("the", "and", "you") are almost never Finnish words, while Finnish text is full of its own
 * ("ja", "että", "voit") and of words with ä or ö.
 *
 * Measured on every text of the site of 15 words or more (2026-12-01: 250 texts, 125 in each
 * language: guide, page and introduction bodies, and every `en:`/`fi:` block of tips, programmes and
 * the checklist, keywords included; the shortest 27 words), as the share of words that are markers
 * (Finnish: its function words or any word with ä or ö): English texts score 0.196 or more English
 * and at most 0.034 Finnish; Finnish texts 0.148 or more Finnish and at most 0.056 English (the
 * messages introduction, which quotes English phrases such as "I hope you are well"). So a text is
 * refused when it scores under 0.1 in its own language and at least 0.1 in the other: the real texts
 * stay 0.048 above the first limit and 0.044 below the second, while every real text checked against
 * the other language is refused (tests/unit/content-language.test.ts). Texts under 15 words are not
 * judged. It costs about 0.02 ms per text.
 */
const englishWords = new Set('the and to of you your a an is in for with that are it can or not be this they what if at as from about who when how do will have more'.split(' '));
const finnishWords = new Set('ja että se voit sinun sinulla sinua sinulle kun tai ei jos mutta myös ole ovat kanssa joka jotka sitä niin mitä tämä siitä sen voi kuin miten olet vaikka esimerkiksi hyvä sinä saat ennen nyt jo vain paljon usein kaikki mukaan siksi koska eli kannattaa tarvitset'.split(' '));

export const languageLimit = 0.1;
export const minimumWords = 15;

export interface LanguageScores {
  words: number;
  en: number;
  fi: number;
}

export function languageScores(text: string): LanguageScores {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let fi = 0;
  for (const word of words) {
    if (englishWords.has(word)) en++;
    else if (finnishWords.has(word) || /[äö]/.test(word)) fi++;
  }
  const total = Math.max(words.length, 1);
  return { words: words.length, en: en / total, fi: fi / total };
}

/** The language a text is clearly written in instead of `expected`, or undefined when it fits. */
export function wrongLanguage(text: string, expected: Locale): Locale | undefined {
  const scores = languageScores(text);
  if (scores.words < minimumWords) return undefined;
  const other: Locale = expected === 'en' ? 'fi' : 'en';
  return scores[expected] < languageLimit && scores[other] >= languageLimit ? other : undefined;
}
