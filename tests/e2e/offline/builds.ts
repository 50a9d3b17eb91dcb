import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The builds the offline tests serve: A is the build every browser test uses (OUT_DIR); B is the
 * same project with a changed text and a changed asset; K is B built with the kill switch. B and K
 * are built once per run by builds.setup.ts into the system's temporary folder, in a folder of
 * their own per project and output, so parallel runs elsewhere never share one.
 */
export const projectDir = resolve(import.meta.dirname, '../../..');
const a = resolve(projectDir, process.env['OUT_DIR'] ?? 'dist');
const work = join(tmpdir(), `offline-tests-${createHash('sha1').update(`${projectDir} ${a}`).digest('hex').slice(0, 10)}`);

export const builds = {
  a,
  b: join(work, 'b'),
  killSwitch: join(work, 'kill-switch'),
  /** A copy of A whose worker throws while installing. */
  broken: join(work, 'broken'),
  /** The copied project B and K are built from. */
  source: join(work, 'source'),
  work,
};

/** What build B changes, so the tests can tell the two builds apart. */
export const changeInB = {
  /** Added to the end of the English home page's lead paragraph (`home.lead`). */
  text: ' This sentence is only in build B.',
  /** The favicon's colour: a new `/_astro/favicon.<hash>.svg` on every page, and new app icons. */
  faviconFrom: '#0b57a4',
  faviconTo: '#0b57a5',
};
