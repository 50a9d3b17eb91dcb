import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layerOrder } from '../../src/styles/layer-order';

describe('cascade layers', () => {
  it('global.css declares the same layer order that Base.astro writes first', () => {
    const globalCss = readFileSync('src/styles/global.css', 'utf8');
    expect(globalCss).toContain(layerOrder);
  });
});
