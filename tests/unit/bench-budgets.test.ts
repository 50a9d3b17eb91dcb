import { describe, expect, it } from 'vitest';
import { evaluateBudgets, exitCode } from '../../bench/budgets.mjs';
import { allParts } from '../../bench/options.mjs';
import { pageTypes, type PageType } from '../../bench/pages.mjs';
import type { BuildRun, LighthouseRun, PageWeight, Results } from '../../bench/types';

function page(path: string, over: Partial<PageWeight> = {}): PageWeight {
  return {
    path,
    bytes: { html: 6000, css: 0, js: 1300, font: 0, image: 200, other: 0, total: 7500 },
    requests: 6,
    responses: [],
    requestsBeforeRender: 1,
    blocking: [],
    startedBeforeFirstPaint: 3,
    firstContentfulPaintMs: 100,
    failed: [],
    textWithoutJs: 1,
    headerHeightPx: 96,
    ...over,
  };
}

function run(label: string, pages: number, wallMs: number, searchIndex = true): BuildRun {
  return { label, pages, wallMs, cpuMs: wallMs, loadBefore: 0.5, pagesPerLang: { en: pages / 2, fi: pages / 2 }, guidesAdded: 0, tipsAdded: 0, peakRssBytes: 1e9, msPerPage: wallMs / pages, searchIndex };
}

/** Results in which every budget is kept; each test breaks one thing. */
function keptResults(): Results {
  // Every page type the benchmark knows, so a type added to bench/pages.mjs is covered here at once.
  const types = Object.fromEntries(pageTypes.map((type) => [type, type === 'guide' ? ['/x/a/', '/x/b/'] : [`/x/${type}/`]]));
  const weightFor = () => Object.fromEntries(Object.entries(types).map(([type, paths]) => [type, { pages: paths.map((p) => page(p)) }]));
  const audit = (lang: 'en' | 'fi', type: PageType): LighthouseRun => ({
    lang, type, url: `http://127.0.0.1:4905/${lang}/${type}/`,
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    lcpMs: 900, tbtMs: 0, cls: 0, lostPoints: {}, warnings: [], layoutShifts: [], runs: 1,
  });
  const audits = (lang: 'en' | 'fi') => Object.fromEntries((Object.keys(types) as PageType[]).map((type) => [type, audit(lang, type)])) as Record<PageType, LighthouseRun>;
  const search = (path: string) => ({
    path, available: true as const, queries: ['mentor', 'mentors'], bytes: { html: 6000, css: 0, js: 17000, font: 0, image: 0, other: 50000, total: 73000 },
    requests: 20, responses: [], firstResultsMs: 200, resultsShown: 5, nextResultsMs: 20,
  });
  const network = (path: string) => ({ path, jsBytes: 18_000, drawMs: 60, keystrokeMs: 8, importMs: 400, previewMs: 150, applyMs: 250, shownAfterImport: '2,000 of 2,000 people match' });
  const offline = (path: string) => ({
    path,
    firstVisit: { bytes: 9 * 1024, requests: [{ path: '/sw.js', status: 200, bytes: 3000 }] },
    save: { announcedBytes: 400 * 1024, bytes: 395 * 1024, requests: 240, ms: 3000 },
    repeat: { path: `${path}tips/`, bytes: 0, requests: [{ path: `${path}tips/`, status: 304, bytes: 0 }] },
  });
  return {
    meta: { date: '2026-11-23T00:00:00Z', node: '24', chromium: '140', cpus: 2, commit: 'abc', parts: [...allParts] },
    weight: { en: weightFor(), fi: weightFor() } as Results['weight'],
    search: { en: search('/en/search/'), fi: search('/fi/haku/') },
    lighthouse: { en: audits('en'), fi: audits('fi') },
    network: { en: network('/en/toolkit/my-network/'), fi: network('/fi/tyokalut/oma-verkosto/') },
    offline: { en: offline('/en/'), fi: offline('/fi/') },
    build: {
      runs: [run('real', 46, 10_000), run('500', 1000, 18_000), run('2000', 4000, 44_000)],
      growth: { realToMediumMsPerPage: 8000 / 954, mediumToLargeMsPerPage: 26_000 / 3000, ratio: (26_000 / 3000) / (8000 / 954) },
    },
  };
}

