import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-checks/problem';
import { findPairingProblems as findProblems, type TranslatedFile } from '../../src/i18n/pairing';

/** The problems as the build prints them. */
const findPairingProblems = (files: TranslatedFile[], unreadable?: Set<string>) => findProblems(files, unreadable).map(formatProblem);

const en = (slug: string, key: string): TranslatedFile => ({ filePath: `content/guides/en/${slug}.mdx`, lang: 'en', key, slug, keyLine: 4 });
const fi = (slug: string, key: string): TranslatedFile => ({ filePath: `content/guides/fi/${slug}.mdx`, lang: 'fi', key, slug, keyLine: 4 });

describe('translation pairing', () => {
  it('accepts pages paired by key even when the slugs differ', () => {
    expect(findPairingProblems([en('mentoring', 'mentoring'), fi('mentorointi', 'mentoring')])).toEqual([]);
  });

  it('names the file that has no counterpart, its key line and where to add the counterpart', () => {
    expect(findPairingProblems([en('mentoring', 'mentoring')])).toEqual([
      'content/guides/en/mentoring.mdx:4 — key: no fi page has the key "mentoring", so the language switcher has no page to go to. Add the translation in content/guides/fi/ with "key: mentoring".',
    ]);
  });

  it('names both files when a key repeats in one language', () => {
    expect(findPairingProblems([en('a', 'same'), en('b', 'same'), fi('c', 'same')])).toEqual([
      'content/guides/en/b.mdx:4 — key: "same" is already the key of content/guides/en/a.mdx in the same language. Give each page its own key; the page and its translation share one.',
    ]);
  });

  it('reports two files that would share a URL', () => {
    const clash = { ...en('same', 'two'), filePath: 'content/guides/en/Same.mdx' };
    expect(findPairingProblems([en('same', 'one'), clash, fi('yksi', 'one'), fi('kaksi', 'two')])).toEqual([
      'content/guides/en/Same.mdx — would have the same address as content/guides/en/same.mdx (addresses do not tell capital letters apart). Rename one of the two files.',
    ]);
  });

  it('refuses files outside a language folder', () => {
    expect(findPairingProblems([{ filePath: 'content/guides/sv/x.mdx', lang: 'sv', key: 'x', slug: 'x' }])).toEqual([
      'content/guides/sv/x.mdx — the file is in the folder "sv", which is not a language of the site. Move it into a language folder (en or fi).',
    ]);
  });

  it('does not ask for a counterpart when a file of the other language could not be read', () => {
    expect(findPairingProblems([en('mentoring', 'mentoring')], new Set(['fi']))).toEqual([]);
  });
});
