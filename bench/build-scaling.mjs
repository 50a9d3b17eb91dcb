// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGrowth, msPerPage } from './growth.mjs';
import { locales } from './pages.mjs';
import { runMeasured } from './process-cost.mjs';
import { syntheticCounts, writeSyntheticContent } from './synthetic-content.mjs';

/**
 * Builds the site three times from scratch (fresh cache, own output folder) — real content, then
 * synthetic content at about `sizes[0]` and `sizes[1]` pages per language — and measures each
 * `astro build` (which also writes the Pagefind index once search is in place).
 */

/** @typedef {import('./types').BuildRun} BuildRun */
/** @typedef {import('./growth.mjs').BuildCost} BuildCost */

/**
 * Counts HTML files below `dir`.
 * @param {string} dir
 * @returns {number}
 */
function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/**
 * The content, output and cache of these builds go to the system's temporary folder, not into the
 * project: a project folder can be far slower to write to (on the machine the budgets were set on,
 * 20,000 small files took 13 s in the project's /work against 0.9 s in /tmp), a cost of the disk
 * that grows with the number of pages and would otherwise be counted as the site's own.
 * @param {{ projectDir: string, sizes: [number, number], log: (line: string) => void }} options
 * @returns {Promise<import('./types').BuildResults>}
 */
export async function measureBuildScaling({ projectDir, sizes, log }) {
  const scaleDir = mkdtempSync(join(tmpdir(), 'networking-guide-bench-'));
  const contentDir = join(projectDir, 'content');
  const realTips = readdirSync(join(contentDir, 'tips')).filter((file) => file.endsWith('.yaml')).length;
  /** @type {BuildRun[]} */
  const runs = [];
  try {
    /**
     * @param {string} label
     * @param {{ guides: number, tips: number }} added
     */
    const build = async (label, added) => {
      const dir = join(scaleDir, label);
      const content = join(dir, 'content');
      const outDir = join(dir, 'dist');
      writeSyntheticContent({ contentDir, targetDir: content, ...added });
      // Flush the content just written (and the previous build's deletion) to disk first, so the
      // kernel's write-back does not run inside the timed build.
      spawnSync('sync');
      log(`build ${label}: +${added.guides} guides and +${added.tips} tips per language …`);
      const [loadBefore = 0] = loadavg();
      const result = await runMeasured(process.execPath, [join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: projectDir,
        // Thousands of synthetic tips make one tips page of about 15 MB, over the 5 MB a saved file
        // may have (src/offline/build-flags.ts); real content is far from it.
        env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', OFFLINE_FILE_LIMIT_MB: '64' },
      });
      if (result.code !== 0) throw new Error(`astro build (${label}) failed:\n${result.output.split('\n').slice(-25).join('\n')}`);
      const pagesPerLang = /** @type {Record<import('./pages.mjs').Locale, number>} */ (Object.fromEntries(locales.map((lang) => [lang, countHtml(join(outDir, lang))])));
      const pages = countHtml(outDir);
      const wallMs = Math.round(result.wallMs);
      /** @type {BuildRun} */
      const run = {
        label,
        pages,
        wallMs,
        pagesPerLang,
        guidesAdded: added.guides,
        tipsAdded: added.tips,
        cpuMs: result.cpuMs,
        loadBefore,
        peakRssBytes: result.peakRssBytes,
        msPerPage: msPerPage({ pages, ms: wallMs }),
        searchIndex: existsSync(join(outDir, 'pagefind')),
      };
      runs.push(run);
      log(`build ${label}: ${run.pages} pages in ${(run.wallMs / 1000).toFixed(1)} s`);
      // The output of thousands of pages is not needed once counted; free the disk for the next build.
      rmSync(dir, { recursive: true, force: true });
      return run;
    };

    const real = await build('real', { guides: 0, tips: 0 });
    const realPagesPerLang = Math.max(...Object.values(real.pagesPerLang));
    const realGuides = readdirSync(join(contentDir, 'guides', locales[0])).filter((file) => file.endsWith('.mdx')).length;
    const shape = { pagesPerLang: realPagesPerLang, guidesPerLang: realGuides, tips: realTips };
    const medium = await build(`${sizes[0]}`, syntheticCounts(shape, sizes[0]));
    const large = await build(`${sizes[1]}`, syntheticCounts(shape, sizes[1]));
    /** @param {'wallMs' | 'cpuMs'} time */
    const growth = (time) => {
      const costs = [real, medium, large].map((run) => ({ pages: run.pages, ms: run[time] }));
      if (costs.some((cost) => cost.ms === null)) return undefined;
      return buildGrowth(.../** @type {[BuildCost, BuildCost, BuildCost]} */ (costs));
    };
    const cpuGrowth = growth('cpuMs');
    return { runs, growth: growth('wallMs'), ...(cpuGrowth ? { cpuGrowth } : {}) };
  } catch (error) {
    return { runs, error: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(scaleDir, { recursive: true, force: true });
  }
}
