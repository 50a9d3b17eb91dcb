import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const tool = '../shared/tools/seed-overlap.mjs';

// The source documents sit beside the project only on the team's machines and in CI.
describe.runIf(existsSync(tool))('own words', () => {
  it('shares no run of 8 or more words with the source documents', () => {
    const run = spawnSync(process.execPath, [tool, '.'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toMatch(/no run of 8 or more words/);
    expect(run.status).toBe(0);
  });
});
