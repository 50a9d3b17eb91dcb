import type { DataStatus } from './store';

/** The sentences the `<data-status>` element can show; each is a UI string `data.status.<line>`. */
export type StatusLine = 'ok' | 'unavailable' | 'full' | 'failing' | 'keptAside' | 'newer' | 'backupDue';

/** Which sentences the status shows, most urgent first. Pure, so the choice is unit-tested. */
export function statusLines(status: DataStatus): StatusLine[] {
  const lines: StatusLine[] = [];
  if (status.storage === 'unavailable') lines.push('unavailable');
  else if (status.storage === 'full' && status.unsaved > 0) lines.push('full');
  else if (status.unsaved > 0) lines.push('failing');
  else lines.push('ok');
  if (status.keptAside.some((item) => item.reason === 'newer')) lines.push('newer');
  if (status.keptAside.some((item) => item.reason !== 'newer')) lines.push('keptAside');
  if (status.backupDue.length > 0 && lines[0] === 'ok') lines.push('backupDue');
  return lines;
}

/** Whether the backup button is offered: whenever something is or may soon be lost. */
export function offersBackup(lines: readonly StatusLine[]): boolean {
  return lines.some((line) => line === 'unavailable' || line === 'full' || line === 'failing' || line === 'backupDue');
}

