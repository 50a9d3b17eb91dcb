import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on Node 22.18 or newer: Astro 7, Vitest 5 and i18next 27 need 22.12, the search index worker runs TypeScript as Node strips it (22.18)', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 18), `running on Node ${process.versions.node}`).toBe(true);
  });
});
