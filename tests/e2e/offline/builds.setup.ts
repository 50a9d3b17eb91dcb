import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { builds, changeInB, projectDir } from './builds';

/** Folders not copied into the project B is built from: installed packages (linked instead), builds and reports. */
const skipped = new Set(['node_modules', '.git', 'dist', 'dist-reports', 'test-results', 'playwright-report', '.astro', 'bench/.work']);

function build(outDir: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(builds.source, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: builds.source,
      env: { ...process.env, ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(builds.work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`build of ${outDir} failed:\n${output.slice(-3000)}`))));
  });
}

setup('build B (changed text and asset) and the kill-switch build', async () => {
  setup.setTimeout(180_000);
  expect(existsSync(join(builds.a, 'sw.js')), `build A (${builds.a}) has a worker: build the site first`).toBe(true);
  rmSync(builds.work, { recursive: true, force: true });
  mkdirSync(builds.work, { recursive: true });
  cpSync(projectDir, builds.source, { recursive: true, filter: (path) => !skipped.has(relative(projectDir, path)) });
  symlinkSync(join(projectDir, 'node_modules'), join(builds.source, 'node_modules'), 'dir');

  const strings = join(builds.source, 'src/i18n/ui/en.json');
  const ui = JSON.parse(readFileSync(strings, 'utf8')) as Record<string, string>;
  ui['home.lead'] += changeInB.text;
  writeFileSync(strings, JSON.stringify(ui, null, 2));
  const favicon = join(builds.source, 'src/assets/favicon.svg');
  const svg = readFileSync(favicon, 'utf8');
  expect(svg).toContain(changeInB.faviconFrom);
  writeFileSync(favicon, svg.replace(changeInB.faviconFrom, changeInB.faviconTo));

  // The main build's cache, copied: B differs in a UI string and the favicon, not in content, so
  // the content layer is reused and each build takes about half as long.
  const cache = process.env['ASTRO_CACHE_DIR'] ?? join(projectDir, 'node_modules/.astro');
  if (existsSync(cache)) cpSync(cache, join(builds.work, 'cache'), { recursive: true });
  // One after the other: Astro keeps a temporary server build inside the project folder.
  await build(builds.b);
  await build(builds.killSwitch, { OFFLINE_KILL_SWITCH: '1' });

  cpSync(builds.a, builds.broken, { recursive: true });
  writeFileSync(join(builds.broken, 'sw.js'), "self.addEventListener('install', (event) => event.waitUntil(Promise.reject(new Error('broken on purpose'))));\n");
});
