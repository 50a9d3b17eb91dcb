import { describe, expect, it } from 'vitest';
import { offersBackup, statusLines } from '../../src/scripts/personal-data/status-lines';
import type { DataStatus, KeptAside } from '../../src/scripts/personal-data/store';

const ok: DataStatus = { storage: 'ok', unsaved: 0, keptAside: [], backupDue: [] };
const kept = (reason: KeptAside['reason']): KeptAside => ({ key: 'k', from: 'k', typeName: 'note', reason, raw: 'x' });

describe('what the data status says', () => {
  it('says "saved" when all is well, and offers no backup', () => {
    expect(statusLines(ok)).toEqual(['ok']);
    expect(offersBackup(statusLines(ok))).toBe(false);
  });

  it('says nothing is saved when storage is blocked, even before the first change, and offers a backup', () => {
    expect(statusLines({ ...ok, storage: 'unavailable' })).toEqual(['unavailable']);
    expect(offersBackup(['unavailable'])).toBe(true);
  });

  it('says storage is full only while a change is unsaved, and "could not be saved" for other failures', () => {
    expect(statusLines({ ...ok, storage: 'full', unsaved: 2 })).toEqual(['full']);
    expect(statusLines({ ...ok, storage: 'failing', unsaved: 1 })).toEqual(['failing']);
    expect(statusLines({ ...ok, storage: 'full', unsaved: 0 })).toEqual(['ok']);
  });

  it('adds kept-aside data, newer data, and a due backup, after the saving state', () => {
    expect(statusLines({ ...ok, keptAside: [kept('corrupt'), kept('newer')], backupDue: ['network'] })).toEqual(['ok', 'newer', 'keptAside', 'backupDue']);
    expect(offersBackup(['ok', 'backupDue'])).toBe(true);
    expect(offersBackup(['ok', 'keptAside'])).toBe(false);
  });

  it('does not add the backup reminder to a warning that already asks for a backup', () => {
    expect(statusLines({ ...ok, storage: 'unavailable', backupDue: ['network'] })).toEqual(['unavailable']);
  });
});