const statusOf = (results: Results, id: string, parts: readonly string[] = allParts) =>
  evaluateBudgets(results, parts).find((v) => v.id === id);

describe('bench budgets', () => {
  it('keeps every budget and exits 0 when everything is within limits', () => {
    const verdicts = evaluateBudgets(keptResults(), allParts);
    expect(verdicts.filter((v) => v.status !== 'pass')).toEqual([]);
    expect(exitCode(verdicts)).toBe(0);
  });

  it('fails the Your data page over 20 KB of JavaScript in either language, and the toolkit hub when text needs a script', () => {
    const results = keptResults();
    results.weight!.fi.yourData.pages[0] = page('/fi/tyokalut/omat-tiedot/', { bytes: { html: 6000, css: 0, js: 20 * 1024 + 1, font: 0, image: 0, other: 0, total: 26_481 } });
    expect(statusOf(results, 'your-data-javascript')).toMatchObject({ status: 'fail', actual: expect.stringContaining('/fi/tyokalut/omat-tiedot/') });
    results.weight!.en.toolkit.pages[0] = page('/en/toolkit/', { textWithoutJs: 0.9 });
    expect(statusOf(results, 'toolkit-plain-html')?.status).toBe('fail');
    delete (results.weight!.en as Partial<Record<PageType, unknown>>).yourData;
    expect(statusOf(results, 'your-data-javascript')?.status).toBe('unmeasured');
  });

  it('fails the first-round-trip budget on the heaviest guide and names it', () => {
    const results = keptResults();
    results.weight!.fi.guide.pages[1] = page('/fi/oppaat/iso/', { bytes: { html: 13_000, css: 1_500, js: 0, font: 0, image: 0, other: 0, total: 14_500 } });
    const verdict = statusOf(results, 'guide-first-round-trip');
    expect(verdict?.status).toBe('fail');
    expect(verdict?.actual).toContain('/fi/oppaat/iso/');
    expect(verdict?.actual).toContain('14.2 KB');
    expect(exitCode(evaluateBudgets(results, allParts))).toBe(1);
  });

  it('fails the My plan script budget over 15 KB in either language, and reports it unmeasured when a language is missing', () => {
    const results = keptResults();
    results.weight!.fi.plan.pages[0] = page('/fi/tyokalut/oma-suunnitelma/', { bytes: { html: 11_000, css: 0, js: 15 * 1024 + 1, font: 0, image: 0, other: 0, total: 26_361 } });
    const verdict = statusOf(results, 'plan-javascript');
    expect(verdict?.status).toBe('fail');
    expect(verdict?.actual).toBe('15.0 KB (/fi/tyokalut/oma-suunnitelma/)');
    results.weight!.fi.plan.pages = [];
    expect(statusOf(results, 'plan-javascript')?.status).toBe('unmeasured');
  });

  it('counts CSS with HTML: exactly 14 KB passes, one byte more fails', () => {
    const results = keptResults();
    const at = (html: number) => page('/en/guides/a/', { bytes: { html, css: 2048, js: 0, font: 0, image: 0, other: 0, total: html + 2048 } });
    results.weight!.en.guide.pages[0] = at(12 * 1024);
    expect(statusOf(results, 'guide-first-round-trip')?.status).toBe('pass');
    results.weight!.en.guide.pages[0] = at(12 * 1024 + 1);
    expect(statusOf(results, 'guide-first-round-trip')?.status).toBe('fail');
  });

  it('fails the Messages page budgets on the heavier language and names it', () => {
    const results = keptResults();
    results.weight!.fi.messages.pages[0] = page('/fi/tyokalut/viestipohjat/', { bytes: { html: 12_000, css: 2_337, js: 10 * 1024 + 1, font: 0, image: 0, other: 0, total: 24_578 } });
    expect(statusOf(results, 'messages-first-round-trip')).toMatchObject({ status: 'fail', actual: '14.0 KB (/fi/tyokalut/viestipohjat/)' });
    expect(statusOf(results, 'messages-javascript')).toMatchObject({ status: 'fail', actual: '10.0 KB (/fi/tyokalut/viestipohjat/)' });
    results.weight!.fi.messages.pages[0] = page('/fi/tyokalut/viestipohjat/', { bytes: { html: 12_000, css: 2_336, js: 10 * 1024, font: 0, image: 0, other: 0, total: 24_576 } });
    expect(statusOf(results, 'messages-first-round-trip')?.status).toBe('pass');
    expect(statusOf(results, 'messages-javascript')?.status).toBe('pass');
  });

  it('fails when a guide needs four requests before it can render, or scripts to be read', () => {
    const results = keptResults();
    results.weight!.en.guide.pages[0] = page('/en/guides/a/', { requestsBeforeRender: 4 });
    results.weight!.fi.guide.pages[0] = page('/fi/oppaat/a/', { textWithoutJs: 0.9 });
    expect(statusOf(results, 'guide-requests-before-render')?.status).toBe('fail');
    expect(statusOf(results, 'guide-no-javascript')?.actual).toContain('90.0 %');
    expect(statusOf(results, 'guide-no-javascript')?.status).toBe('fail');
  });

  it('holds the home page to the same first-render budgets as a guide', () => {
    const results = keptResults();
    results.weight!.fi.home.pages[0] = page('/fi/', { bytes: { html: 14_000, css: 500, js: 0, font: 0, image: 0, other: 0, total: 14_500 }, requestsBeforeRender: 4 });
    expect(statusOf(results, 'home-first-round-trip')?.status).toBe('fail');
    expect(statusOf(results, 'home-first-round-trip')?.actual).toContain('/fi/');
    expect(statusOf(results, 'home-requests-before-render')?.status).toBe('fail');
    expect(statusOf(results, 'guide-first-round-trip')?.status).toBe('pass');
  });

  it('fails when the header on a 390 px phone is taller than half the old 206 px on any page, naming the page', () => {
    const results = keptResults();
    results.weight!.en.tips.pages[0] = page('/en/tips/', { headerHeightPx: 103 });
    expect(statusOf(results, 'header-on-phone')?.status).toBe('pass');
    results.weight!.fi.search.pages[0] = page('/fi/haku/', { headerHeightPx: 104 });
    expect(statusOf(results, 'header-on-phone')).toMatchObject({ status: 'fail', actual: expect.stringMatching(/^104 px \(\/fi\/haku\/, tallest of \d+\)$/) });
  });

  it('lists every Lighthouse category under 100 for a page type, in both languages', () => {
    const results = keptResults();
    const tips = results.lighthouse!.fi.tips;
    if (tips.error === undefined) tips.scores.performance = 97;
    const verdict = statusOf(results, 'lighthouse-tips');
    expect(verdict?.status).toBe('fail');
    expect(verdict?.actual).toBe('fi performance 97');
    expect(statusOf(results, 'lighthouse-guide')?.status).toBe('pass');
  });

  it('fails a Lighthouse budget when the audit itself failed', () => {
    const results = keptResults();
    results.lighthouse!.en.search = { lang: 'en', type: 'search', url: 'http://127.0.0.1:4905/en/search/', error: 'NO_FCP' };
    expect(statusOf(results, 'lighthouse-search')).toMatchObject({ status: 'fail', actual: 'en: NO_FCP' });
  });

  it('fails a first search over 100 KB and treats a page without a search box as unmeasured', () => {
    const heavy = keptResults();
    const en = heavy.search!.en;
    if (en.available && en.error === undefined) en.bytes.total = 100 * 1024 + 1;
    expect(statusOf(heavy, 'search-first-bytes')?.status).toBe('fail');

    const missing = keptResults();
    missing.search!.fi = { path: '/fi/haku/', available: false, reason: 'no search box in <main> at /fi/haku/' };
    const verdicts = evaluateBudgets(missing, allParts);
    expect(verdicts.find((v) => v.id === 'search-first-bytes')).toMatchObject({ status: 'unmeasured', actual: 'no search box in <main> at /fi/haku/' });
    // An unchecked budget is not a kept one.
    expect(exitCode(verdicts)).toBe(1);
  });

  it('fails when results take more than 50 ms to follow a keystroke, or do not follow it at all', () => {
    const slow = keptResults();
    const fi = slow.search!.fi;
    if (fi.available && fi.error === undefined) fi.nextResultsMs = 51;
    expect(statusOf(slow, 'search-keystroke')).toMatchObject({ status: 'fail', actual: '51 ms (/fi/haku/)' });

    const none = keptResults();
    const en = none.search!.en;
    if (en.available && en.error === undefined) Object.assign(en, { nextResultsMs: null, note: 'after a keystroke, "mentors": timeout' });
    expect(statusOf(none, 'search-keystroke')).toMatchObject({ status: 'fail', actual: 'after a keystroke, "mentors": timeout' });
  });

  it('holds My network to its JavaScript, list, keystroke and import budgets in the worse language', () => {
    const results = keptResults();
    Object.assign(results.network!.fi, { jsBytes: 20 * 1024 + 1, drawMs: 101, keystrokeMs: 51, importMs: 1001 });
    expect(statusOf(results, 'network-javascript')).toMatchObject({ status: 'fail', actual: '20.0 KB (/fi/tyokalut/oma-verkosto/)' });
    expect(statusOf(results, 'network-draw')).toMatchObject({ status: 'fail', actual: '101 ms (/fi/tyokalut/oma-verkosto/)' });
    expect(statusOf(results, 'network-keystroke')?.status).toBe('fail');
    expect(statusOf(results, 'network-linkedin-import')?.status).toBe('fail');
    results.network!.en = { path: '/en/toolkit/my-network/', error: 'no list' };
    expect(statusOf(results, 'network-draw')).toMatchObject({ status: 'fail', actual: 'no list' });
    expect(statusOf(results, 'network-draw', ['weight'])?.status).toBe('skipped');
  });

  it('holds offline reading to its budgets: a light first visit, the promised save size, nothing downloaded again', () => {
    const heavy = keptResults();
    const en = heavy.offline!.en;
    if (en.error === undefined) en.firstVisit.bytes = 10 * 1024 + 1;
    expect(statusOf(heavy, 'offline-first-visit')).toMatchObject({ status: 'fail', actual: 'en 10.0 KB; fi 9.0 KB' });

    const unpromised = keptResults();
    const fi = unpromised.offline!.fi;
    if (fi.error === undefined) fi.save.bytes = fi.save.announcedBytes * 1.2;
    expect(statusOf(unpromised, 'offline-save-bytes')?.status).toBe('fail');
    expect(statusOf(keptResults(), 'offline-save-bytes')?.status).toBe('pass');

    const again = keptResults();
    const repeat = again.offline!.en;
    if (repeat.error === undefined) repeat.repeat.requests.push({ path: '/_astro/a.js', status: 200, bytes: 900 });
    expect(statusOf(again, 'offline-repeat-visit')).toMatchObject({ status: 'fail' });
    expect(statusOf(again, 'offline-repeat-visit')?.actual).toContain('/_astro/a.js 200');

    const broken = keptResults();
    broken.offline!.fi = { path: '/fi/', error: 'no save button' };
    expect(statusOf(broken, 'offline-first-visit')).toMatchObject({ status: 'fail', actual: 'fi: no save button' });
  });

  it('judges build growth by the marginal cost and its ratio', () => {
    const slow = keptResults();
    slow.build!.growth = { realToMediumMsPerPage: 10, mediumToLargeMsPerPage: 16, ratio: 1.6 };
    expect(statusOf(slow, 'build-marginal-cost')).toMatchObject({ status: 'fail', actual: '16.0 ms' });
    expect(statusOf(slow, 'build-linear-growth')).toMatchObject({ status: 'fail', actual: '1.60×' });
  });

  it('does not accept build numbers from a build that made no search index', () => {
    const results = keptResults();
    results.build!.runs[2] = run('2000', 4000, 44_000, false);
    expect(statusOf(results, 'build-marginal-cost')?.status).toBe('unmeasured');
  });

  it('skips the budgets of parts left out with --only, without failing the run', () => {
    const results = keptResults();
    delete results.build;
    const verdicts = evaluateBudgets(results, ['weight', 'search', 'lighthouse']);
    expect(verdicts.filter((v) => v.part === 'build').map((v) => v.status)).toEqual(['skipped', 'skipped']);
    expect(exitCode(verdicts)).toBe(0);
  });
});
