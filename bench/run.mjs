// @ts-check
/**
 * `npm run bench`: measures the built site as readers and editors meet it, prints a table, writes
 * bench/results.json and bench/summary.md, and exits non-zero when a budget is broken or could not
 * be checked. Parts: `npm run bench -- --only=weight,search,offline,lighthouse,build`. README.md
 * ("Benchmark") explains what is measured and why each budget is where it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBudgets, exitCode } from './budgets.mjs';
import { measureBuildScaling } from './build-scaling.mjs';
import { measureOffline } from './offline.mjs';
import { headersForPath, parseHeaderRules } from '../tests/headers-file.ts';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { consoleReport, markdownSummary } from './format.mjs';
import { startLighthouse } from './lighthouse.mjs';
import { parseOptions } from './options.mjs';
import { measureNetwork } from './my-network.mjs';
import { measurePage } from './page-weight.mjs';
import { heaviestPage, locales, pageTypes, pagesToMeasure } from './pages.mjs';
import { runMeasured } from './process-cost.mjs';
import { measureSearch, searchQueries } from './search.mjs';
import { startStaticServer } from './static-server.mjs';

if (!process.features.typescript) {
  console.error(`The benchmark reads the site's route table (TypeScript) and needs Node 22.18 or newer;
this is Node ${process.versions.node}. Run it through npm (npm run bench), which uses the project's Node.`);
  process.exit(1);
}

const projectDir = fileURLToPath(new URL('..', import.meta.url));
// Inside the project on purpose: Astro puts its temporary server build next to an output folder
// inside the project, but in the shared ./.astro/ for one outside it, where parallel builds collide.
const workDir = join(projectDir, 'bench', '.work');
const startedAt = performance.now();
/** @param {string} line */
const log = (line) => console.error(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** @param {string} siteDir */
async function buildSite(siteDir) {
  log('building the site …');
  const build = await runMeasured(process.execPath, [join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectDir,
    env: { ...process.env, OUT_DIR: siteDir, ASTRO_CACHE_DIR: join(workDir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output.split('\n').slice(-25).join('\n')}`);
}

/** @typedef {ReturnType<typeof pagesToMeasure>} Pages */

/**
 * Every page of every type in both languages, one fresh browser context per load.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {Pages} pages
 */
async function measureWeight(browser, origin, pages) {
  const weight = /** @type {import('./types').WeightResults} */ ({});
  for (const lang of locales) {
    weight[lang] = /** @type {import('./types').WeightResults[lang]} */ ({});
    for (const type of pageTypes) {
      log(`page weight: ${lang} ${type} (${pages[lang][type].length} page(s))`);
      const measured = [];
      for (const path of pages[lang][type]) measured.push(await measurePage(browser, origin, path));
      weight[lang][type] = { pages: measured };
    }
  }
  return weight;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {Pages} pages
 */
async function measureSearches(browser, origin, pages) {
  const search = /** @type {NonNullable<import('./types').Results['search']>} */ ({});
  for (const lang of locales) {
    log(`search: ${lang}`);
    const [first = '', second = ''] = searchQueries[lang];
    search[lang] = await measureSearch(browser, origin, pages[lang].search[0] ?? '', [first, second]);
  }
  return search;
}

/**
 * My network with 1,000 people and 5,000 interactions, in each language.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {Pages} pages
 */
async function measureNetworks(browser, origin, pages) {
  const network = /** @type {NonNullable<import('./types').Results['network']>} */ ({});
  for (const lang of locales) {
    log(`my network: ${lang}`);
    network[lang] = await measureNetwork(browser, origin, pages[lang].network[0] ?? '');
  }
  return network;
}

/**
 * One Lighthouse run per page type and language; for guides, the heaviest guide.
 * @param {string} siteDir
 * @param {string} origin
 * @param {Pages} pages
 * @param {number} port DevTools port for Lighthouse's Chromium
 */
async function measureLighthouse(siteDir, origin, pages, port) {
  const lighthouse = await startLighthouse(port);
  const audits = /** @type {NonNullable<import('./types').Results['lighthouse']>} */ ({});
  try {
    for (const lang of locales) {
      audits[lang] = /** @type {NonNullable<import('./types').Results['lighthouse']>[lang]} */ ({});
      for (const type of pageTypes) {
        const path = type === 'guide' ? heaviestPage(siteDir, pages[lang][type]) : (pages[lang][type][0] ?? '');
        log(`lighthouse: ${lang} ${type} ${path}`);
        const url = origin + path;
        audits[lang][type] = await lighthouse.audit(url)
          .then((run) => ({ lang, type, ...run }))
          .catch((error) => ({ lang, type, url, error: error instanceof Error ? error.message : String(error) }));
      }
    }
  } finally {
    lighthouse.close();
  }
  return audits;
}

/**
 * Page weight, search and Lighthouse: all against a fresh build served as a CDN would serve it.
 * @param {import('./options.mjs').Part[]} parts
 * @param {number} port
 * @param {import('./types').Results} results
 */
async function measureSite(parts, port, results) {
  const siteDir = join(workDir, 'site');
  await buildSite(siteDir);
  const pages = pagesToMeasure(siteDir);
  // The host's headers from the build's _headers (the worker script's no-cache among them).
  const rules = parseHeaderRules(readFileSync(join(siteDir, '_headers'), 'utf8'));
  const server = await startStaticServer({ root: siteDir, port, headersFor: (path) => headersForPath(rules, path) });
  try {
    if (parts.includes('weight') || parts.includes('search') || parts.includes('network') || parts.includes('offline')) {
      const { chromium } = await import('@playwright/test');
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
      results.meta.chromium = browser.version();
      try {
        if (parts.includes('weight')) results.weight = await measureWeight(browser, server.origin, pages);
        if (parts.includes('search')) results.search = await measureSearches(browser, server.origin, pages);
        if (parts.includes('network')) results.network = await measureNetworks(browser, server.origin, pages);
        if (parts.includes('offline')) {
          const offline = /** @type {NonNullable<import('./types').Results['offline']>} */ ({});
          for (const lang of locales) {
            log(`offline: ${lang}`);
            offline[lang] = await measureOffline(browser, server, siteDir, lang);
          }
          results.offline = offline;
        }
      } finally {
        await browser.close();
      }
    }
    if (parts.includes('lighthouse')) results.lighthouse = await measureLighthouse(siteDir, server.origin, pages, port + 1);
  } finally {
    await server.close();
  }
}

async function main() {
  const { parts, sizes, port } = parseOptions(process.argv.slice(2));
  mkdirSync(workDir, { recursive: true });
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectDir, encoding: 'utf8' });
  /** @type {import('./types').Results} */
  const results = {
    meta: {
      date: new Date().toISOString(),
      node: process.versions.node,
      chromium: null,
      cpus: cpus().length,
      commit: git.status === 0 ? git.stdout.trim() : null,
      parts: [...parts],
    },
  };
  if (parts.some((part) => part !== 'build')) await measureSite(parts, port, results);
  if (parts.includes('build')) results.build = await measureBuildScaling({ projectDir, sizes, log });

  const verdicts = evaluateBudgets(results, parts);
  writeFileSync(join(projectDir, 'bench', 'results.json'), `${JSON.stringify({ ...results, budgets: verdicts }, null, 2)}\n`);
  writeFileSync(join(projectDir, 'bench', 'summary.md'), markdownSummary(results, verdicts));
  console.log(consoleReport(results, verdicts));
  log('done; wrote bench/results.json and bench/summary.md');
  process.exitCode = exitCode(verdicts);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
