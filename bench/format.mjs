// @ts-check
import { kinds } from './page-weight.mjs';
import { locales, pageTypes } from './pages.mjs';

/**
 * Turns results into tables once, then renders them for the terminal and for Markdown, so the
 * printed table and bench/summary.md never disagree.
 */

/** @typedef {import('./types').Results} Results */
/** @typedef {{ title: string, headers: string[], align: Array<'l' | 'r'>, rows: string[][] }} Table */
/** @typedef {ReturnType<typeof import('./budgets.mjs').evaluateBudgets>} Verdicts */

/** @param {number | null | undefined} value @param {number} [digits] */
const num = (value, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));
/** @param {number} bytes */
const kbNumber = (bytes) => (bytes / 1024).toFixed(1);

/**
 * Pads cells into aligned columns for the terminal.
 * @param {Table} table
 */
export function textTable({ title, headers, align, rows }) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) => cells.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [title, line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * A GitHub-flavoured Markdown table under a level-2 heading.
 * @param {Table} table
 */
export function markdownTable({ title, headers, align, rows }) {
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [`## ${title}`, '', line(headers), `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * One row per language and page type; a type with several pages (guides) shows the largest value
 * of each column over its pages and the smallest share of text without JavaScript.
 * @param {NonNullable<Results['weight']>} weight
 * @returns {Table}
 */
function weightTable(weight) {
  const rows = locales.flatMap((lang) => pageTypes.flatMap((type) => {
    const pages = weight[lang]?.[type]?.pages ?? [];
    if (pages.length === 0) return [];
    /** @param {(page: import('./types').PageWeight) => number} pick */
    const max = (pick) => Math.max(...pages.map(pick));
    const label = pages.length === 1 ? (pages[0]?.path ?? type) : `${type} (max of ${pages.length})`;
    return [[
      lang,
      label,
      ...kinds.map((kind) => kbNumber(max((page) => page.bytes[kind]))),
      kbNumber(max((page) => page.bytes.total)),
      String(max((page) => page.requests)),
      String(max((page) => page.requestsBeforeRender)),
      `${(Math.min(...pages.map((page) => page.textWithoutJs)) * 100).toFixed(0)} %`,
      `${max((page) => page.headerHeightPx)} px`,
    ]];
  }));
  return {
    title: 'Page weight at load (KB transferred, gzip)',
    headers: ['lang', 'page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total', 'requests', 'blocking', 'text w/o JS', 'header at 390 px'],
    align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows,
  };
}

/**
 * @param {NonNullable<Results['search']>} search
 * @returns {Table}
 */
function searchTable(search) {
  const rows = locales.flatMap((lang) => {
    const run = search[lang];
    if (!run) return [];
    if (!run.available) return [[lang, run.path, run.reason, '', '', '', '', '']];
    if (run.error !== undefined) return [[lang, run.path, run.error, '', '', '', '', '']];
    return [[lang, run.path, `"${run.queries[0]}"`, kbNumber(run.bytes.total), kbNumber(run.bytes.js), kbNumber(run.bytes.other), String(run.requests), num(run.firstResultsMs), num(run.nextResultsMs)]];
  });
  return {
    title: 'First search (from opening the search page to the first results)',
    headers: ['lang', 'page', 'query', 'total KB', 'JS KB', 'index KB', 'requests', 'results ms', 'after a keystroke ms'],
    align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows,
  };
}

/**
 * @param {NonNullable<Results['offline']>} offline
 * @returns {Table}
 */
function offlineTable(offline) {
  const rows = locales.flatMap((lang) => {
    const run = offline[lang];
    if (!run) return [];
    if (run.error !== undefined) return [[lang, run.path, run.error, '', '', '', '']];
    return [[lang, run.path, kbNumber(run.firstVisit.bytes), kbNumber(run.save.announcedBytes), kbNumber(run.save.bytes), String(run.save.requests), `${run.repeat.requests.length} (${kbNumber(run.repeat.bytes)} KB)`]];
  });
  return {
    title: 'Offline reading (KB gzip, counted at the server)',
    headers: ['lang', 'page', 'first visit: worker + shell', 'save: shown', 'save: fetched', 'save: requests', 'saved page again: requests'],
    align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    rows,
  };
}

/**
 * @param {NonNullable<Results['lighthouse']>} lighthouse
 * @returns {Table}
 */
function lighthouseTable(lighthouse) {
  const rows = locales.flatMap((lang) => pageTypes.flatMap((type) => {
    const run = lighthouse[lang]?.[type];
    if (!run) return [];
    const page = new URL(run.url).pathname;
    if (run.error !== undefined) return [[lang, page, run.error, '', '', '', '', '', '', '']];
    const { scores } = run;
    return [[lang, page, String(scores.performance), String(scores.accessibility), String(scores['best-practices']), String(scores.seo), num(run.lcpMs), num(run.tbtMs), num(run.cls, 3), String(run.runs)]];
  }));
  return {
    title: 'Lighthouse, mobile defaults (median of 3 runs where the first was under 100)',
    headers: ['lang', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'runs'],
    align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows,
  };
}

/**
 * @param {NonNullable<Results['build']>} build
 * @returns {Table}
 */
function buildTable(build) {
  /** @param {import('./types').Growth | undefined} growth */
  const marginals = (growth) => [null, growth?.realToMediumMsPerPage ?? null, growth?.mediumToLargeMsPerPage ?? null];
  const marginal = marginals(build.growth);
  const marginalCpu = marginals(build.cpuGrowth);
  const rows = build.runs.map((run, i) => [
    run.label === 'real' ? 'real content' : `~${run.label} pages per language`,
    String(run.pagesPerLang.en ?? 0),
    String(run.pagesPerLang.fi ?? 0),
    String(run.pages),
    num(run.wallMs / 1000, 1),
    run.cpuMs === null ? '–' : num(run.cpuMs / 1000, 1),
    num(run.loadBefore, 1),
    run.peakRssBytes === null ? '–' : num(run.peakRssBytes / 1024 / 1024),
    num(run.msPerPage, 1),
    num(marginal[i], 1),
    num(marginalCpu[i], 1),
    run.searchIndex ? 'yes' : 'no',
  ]);
  if (build.error) rows.push([`error: ${build.error.split('\n')[0] ?? ''}`, '', '', '', '', '', '', '', '', '', '', '']);
  return {
    title: 'Build (astro build, fresh cache, including the search index)',
    headers: ['content', 'en pages', 'fi pages', 'all pages', 'wall s', 'CPU s', 'load', 'peak RSS MB', 'ms/page', 'marginal ms/page', 'marginal CPU ms/page', 'search index'],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    rows,
  };
}

/**
 * @param {Verdicts} verdicts
 * @returns {Table}
 */
function budgetTable(verdicts) {
  return {
    title: 'Budgets',
    headers: ['result', 'budget', 'limit', 'measured'],
    align: ['l', 'l', 'l', 'l'],
    rows: verdicts.map((v) => [v.status.toUpperCase(), v.label, v.limit, v.actual]),
  };
}

/**
 * Every table the results allow, in reading order.
 * @param {Results} results
 * @param {Verdicts} verdicts
 * @returns {Table[]}
 */
function reportTables(results, verdicts) {
  return [
    ...(results.weight ? [weightTable(results.weight)] : []),
    ...(results.search ? [searchTable(results.search)] : []),
    ...(results.offline ? [offlineTable(results.offline)] : []),
    ...(results.lighthouse ? [lighthouseTable(results.lighthouse)] : []),
    ...(results.build ? [buildTable(results.build)] : []),
    budgetTable(verdicts),
  ];
}

/**
 * A warning when other work competed for the cores during the builds, which inflates wall times.
 * @param {Results} results
 * @returns {string[]}
 */
export function busyWarning(results) {
  const busiest = Math.max(0, ...(results.build?.runs ?? []).map((run) => run.loadBefore));
  if (busiest <= results.meta.cpus) return [];
  return [`Note: the machine was busy during the builds (load ${busiest.toFixed(1)} on ${results.meta.cpus} cores), so their wall times are inflated; CPU s is less affected. Rerun the build part on an idle machine before acting on a build budget.`];
}

/**
 * The audits that cost Lighthouse points, so a score under 100 says what to fix.
 * @param {Results} results
 */
function lostPointLines(results) {
  return locales.flatMap((lang) => pageTypes.flatMap((type) => {
    const run = results.lighthouse?.[lang]?.[type];
    if (!run || run.error !== undefined) return [];
    const page = `${lang} ${type} (${new URL(run.url).pathname})`;
    return [
      ...Object.entries(run.lostPoints).flatMap(([category, audits]) =>
        (audits ?? []).map((audit) => `- ${page}, ${category}: ${audit.title} (\`${audit.id}\`, score ${audit.score})`)),
      ...(run.cls ? run.layoutShifts.map((shift) => `- ${page}, layout shift ${shift.score.toFixed(3)}: \`${shift.element.replaceAll('`', "'")}\``) : []),
    ];
  }));
}

