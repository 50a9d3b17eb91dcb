import type { Problem } from '../content-checks/problem';
import { kebabCase } from '../schemas/common';
import { isLocale, locales, type Locale } from './locales';

/** What the pairing check needs to know of one translated page. */
export interface TranslatedFile {
  filePath: string;
  lang: string;
  key: string;
  slug: string;
  /** The line of the `key` field, when known. */
  keyLine?: number;
}

/**
 * Finds every way a set of translated pages fails to pair up: a file outside a language folder,
 * a translation key used twice in one language, two files with the same URL, or a key with no
 * page in the other language. Each problem names the files, so an editor knows what to fix.
 * Returns all problems at once rather than stopping at the first, to save editors rebuilds.
 * `unreadable` holds the languages with a file whose key could not be read (broken front matter).
 */
export function findPairingProblems(files: TranslatedFile[], unreadable: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, Partial<Record<Locale, string>>>();
  const bySlug = new Map<string, string>();

  // In file order, so the same content always gives the same report.
  for (const file of [...files].sort((a, b) => a.filePath.localeCompare(b.filePath, 'en'))) {
    const { lang } = file;
    const atKey = { file: file.filePath, ...(file.keyLine === undefined ? {} : { line: file.keyLine }), field: 'key' };
    if (!isLocale(lang)) {
      problems.push({ file: file.filePath, what: `the file is in the folder "${lang}", which is not a language of the site`, fix: `Move it into a language folder (${locales.join(' or ')})` });
      continue;
    }
    if (!kebabCase.test(file.slug)) {
      problems.push({ file: file.filePath, what: `the file name "${file.slug}" becomes the page's address and has characters an address should not have`, fix: 'Rename the file using lowercase letters, digits and hyphens only, for example "first-steps.mdx"' });
    }
    // Hosts differ in case sensitivity, so names that differ only in case would still clash.
    const slugId = `${lang}/${file.slug.toLowerCase()}`;
    const clash = bySlug.get(slugId);
    if (clash) problems.push({ file: file.filePath, what: `would have the same address as ${clash} (addresses do not tell capital letters apart)`, fix: 'Rename one of the two files' });
    else bySlug.set(slugId, file.filePath);

    const pair = byKey.get(file.key) ?? {};
    const twin = pair[lang];
    if (twin) problems.push({ ...atKey, what: `"${file.key}" is already the key of ${twin} in the same language`, fix: 'Give each page its own key; the page and its translation share one' });
    else pair[lang] = file.filePath;
    byKey.set(file.key, pair);
  }

  for (const [key, pair] of byKey) {
    for (const lang of locales) {
      // A file whose key cannot be read may be the counterpart: its own problem says so.
      if (pair[lang] || unreadable.has(lang)) continue;
      const present = Object.values(pair).join(', ');
      const folder = (Object.values(pair)[0] ?? '').replace(/[^/]+\/[^/]+$/, `${lang}/`);
      const first = files.find((file) => file.filePath === Object.values(pair)[0]);
      problems.push({ file: present, ...(first?.keyLine === undefined ? {} : { line: first.keyLine }), field: 'key', what: `no ${lang} page has the key "${key}", so the language switcher has no page to go to`, fix: `Add the translation in ${folder} with "key: ${key}"` });
    }
  }
  return problems;
}
