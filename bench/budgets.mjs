// @ts-check
import { locales, pageTypes } from './pages.mjs';

/**
 * Every budget of the benchmark in one place, each with why it is set where it is. A budget reads
 * the results and says pass, fail, or unmeasured (its part ran but could not measure it, e.g. the
 * search page has no search box yet); a part left out with --only is skipped.
 */

const KB = 1024;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** @typedef {'pass' | 'fail' | 'unmeasured' | 'skipped'} Status */
/** @typedef {{ status: Status, actual: string }} Outcome */
/**
 * @typedef {object} Budget
 * @property {string} id
 * @property {'weight' | 'search' | 'network' | 'offline' | 'lighthouse' | 'build'} part
 * @property {string} label
 * @property {string} limit
 * @property {string} why
 * @property {(results: Results) => Outcome} check
 */
/** @typedef {import('./types').Results} Results */
/** @typedef {import('./types').PageWeight} PageWeight */

/**
 * The measurement of a page type that does worst on `badness` (higher is worse) in either
 * language, and how many pages were measured; undefined when none was, which the budget reports as
 * unmeasured. A budget kept by the worst page is kept by all (guides have many pages).
 * @param {Results['weight']} weight
 * @param {import('./pages.mjs').PageType | 'any'} type a page type, or every page of every type
 * @param {(page: PageWeight) => number} badness
 */
function worstPage(weight, type, badness) {
  const pages = locales.flatMap((lang) => (type === 'any' ? pageTypes : [type]).flatMap((each) => weight?.[lang]?.[each]?.pages ?? []));
  if (pages.length === 0) return undefined;
  return { worst: pages.reduce((a, b) => (badness(b) > badness(a) ? b : a)), count: pages.length };
}

/**
 * A one-page type (a toolkit tool) judged on its worse language: `measure` reads a page's
 * measurement, `ok` says whether it keeps the budget and `show` writes it for the table.
 * @param {Results['weight']} weight
 * @param {import('./pages.mjs').PageType} type
 * @param {(page: PageWeight) => number} measure
 * @param {(value: number) => boolean} ok
 * @param {(value: number) => string} show
 * @returns {Outcome}
 */
function worstOfType(weight, type, measure, ok, show) {
  const pages = locales.flatMap((lang) => weight?.[lang]?.[type]?.pages ?? []);
  if (pages.length < locales.length) return { status: 'unmeasured', actual: `the ${type} page was not measured in every language` };
  const worst = pages.reduce((a, b) => (measure(b) > measure(a) ? b : a));
  return verdict(ok(measure(worst)), `${show(measure(worst))} (${worst.path})`);
}
/** @param {string} what @returns {Outcome} */
const notMeasured = (what) => ({ status: 'unmeasured', actual: `no ${what} measured` });

/**
 * @param {boolean} ok
 * @param {string} actual
 * @returns {Outcome}
 */
const verdict = (ok, actual) => ({ status: ok ? 'pass' : 'fail', actual });

/**
 * The first-render budgets of a page type a reader often lands on first: guides (from search
 * engines and shared links) and the home page (typed addresses, the language choice on `/`).
 * @param {'guide' | 'home'} type
 * @param {string} name e.g. "Guide page"
 * @returns {Budget[]}
 */
const firstRenderBudgets = (type, name) => [
  {
    id: `${type}-first-round-trip`,
    part: 'weight',
    label: `${name}: HTML + CSS (gzip)`,
    limit: '≤ 14 KB',
    why: 'A new TCP connection sends about 14 KB (10 packets) in its first round trip; if the HTML and CSS fit, the page can render after one round trip, which matters most on slow mobile links.',
    check: (results) => {
      const firstRoundTrip = (/** @type {PageWeight} */ page) => page.bytes.html + page.bytes.css;
      const found = worstPage(results.weight, type, firstRoundTrip);
      if (!found) return notMeasured(`${type} pages`);
      const bytes = firstRoundTrip(found.worst);
      return verdict(bytes <= 14 * KB, `${kb(bytes)} (${found.worst.path}, heaviest of ${found.count})`);
    },
  },
  {
    id: `${type}-requests-before-render`,
    part: 'weight',
    label: `${name}: requests before first render`,
    limit: '≤ 3',
    why: 'Each request the browser must finish before painting (the document, blocking CSS or scripts) can cost a round trip; three keeps first render fast on high-latency mobile networks.',
    check: (results) => {
      const worst = worstPage(results.weight, type, (page) => page.requestsBeforeRender)?.worst;
      if (!worst) return notMeasured(`${type} pages`);
      return verdict(worst.requestsBeforeRender <= 3, `${worst.requestsBeforeRender} (${worst.path})`);
    },
  },
  {
    id: `${type}-no-javascript`,
    part: 'weight',
    label: `${name}: readable without JavaScript`,
    limit: '100 % of the text',
    why: 'Scripts fail to load or run more often than people think (old phones, blockers, flaky networks); guidance must be readable without them.',
    check: (results) => {
      const worst = worstPage(results.weight, type, (page) => -page.textWithoutJs)?.worst;
      if (!worst) return notMeasured(`${type} pages`);
      return verdict(worst.textWithoutJs >= 1, `${(worst.textWithoutJs * 100).toFixed(1)} % (${worst.path})`);
    },
  },
];

