import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export interface SyncResult {
  ok: boolean;
  output: string;
}

/**
 * Runs Astro's content layer (`astro sync`) over a copy of the valid fixture content with some
 * files replaced or removed, exactly as an editor's change would reach the build. Each run gets
 * its own cache so one fixture's entries never leak into the next.
 */
export function syncContent(changes: Record<string, string | null> = {}, contentDir = 'tests/fixtures/valid'): SyncResult {
  return runAstro('sync', changes, contentDir).result;
}

/**
 * Builds the valid fixture content with `changes`, as `syncContent` does, and returns the built
 * pages at `pages` (paths inside the build folder, e.g. `en/guides/first-steps/index.html`) and the
 * text values the content layer kept in its cache (such as HTML it rendered while loading).
 * With the output outside the project, Astro keeps its temporary server build in the shared
 * `./.astro/`, so such builds must run one at a time: the content tests run their files in turn.
 */
export function buildContent(changes: Record<string, string | null>, pages: string[]): SyncResult & { pages: Record<string, string>; storedText: string[] } {
  const { result, built, storedText } = runAstro('build', changes, 'tests/fixtures/valid', pages);
  return { ...result, pages: built, storedText };
}

function runAstro(command: 'sync' | 'build', changes: Record<string, string | null>, contentDir: string, pages: string[] = []) {
  const work = mkdtempSync(join(tmpdir(), 'content-fixture-'));
  const content = join(work, 'content');
  const outDir = join(work, 'dist');
  try {
    cpSync(contentDir, content, { recursive: true });
    for (const [file, text] of Object.entries(changes)) {
      const target = join(content, file);
      if (text === null) rmSync(target);
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    }
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', command], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    // eslint-disable-next-line no-control-regex -- strips terminal colours so messages read as editors see them
    const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    const ok = run.status === 0;
    const built = Object.fromEntries(pages.map((page) => [page, ok ? readFileSync(join(outDir, page), 'utf8') : '']));
    // The cache is devalue's flat JSON array, so its text values are the array's strings.
    const store = join(work, 'cache', 'data-store.json');
    const storedText = existsSync(store) ? (JSON.parse(readFileSync(store, 'utf8')) as unknown[]).filter((value): value is string => typeof value === 'string') : [];
    return { result: { ok, output }, built, storedText };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The problem lines of the report the build stopped with (src/content-checks/problem.ts): one per
 * problem, each starting with the file it is in.
 */
export function problemLines(output: string): string[] {
  const start = output.indexOf('The build stopped:');
  if (start < 0) return [];
  return output.slice(start).split('\n').slice(1).filter((line) => /^(content|src)\/\S+ — /.test(line));
}

/**
 * Syncs the valid fixture content with `changes` and expects the content layer to refuse it with a
 * report that names `file` and matches `message`. Prefer `expectProblems`, which asserts the exact
 * lines an editor reads.
 */
export function expectRefused(changes: Record<string, string | null>, file: string, message: RegExp): string {
  const result = syncContent(changes);
  expect(result.ok, 'the content layer accepted the change').toBe(false);
  expect(result.output).toContain(file);
  expect(result.output).toMatch(message);
  return result.output;
}

/**
 * Syncs the valid fixture content with `changes` and expects the content layer to refuse it with
 * exactly `lines`, one per problem (file and line, field, what is wrong, how to fix it): what an
 * editor reads. Also checks the report carries no stack trace or `Location: …:0:0`.
 */
export function expectProblems(changes: Record<string, string | null>, lines: string[], result: SyncResult = syncContent(changes)): string {
  expect(result.ok, 'the content layer accepted the change').toBe(false);
  expect(problemLines(result.output)).toEqual(lines);
  expect(result.output).not.toMatch(/Stack trace|Location:|\n\s+at /);
  return result.output;
}
