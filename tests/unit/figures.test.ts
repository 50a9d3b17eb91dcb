import { describe, expect, it } from 'vitest';
import { disagreements, markdownSection, placeFigures, statedPercentages } from '../../src/utils/figures';

const html = '<p>Intro</p><h2 id="a">A</h2><p>a text</p><h3 id="a1">A1</h3><p>a1</p><h2 id="b">B</h2><p>b text</p>';
const headings = [
  { depth: 2, slug: 'a', text: 'A' },
  { depth: 3, slug: 'a1', text: 'A1' },
  { depth: 2, slug: 'b', text: 'B' },
];

describe('placing pictures in a page body', () => {
  it('puts a picture at the end of its section, after its subsections, before the next heading of its level', () => {
    expect(placeFigures(html, headings, [{ section: 'A', figure: 'chart' }])).toEqual([
      { html: '<p>Intro</p><h2 id="a">A</h2><p>a text</p><h3 id="a1">A1</h3><p>a1</p>' },
      { figure: 'chart' },
      { html: '<h2 id="b">B</h2><p>b text</p>' },
    ]);
  });

  it('puts a picture of the last section at the end, and several in the order of their sections', () => {
    expect(placeFigures(html, headings, [{ section: 'B', figure: 'last' }, { section: 'A1', figure: 'inner' }])).toEqual([
      { html: '<p>Intro</p><h2 id="a">A</h2><p>a text</p><h3 id="a1">A1</h3><p>a1</p>' },
      { figure: 'inner' },
      { html: '<h2 id="b">B</h2><p>b text</p>' },
      { figure: 'last' },
    ]);
  });

  it('names a section the page does not have instead of guessing a place', () => {
    expect(placeFigures(html, headings, [{ section: 'How people found jobs', figure: 'chart' }])).toEqual({ missing: 'How people found jobs' });
  });
});

describe('checking a chart against the text around it', () => {
  const body = '## Found jobs\n\n- 23 % applied\n- about 1 in 5 asked\n- fewer than 1 in 10\n\nOnly 6 % network.\n\n### Detail\n\nStill 23 %.\n\n## Next\n\n45 % elsewhere.';
  const chart = { values: [
    { value: 23, precision: 'exact' as const },
    { value: 20, precision: 'about' as const },
    { value: 10, precision: 'under' as const },
    { value: 6, precision: 'exact' as const },
  ] };

  it('reads one section with its subsections, and nothing after it', () => {
    expect(markdownSection(body, 'Found jobs')).toContain('Still 23 %.');
    expect(markdownSection(body, 'Found jobs')).not.toContain('45 %');
    expect(markdownSection(body, 'Missing')).toBeUndefined();
  });

  it('reads per cent figures written in several ways, and "1 in 5" as 20 %', () => {
    expect(statedPercentages('23 %, 23%, 7 per cent, 12 prosenttia, about 1 in 5, 1 in 10')).toEqual([23, 23, 7, 12, 20, 10]);
  });

  it('agrees when the text states the chart\'s figures', () => {
    expect(disagreements(markdownSection(body, 'Found jobs') ?? '', chart)).toEqual([]);
  });

  it('names a figure changed in the text only, and an exact figure the text leaves out', () => {
    expect(disagreements('- 25 % applied\n- about 1 in 5 asked. Only 6 % network.', chart)).toEqual([
      'states 25 %, which the chart file does not have',
      'does not state 23 %, which the chart shows',
    ]);
  });
});
