import { kebabCase } from '../schemas/common';
import { isLocale, locales, type Locale } from './locales';

/** What the pairing check needs to know of one translated page. */
export interface TranslatedFile {
  filePath: string;
  lang: string;
  key: string;
  slug: string;
}

/**
 * Finds every way a set of translated pages fails to pair up: a file outside a language folder,
 * a translation key used twice in one language, two files with the same URL, or a key with no
 * page in the other language. Each problem names the files, so an editor knows what to fix.
 * Returns all problems at once rather than stopping at the first, to save editors rebuilds.
 */
export function findPairingProblems(files: TranslatedFile[]): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, Partial<Record<Locale, string>>>();
  const bySlug = new Map<string, string>();

  for (const file of files) {
    const { lang } = file;
    if (!isLocale(lang)) {
      problems.push(`${file.filePath}: must be inside a language folder (${locales.join(' or ')}), not "${lang}".`);
      continue;
    }
    if (!kebabCase.test(file.slug)) {
      problems.push(`${file.filePath}: the file name becomes the page's URL, so use lowercase letters, digits and hyphens only (for example "first-steps.mdx").`);
    }
    // Hosts differ in case sensitivity, so names that differ only in case would still clash.
    const slugId = `${lang}/${file.slug.toLowerCase()}`;
    const clash = bySlug.get(slugId);
    if (clash) problems.push(`${file.filePath}: slug "${file.slug}" clashes with ${clash}; both would have the URL of ${slugId}.`);
    else bySlug.set(slugId, file.filePath);

    const pair = byKey.get(file.key) ?? {};
    const twin = pair[lang];
    if (twin) problems.push(`${file.filePath}: field "key": "${file.key}" is already used by ${twin} in the same language.`);
    else pair[lang] = file.filePath;
    byKey.set(file.key, pair);
  }

  for (const [key, pair] of byKey) {
    for (const lang of locales) {
      if (pair[lang]) continue;
      const present = Object.values(pair).join(', ');
      const folder = (Object.values(pair)[0] ?? '').replace(/[^/]+\/[^/]+$/, `${lang}/`);
      problems.push(`${present}: field "key": no ${lang} page has key "${key}". Add a file in ${folder} with "key: ${key}", so the language switcher has a page to go to.`);
    }
  }
  return problems;
}