/** @type {Budget[]} */
export const budgets = [
  ...firstRenderBudgets('guide', 'Guide page'),
  ...firstRenderBudgets('home', 'Home page'),
  {
    id: 'header-on-phone',
    part: 'weight',
    label: 'Every page: site header on a 390 px phone',
    limit: '≤ 103 px',
    why: 'The header took 206 px of an 844 px phone screen on every page before the heading (issue 15); at half that or less the page itself starts in the first quarter of the screen.',
    check: (results) => {
      const found = worstPage(results.weight, 'any', (page) => page.headerHeightPx ?? Number.POSITIVE_INFINITY);
      if (!found) return notMeasured('pages');
      const height = found.worst.headerHeightPx;
      if (typeof height !== 'number') return { status: 'unmeasured', actual: `no header height for ${found.worst.path}` };
      return verdict(height <= 103, `${height} px (${found.worst.path}, tallest of ${found.count})`);
    },
  },
  {
    id: 'messages-first-round-trip',
    part: 'weight',
    label: 'Messages page: HTML + CSS (gzip)',
    limit: '≤ 14 KB',
    why: 'The message templates are read like a guide, often on a phone on the way to an event: every message must be readable after the first round trip. Only the page language is in the HTML for this reason; the other language loads when chosen.',
    check: (results) => worstOfType(results.weight, 'messages', (page) => page.bytes.html + page.bytes.css, (bytes) => bytes <= 14 * KB, kb),
  },
  {
    id: 'messages-javascript',
    part: 'weight',
    label: 'Messages page: JavaScript (gzip)',
    limit: '≤ 10 KB',
    why: 'The builder fills, counts and copies; that is little work, and on a metered phone plan its code should cost less than the text it fills.',
    check: (results) => worstOfType(results.weight, 'messages', (page) => page.bytes.js, (bytes) => bytes <= 10 * KB, kb),
  },
  {
    id: 'plan-first-round-trip',
    part: 'weight',
    label: 'My plan page: HTML + CSS (gzip)',
    limit: '≤ 14 KB',
    why: 'The worksheet is the page itself (every question, hint and example is in the HTML), so like a guide it must render from its first round trip on a slow phone connection.',
    check: (results) => worstOfType(results.weight, 'plan', (page) => page.bytes.html + page.bytes.css, (bytes) => bytes <= 14 * KB, kb),
  },
  {
    id: 'plan-requests-before-render',
    part: 'weight',
    label: 'My plan page: requests before first render',
    limit: '≤ 3',
    why: 'As for guides: each blocking request can cost another round trip on a high-latency mobile network.',
    check: (results) => worstOfType(results.weight, 'plan', (page) => page.requestsBeforeRender, (count) => count <= 3, String),
  },
  {
    id: 'plan-javascript',
    part: 'weight',
    label: 'My plan page: JavaScript (gzip)',
    limit: '≤ 15 KB',
    why: 'The issue sets it: the form saves, assembles the introduction and counts weeks, little work for a phone on a metered plan, so its code must stay small (no schema library: the record is checked by hand).',
    check: (results) => worstOfType(results.weight, 'plan', (page) => page.bytes.js, (bytes) => bytes <= 15 * KB, kb),
  },
  {
    id: 'your-data-javascript',
    part: 'weight',
    label: 'Your data page: JavaScript at load (gzip)',
    limit: '≤ 20 KB',
    why: 'The page holds every record type of the site (each tool adds its schema), the backup and the restore; a reader on a metered phone plan should still get it for less than a small image, and it must not grow silently as tools are added.',
    check: (results) => singlePageCheck(results.weight, 'yourData', (page) => verdict(page.bytes.js <= 20 * KB, `${kb(page.bytes.js)} (${page.path})`)),
  },
  {
    id: 'toolkit-plain-html',
    part: 'weight',
    label: 'Toolkit hub: readable without JavaScript',
    limit: '100 % of the text',
    why: 'The hub is a plain list of tools and what happens to the reader\'s data; nothing on it may depend on a script.',
    check: (results) => singlePageCheck(results.weight, 'toolkit', (page) => verdict(page.textWithoutJs >= 1, `${(page.textWithoutJs * 100).toFixed(1)} % (${page.path})`)),
  },
  ...pageTypes.map((type) => /** @type {Budget} */ ({
    id: `lighthouse-${type}`,
    part: 'lighthouse',
    label: `Lighthouse (mobile): ${type}`,
    limit: '100 in all four categories',
    why: 'Performance, accessibility, best practices and SEO at 100 is reachable for a static text site, so anything less is a regression worth a look.',
    check: (results) => {
      const runs = locales.flatMap((lang) => results.lighthouse?.[lang]?.[type] ?? []);
      if (runs.length < locales.length) return { status: 'unmeasured', actual: 'not audited in every language' };
      const broken = runs.flatMap((run) => (run.error === undefined ? [] : [`${run.lang}: ${run.error}`]));
      if (broken.length > 0) return { status: 'fail', actual: broken.join('; ') };
      const short = runs.flatMap((run) => (run.error === undefined ? Object.entries(run.scores) : [])
        .filter(([, score]) => score < 100)
        .map(([name, score]) => `${run.lang} ${name} ${score}`));
      return verdict(short.length === 0, short.length === 0 ? 'all 100' : short.join(', '));
    },
  })),
  {
    id: 'search-first-bytes',
    part: 'search',
    label: 'First search: everything transferred (gzip)',
    limit: '≤ 100 KB',
    why: 'Opening the search page and seeing the first results should cost a reader on a metered phone plan no more than a small image.',
    check: (results) => {
      const runs = locales.flatMap((lang) => results.search?.[lang] ?? []);
      if (runs.length < locales.length) return { status: 'unmeasured', actual: 'not measured in every language' };
      const measured = [];
      for (const run of runs) {
        if (!run.available) return { status: 'unmeasured', actual: run.reason };
        if (run.error !== undefined) return { status: 'fail', actual: run.error };
        measured.push(run);
      }
      const worst = measured.reduce((a, b) => (b.bytes.total > a.bytes.total ? b : a));
      return verdict(worst.bytes.total <= 100 * KB, `${kb(worst.bytes.total)} (${worst.path})`);
    },
  },
  {
    id: 'search-keystroke',
    part: 'search',
    label: 'Search: results after a keystroke, once loaded',
    limit: '≤ 50 ms',
    why: 'Results that follow typing within a few frames feel immediate; slower, readers wait for them and lose their place.',
    check: (results) => {
      const times = [];
      for (const lang of locales) {
        const run = results.search?.[lang];
        if (!run) return { status: 'unmeasured', actual: 'not measured in every language' };
        if (!run.available) return { status: 'unmeasured', actual: run.reason };
        if (run.error !== undefined || run.nextResultsMs === null) return { status: 'fail', actual: run.error ?? run.note ?? 'no results after the keystroke' };
        times.push({ ms: run.nextResultsMs, path: run.path });
      }
      const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a));
      return verdict(worst.ms <= 50, `${worst.ms} ms (${worst.path})`);
    },
  },
  ...networkBudgets(),
  {
    id: 'offline-first-visit',
    part: 'offline',
    label: 'Offline: what the worker fetches on a first visit (gzip)',
    limit: '≤ 10 KB',
    why: 'A reader who never asks for offline reading must pay almost nothing for it: the worker script and the small shell (the offline page of their language and its script) cost less than one more page.',
    check: (results) => offlineCheck(results, (run) => ({ value: run.firstVisit.bytes, actual: kb(run.firstVisit.bytes) }), (bytes) => bytes <= 10 * KB),
  },
  {
    id: 'offline-save-bytes',
    part: 'offline',
    label: 'Offline: "Save for offline", one language (gzip)',
    limit: '≤ 1 MB, and within 10 % of the figure shown',
    why: 'Saving a whole language must stay affordable on a small data plan (1 MB is about 8 s at 1 Mbit/s and a tenth of a per cent of a 1 GB month), and the reader is told the size beforehand, so what is downloaded must match what was promised.',
    check: (results) =>
      offlineCheck(results, (run) => ({
        value: run.save.bytes <= 1024 * KB && Math.abs(run.save.bytes - run.save.announcedBytes) <= run.save.announcedBytes * 0.1 ? 0 : 1,
        actual: `${kb(run.save.bytes)} (shown: ${kb(run.save.announcedBytes)}, ${run.save.requests} requests, ${(run.save.ms / 1000).toFixed(1)} s)`,
      }), (bad) => bad === 0),
  },
  {
    id: 'offline-repeat-visit',
    part: 'offline',
    label: 'Offline: opening a saved page again',
    limit: 'nothing but revalidation (304, no body)',
    why: 'A saved page and its files are on the device; the only traffic left is asking the host whether the page (and the worker) changed, which costs a few hundred bytes of headers.',
    check: (results) =>
      offlineCheck(results, (run) => {
        const downloaded = run.repeat.requests.filter((request) => request.status !== 304 || request.bytes > 0);
        return { value: downloaded.length, actual: `${run.repeat.requests.map((request) => `${request.path} ${request.status}`).join(', ') || 'no request'}` };
      }, (downloads) => downloads === 0),
  },
  {
    id: 'build-marginal-cost',
    part: 'build',
    label: 'Build: marginal time per page, 500 → 2,000 pages per language',
    limit: '≤ 15 ms',
    why: 'Keeps a site of thousands of pages buildable in about a minute on a small CI machine (2 cores).',
    check: (results) => buildCheck(results.build, (growth) => {
      const ms = growth.mediumToLargeMsPerPage;
      return verdict(ms !== null && ms <= 15, ms === null ? 'no difference in pages' : `${ms.toFixed(1)} ms`);
    }),
  },
  {
    id: 'build-linear-growth',
    part: 'build',
    label: 'Build: growth is linear (marginal 500 → 2,000 vs real → 500)',
    limit: '≤ 1.5×',
    why: 'If each page costs more the more pages there are (a list rebuilt per page, a quadratic lookup), build time explodes as content grows; a stable marginal cost shows it does not.',
    check: (results) => buildCheck(results.build, (growth) => {
      const { ratio } = growth;
      return verdict(ratio !== null && ratio <= 1.5, ratio === null ? 'cannot compare (first step not slower)' : `${ratio.toFixed(2)}×`);
    }),
  },
];

