import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkPagefindVersion,
  chunkSizeVariable,
  countIndexChunks,
  indexChunkEntries,
  requestIndexChunkSize,
  supportedPagefindVersions,
} from '../../src/search/index-chunks';

describe('requestIndexChunkSize', () => {
  it('asks Pagefind for the site\'s chunk size when nothing else is set', () => {
    const env: Record<string, string | undefined> = {};
    expect(requestIndexChunkSize(env)).toBe(indexChunkEntries);
    expect(env[chunkSizeVariable]).toBe(String(indexChunkEntries));
  });

  it('keeps a size given in the environment, for trying other sizes', () => {
    const env = { [chunkSizeVariable]: '8000' };
    expect(requestIndexChunkSize(env)).toBe(8000);
    expect(env[chunkSizeVariable]).toBe('8000');
  });

  it('refuses a size Pagefind would silently replace with its default', () => {
    for (const given of ['8k', '0', '', '-5', '5000.5']) {
      expect(() => requestIndexChunkSize({ [chunkSizeVariable]: given }), given).toThrow(chunkSizeVariable);
    }
  });
});

describe('checkPagefindVersion', () => {
  it('accepts the versions whose chunk-size setting has been checked', () => {
    for (const version of supportedPagefindVersions) expect(() => checkPagefindVersion(version, 'entry')).not.toThrow();
  });

  it('fails on any other version, naming it, the file and what to do', () => {
    expect(() => checkPagefindVersion('1.7.0', 'dist/pagefind/pagefind-entry.json'))
      .toThrow(/dist\/pagefind\/pagefind-entry\.json was written by Pagefind 1\.7\.0.*add the version to supportedPagefindVersions/);
    expect(() => checkPagefindVersion(undefined, 'entry')).toThrow(/Pagefind \(no version given\)/);
  });
});

describe('countIndexChunks', () => {
  let bundle = '';
  afterEach(async () => {
    if (bundle) await rm(bundle, { recursive: true, force: true });
  });

  async function writeBundle(version: string, chunks: string[]): Promise<string> {
    bundle = await mkdtemp(join(tmpdir(), 'index-chunks-'));
    await mkdir(join(bundle, 'index'));
    const languages = { en: { hash: 'en_1234567', wasm: 'en', page_count: 2 }, fi: { hash: 'fi_1234567', wasm: 'fi', page_count: 2 } };
    await writeFile(join(bundle, 'pagefind-entry.json'), JSON.stringify({ version, languages }));
    for (const chunk of chunks) await writeFile(join(bundle, 'index', chunk), '');
    return bundle;
  }

  it('counts each language\'s word-index chunks', async () => {
    const folder = await writeBundle('1.6.0', ['en_aaaaaaa.pf_index', 'en_bbbbbbb.pf_index', 'fi_ccccccc.pf_index', 'fi_ddddddd.pf_index', 'fi_eeeeeee.pf_index']);
    expect(await countIndexChunks(folder)).toEqual({ en: 2, fi: 3 });
  });

  it('fails the build on a bundle from a version nobody has checked', async () => {
    const folder = await writeBundle('1.5.2', ['en_aaaaaaa.pf_index']);
    await expect(countIndexChunks(folder)).rejects.toThrow(/Pagefind 1\.5\.2/);
  });
});
