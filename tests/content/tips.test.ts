import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { yamlEntries } from '../content-files';
import { expectProblems } from './sync';

/** Read without a type: these tests are what checks the shape. */
const tips = yamlEntries('tips');

/** Guide keys per language, read from the front matter the way the content layer reads it. */
const guideKeys = Object.fromEntries(
  locales.map((lang) => [
    lang,
    new Set(
      readdirSync(`content/guides/${lang}`)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => {
          const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/guides/${lang}/${name}`, 'utf8'))?.[1] ?? '';
          return String((parse(frontMatter) as { key?: unknown }).key);
        }),
    ),
  ]),
);

describe('tips', () => {
  it('exist, each in both languages with a title and a body', () => {
    expect(tips.length).toBeGreaterThan(0);
    const incomplete = tips.flatMap(({ file, data }) =>
      locales.filter((lang) => {
        const text = data[lang] as { title?: unknown; body?: unknown } | undefined;
        return !(typeof text?.title === 'string' && text.title.trim() && typeof text.body === 'string' && text.body.trim());
      }).map((lang) => `${file}: no ${lang} title or body`),
    );
    expect(incomplete).toEqual([]);
  });

  it('name only guides that exist in both languages', () => {
    const unknown = tips
      .filter(({ data }) => data['guide'] !== undefined)
      .filter(({ data }) => locales.some((lang) => !guideKeys[lang]?.has(String(data['guide']))))
      .map(({ file, data }) => `${file}: guide "${String(data['guide'])}"`);
    expect(unknown).toEqual([]);
  });

  it('a tip without its Finnish text stops the build, naming the file and the field', () => {
    const fixture = readFileSync('tests/fixtures/valid/tips/ask-for-advice.yaml', 'utf8');
    expectProblems({ 'tips/ask-for-advice.yaml': fixture.replace(/^fi:\n(?: {2}.*\n)+/m, '') }, ['content/tips/ask-for-advice.yaml — fi: is missing. Add this field (a group of fields).']);
  });
});