/**
 * My network's budgets: one measurement per language, the worse language counts.
 * @returns {Budget[]}
 */
function networkBudgets() {
  /**
   * @param {Results} results
   * @param {(run: Extract<import('./types').NetworkResult, { jsBytes: number }>) => number} pick
   * @param {number} limit
   * @param {(value: number) => string} show
   * @returns {Outcome}
   */
  const worst = (results, pick, limit, show) => {
    const runs = locales.map((lang) => results.network?.[lang]);
    if (runs.some((run) => run === undefined)) return { status: 'unmeasured', actual: 'not measured in every language' };
    const measured = [];
    for (const run of runs) {
      if (!run || run.error !== undefined) return { status: 'fail', actual: run?.error ?? 'no result' };
      measured.push({ value: pick(run), path: run.path });
    }
    const top = measured.reduce((a, b) => (b.value > a.value ? b : a));
    return verdict(top.value <= limit, `${show(top.value)} (${top.path})`);
  };
  const ms = (/** @type {number} */ value) => `${value} ms`;
  return [
    {
      id: 'network-javascript',
      part: 'network',
      label: 'My network: its JavaScript at load (gzip)',
      limit: '≤ 20 KB',
      why: 'The tool must open quickly on a phone with little data; CSV and calendar code is loaded only when the reader imports or exports, so it is not counted.',
      check: (results) => worst(results, (run) => run.jsBytes, 20 * KB, kb),
    },
    {
      id: 'network-draw',
      part: 'network',
      label: 'My network: list of 1,000 people (5,000 contacts) drawn',
      limit: '≤ 100 ms',
      why: 'About the longest a reader waits without feeling the page is slow (RAIL response time); a long-kept network must stay as quick as a new one.',
      check: (results) => worst(results, (run) => run.drawMs, 100, ms),
    },
    {
      id: 'network-keystroke',
      part: 'network',
      label: 'My network: find box, each keystroke, 1,000 people',
      limit: '≤ 50 ms',
      why: 'As for search: results that follow typing within a few frames feel immediate.',
      check: (results) => worst(results, (run) => run.keystrokeMs, 50, ms),
    },
    {
      id: 'network-linkedin-import',
      part: 'network',
      label: 'My network: 1,000-row LinkedIn file, to preview and then to list',
      limit: '≤ 1 s',
      why: 'Importing one\'s LinkedIn connections is the first thing many readers do; a second is the most a one-off action should take.',
      check: (results) => worst(results, (run) => run.importMs, 1000, ms),
    },
  ];
}

