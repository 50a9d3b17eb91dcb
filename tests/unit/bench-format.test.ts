import { describe, expect, it } from 'vitest';
import { busyWarning, markdownTable, textTable } from '../../bench/format.mjs';
import { medianRun } from '../../bench/lighthouse.mjs';
import { parseOptions } from '../../bench/options.mjs';
import { resourceKind, sharedWords, sumByKind, withoutWords } from '../../bench/page-weight.mjs';
import { isCompressible } from '../../bench/static-server.mjs';

const table = {
  title: 'Weight',
  headers: ['page', 'KB'],
  align: ['l', 'r'] as Array<'l' | 'r'>,
  rows: [['/en/', '7.0'], ['/en/guides/a|b/', '12.5']],
};

describe('bench tables', () => {
  it('aligns text left and numbers right in the terminal', () => {
    expect(textTable(table).split('\n')).toEqual([
      'Weight',
      'page               KB',
      '---------------  ----',
      '/en/              7.0',
      '/en/guides/a|b/  12.5',
    ]);
  });

  it('writes a Markdown table with right-aligned number columns and escaped pipes', () => {
    expect(markdownTable(table).split('\n')).toEqual([
      '## Weight',
      '',
      '| page | KB |',
      '| --- | ---: |',
      '| /en/ | 7.0 |',
      '| /en/guides/a\\|b/ | 12.5 |',
    ]);
  });
});

describe('bench build warning', () => {
  it('warns that build wall times are inflated when the load average exceeded the cores', () => {
    const results = (loadBefore: number) => ({
      meta: { date: '', node: '24', chromium: null, cpus: 2, commit: null, parts: ['build'] },
      build: { runs: [{ label: 'real', pages: 46, wallMs: 9000, cpuMs: 8000, loadBefore, pagesPerLang: { en: 23, fi: 23 }, guidesAdded: 0, tipsAdded: 0, peakRssBytes: null, msPerPage: 195, searchIndex: true }] },
    });
    expect(busyWarning(results(1.2))).toEqual([]);
    expect(busyWarning(results(7.5))[0]).toContain('load 7.5 on 2 cores');
  });
});

describe('bench measurements', () => {
  it('sorts responses into HTML, CSS, JavaScript, fonts, images and other by Content-Type', () => {
    expect(['text/html; charset=utf-8', 'text/css', 'text/javascript', 'font/woff2', 'image/svg+xml', 'application/octet-stream', '']
      .map(resourceKind)).toEqual(['html', 'css', 'js', 'font', 'image', 'other', 'other']);
    expect(sumByKind([{ kind: 'html', bytes: 5 }, { kind: 'js', bytes: 2 }, { kind: 'html', bytes: 1 }]))
      .toEqual({ html: 6, css: 0, js: 2, font: 0, image: 0, other: 0, total: 8 });
  });

  it('gzips text like a CDN but leaves Pagefind’s already compressed files alone', () => {
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('application/wasm')).toBe(true);
    expect(isCompressible('application/octet-stream')).toBe(false);
    expect(isCompressible('font/woff2')).toBe(false);
  });

  it('measures text without JavaScript by words, so a short fallback cannot stand in for content', () => {
    expect(sharedWords('Ask for advice, not a job', 'ask for advice, not a job')).toBe(1);
    expect(sharedWords('one two three four', 'one two')).toBe(0.5);
    expect(sharedWords('one two three four', 'Please turn on JavaScript to read')).toBe(0);
    expect(withoutWords('Print this page Intro text', 'Print this page')).toBe('intro text');
  });
});

describe('bench Lighthouse repeats', () => {
  it('counts the median of three runs, so one noisy run neither fails nor passes a page', () => {
    const run = (performance: number) => ({ scores: { performance }, id: performance });
    expect(medianRun([run(97), run(100), run(99)]).id).toBe(99);
    expect(medianRun([run(100), run(98), run(98)]).id).toBe(98);
  });
});

describe('bench options', () => {
  it('runs every part by default and only the named ones with --only', () => {
    expect(parseOptions([]).parts).toEqual(['weight', 'search', 'network', 'offline', 'lighthouse', 'build']);
    expect(parseOptions(['--only=build,weight']).parts).toEqual(['weight', 'build']);
  });

  it('refuses a misspelt part or option instead of running the wrong benchmark', () => {
    expect(() => parseOptions(['--only=wieght'])).toThrow(/--only takes/);
    expect(() => parseOptions(['--onl=weight'])).toThrow(/Unknown option/);
    expect(() => parseOptions(['--sizes=2000,500'])).toThrow(/two growing page counts/);
  });
});
