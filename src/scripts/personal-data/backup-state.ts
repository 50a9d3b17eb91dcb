import { handSchema } from './hand-schema';
import { defineRecordType } from './record-type';

/**
 * The layer's own bookkeeping for the backup reminder, one record per tool: when the reader last
 * downloaded a backup that held the tool's records, and when the first change after it was made.
 * Kept out of backups (restoring an old file must not say the newest changes are backed up).
 */
export interface BackupState {
  /** When a backup holding this tool's records was last downloaded (ISO 8601). */
  lastBackupAt?: string;
  /** The first change since then (ISO 8601); absent when everything is in a backup. */
  changedSince?: string;
}

const isIsoOrAbsent = (value: unknown) => value === undefined || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));

export const backupStateType = defineRecordType<BackupState>({
  tool: 'site',
  name: 'backup-state',
  version: 1,
  inBackup: false,
  remindBackup: false,
  schema: handSchema(
    (value): value is BackupState =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
      && isIsoOrAbsent((value as BackupState).lastBackupAt) && isIsoOrAbsent((value as BackupState).changedSince),
    'Expected { lastBackupAt?, changedSince? } with ISO dates',
  ),
});

/**
 * How long a change may go without a backup before the reader is reminded: 7 days. Safari (and
 * so every iPhone browser) deletes what a site stored when the site has not been used for 7 days
 * unless it is installed to the home screen, and any browser may clear it when the device runs
 * out of space or the reader clears history; a week is also about as much work as a reader could
 * still retype from memory.
 */
export const backupReminderDays = 7;

/** True when the tool has a change older than `backupReminderDays` that is in no downloaded backup. */
export function isBackupDue(state: BackupState | undefined, now: Date): boolean {
  if (!state?.changedSince) return false;
  return now.getTime() - Date.parse(state.changedSince) >= backupReminderDays * 24 * 60 * 60 * 1000;
}