/**
 * An offline budget over both languages: unmeasured when a language is missing, failed when a
 * measurement broke or `ok` refuses the worst value.
 * @param {Results} results
 * @param {(run: Extract<import('./types').OfflineResult, { firstVisit: unknown }>) => { value: number, actual: string }} measure
 * @param {(value: number) => boolean} ok
 * @returns {Outcome}
 */
function offlineCheck(results, measure, ok) {
  const runs = locales.map((lang) => /** @type {const} */ ([lang, results.offline?.[lang]]));
  if (runs.some(([, run]) => !run)) return { status: 'unmeasured', actual: 'not measured in every language' };
  const broken = runs.flatMap(([lang, run]) => (run?.error === undefined ? [] : [`${lang}: ${run.error}`]));
  if (broken.length > 0) return { status: 'fail', actual: broken.join('; ') };
  const measured = runs.flatMap(([lang, run]) => (run && run.error === undefined ? [{ lang, ...measure(run) }] : []));
  return verdict(measured.every(({ value }) => ok(value)), measured.map(({ lang, actual }) => `${lang} ${actual}`).join('; '));
}

/**
 * A budget on a one-page type, judged by its worse language; unmeasured unless both were measured.
 * @param {Results['weight']} weight
 * @param {import('./pages.mjs').PageType} type
 * @param {(page: PageWeight) => Outcome} judge
 * @returns {Outcome}
 */
