import { describe, expect, it } from 'vitest';
import { findPairingProblems, type TranslatedFile } from '../../src/i18n/pairing';

const en = (slug: string, key: string): TranslatedFile => ({ filePath: `content/guides/en/${slug}.mdx`, lang: 'en', key, slug });
const fi = (slug: string, key: string): TranslatedFile => ({ filePath: `content/guides/fi/${slug}.mdx`, lang: 'fi', key, slug });

describe('translation pairing', () => {
  it('accepts pages paired by key even when the slugs differ', () => {
    expect(findPairingProblems([en('mentoring', 'mentoring'), fi('mentorointi', 'mentoring')])).toEqual([]);
  });

  it('names the file that has no counterpart and where to add it', () => {
    const [problem, ...rest] = findPairingProblems([en('mentoring', 'mentoring')]);
    expect(rest).toEqual([]);
    expect(problem).toContain('content/guides/en/mentoring.mdx');
    expect(problem).toContain('no fi page has key "mentoring"');
    expect(problem).toContain('content/guides/fi/');
  });

  it('names both files when a key repeats in one language', () => {
    const problems = findPairingProblems([en('a', 'same'), en('b', 'same'), fi('c', 'same')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/guides/en/b.mdx');
    expect(problems[0]).toContain('content/guides/en/a.mdx');
    expect(problems[0]).toContain('"key"');
  });

  it('reports two files that would share a URL', () => {
    const clash = { ...en('same', 'two'), filePath: 'content/guides/en/Same.mdx' };
    const problems = findPairingProblems([en('same', 'one'), clash, fi('yksi', 'one'), fi('kaksi', 'two')]);
    expect(problems.some((problem) => problem.includes('clashes with content/guides/en/same.mdx'))).toBe(true);
  });

  it('refuses files outside a language folder', () => {
    const problems = findPairingProblems([{ filePath: 'content/guides/sv/x.mdx', lang: 'sv', key: 'x', slug: 'x' }]);
    expect(problems[0]).toContain('content/guides/sv/x.mdx');
  });
});
