import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { statedPercentages } from '../../src/utils/figures';
import { readYaml, tipEntries } from '../content-files';
import { expectRefused } from './sync';

interface Numbered { value: number }
const sitra = readYaml<{ source: string; bars: Numbered[]; facts: Numbered[] }>('content/figures/how-people-found-jobs.yaml');
const sitraValues = new Set([...sitra.bars, ...sitra.facts].map(({ value }) => value));

/** Every sentence of the guides and tips that names Sitra, with the file it is in. */
function sitraSentences(): Array<{ file: string; sentence: string }> {
  const texts = [
    ...locales.flatMap((lang) => readdirSync(`content/guides/${lang}`).map((name) => ({ file: `content/guides/${lang}/${name}`, text: readFileSync(`content/guides/${lang}/${name}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }))),
    ...tipEntries().flatMap(({ file, data }) => locales.map((lang) => ({ file, text: data[lang].body }))),
  ];
  return texts.flatMap(({ file, text }) => text.split(/(?<=[.!?])\s+|\n/).filter((sentence) => /sitra/i.test(sentence)).map((sentence) => ({ file, sentence })));
}

describe('the Sitra 2016 figures', () => {
  it('that guides and tips state next to Sitra\'s name are the ones in the chart file, which cites Sitra', () => {
    expect(sitra.source).toBe('sitra-2016');
    const sentences = sitraSentences();
    expect(sentences.length).toBeGreaterThan(3);
    const wrong = sentences.flatMap(({ file, sentence }) => statedPercentages(sentence).filter((value) => !sitraValues.has(value)).map((value) => `${file}: ${value} % in "${sentence}"`));
    expect(wrong).toEqual([]);
  });

  it('of how people found their jobs are drawn as the chart on every guide that states one (issue 15: "wherever those figures are used")', () => {
    const barValues = new Set(sitra.bars.map(({ value }) => value));
    const guides = [...new Set(sitraSentences().filter(({ file, sentence }) => file.startsWith('content/guides/') && statedPercentages(sentence).some((value) => barValues.has(value))).map(({ file }) => file))];
    expect(guides.length).toBeGreaterThanOrEqual(2);
    const withoutChart = guides.filter((file) => !/^figures:[\s\S]*?figure: how-people-found-jobs/m.test(readFileSync(file, 'utf8').split(/\n---\n/)[0] ?? ''));
    expect(withoutChart).toEqual([]);
  });
});

describe('picture files', () => {
  const file = 'figures/example-chart.yaml';
  const valid = readFileSync(`tests/fixtures/valid/${file}`, 'utf8');

  it('stop the build when an exact figure is not written in the amount readers see', () => {
    const changed = valid.replace('en: { label: First way, amount: 40 % }', 'en: { label: First way, amount: 45 % }');
    expect(changed).not.toBe(valid);
    expectRefused({ [file]: changed }, 'example-chart', /bars › item 1: an exact value must appear in both amounts/);
  });

  it('stop the build on a chart without its source', () => {
    expectRefused({ [file]: valid.replace(/^source:.*\n/m, '') }, 'example-chart', /source/);
  });
});

describe('home-page situations', () => {
  const file = 'home/situations.yaml';
  const valid = readFileSync(`tests/fixtures/valid/${file}`, 'utf8');

  it('stop the build on a section the site does not have, naming the field', () => {
    expectRefused({ [file]: valid.replace('  tips: [ask-for-advice]\n', '  tips: [ask-for-advice]\n  sections: [toolbox]\n') }, 'situations', /sections › item 1: "toolbox" is not one of the values/);
  });
});