function singlePageCheck(weight, type, judge) {
  const pages = locales.flatMap((lang) => weight?.[lang]?.[type]?.pages ?? []);
  if (pages.length < locales.length) return { status: 'unmeasured', actual: `${type} not measured in every language` };
  const outcomes = pages.map(judge);
  return outcomes.find((outcome) => outcome.status === 'fail') ?? { status: 'pass', actual: outcomes.map((outcome) => outcome.actual).join('; ') };
}

/**
 * Build budgets need the search index inside the measured build, as the real build makes it.
 * @param {Results['build']} build
 * @param {(growth: NonNullable<import('./types').BuildResults['growth']>) => Outcome} judge
 * @returns {Outcome}
 */
function buildCheck(build, judge) {
  if (!build?.growth) return { status: 'unmeasured', actual: build?.error ?? 'no build runs' };
  if (build.runs.some((run) => !run.searchIndex)) {
    return { status: 'unmeasured', actual: `${judge(build.growth).actual} but the build made no search index` };
  }
  return judge(build.growth);
}

/**
 * @param {Results} results what run.mjs measured
 * @param {readonly string[]} parts the parts that were run
 */
export function evaluateBudgets(results, parts) {
  return budgets.map((budget) => {
    const { id, label, limit, why, part } = budget;
    /** @type {Outcome} */
    const outcome = parts.includes(part) ? budget.check(results) : { status: 'skipped', actual: '' };
    return { id, part, label, limit, why, ...outcome };
  });
}

/**
 * Non-zero when a budget is broken or could not be checked: an unchecked budget is not a kept one.
 * @param {Array<{ status: Status }>} verdicts
 */
export function exitCode(verdicts) {
  return verdicts.some((v) => v.status === 'fail' || v.status === 'unmeasured') ? 1 : 0;
}