/**
 * bench/summary.md: the tables, the budgets with their reasons, and what cost Lighthouse points.
 * @param {Results} results
 * @param {Verdicts} verdicts
 */
export function markdownSummary(results, verdicts) {
  const { meta } = results;
  const lost = lostPointLines(results);
  return [
    '# Benchmark results',
    '',
    `${meta.date} · commit ${meta.commit ?? 'unknown'} · Node ${meta.node} · Chromium ${meta.chromium ?? '–'} · ${meta.cpus} CPUs · parts: ${meta.parts.join(', ')}`,
    '',
    ...reportTables(results, verdicts).flatMap((table) => [markdownTable(table), '']),
    ...busyWarning(results).flatMap((line) => [line, '']),
    ...(lost.length > 0 ? ['## What cost Lighthouse points', '', ...lost, ''] : []),
    '## Why these budgets',
    '',
    ...verdicts.map((v) => `- **${v.label}** (${v.limit}): ${v.why}`),
    '',
  ].join('\n');
}

/**
 * The terminal report: every table, then one line per failed or unmeasured budget.
 * @param {Results} results
 * @param {Verdicts} verdicts
 */
export function consoleReport(results, verdicts) {
  const broken = verdicts.filter((v) => v.status === 'fail' || v.status === 'unmeasured');
  const tail = broken.length === 0
    ? 'All budgets checked are kept.'
    : `${broken.length} budget(s) not kept:\n${broken.map((v) => `  ${v.status.toUpperCase()}: ${v.label} — ${v.actual} (limit ${v.limit})`).join('\n')}`;
  return [...reportTables(results, verdicts).map(textTable), ...busyWarning(results), tail].join('\n\n');
}
