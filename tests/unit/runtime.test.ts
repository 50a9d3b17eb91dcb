import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on Node 22.12 or newer, which Astro 7, Vitest 5 and i18next 27 need', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), `running on Node ${process.versions.node}`).toBe(true);
  });
});
