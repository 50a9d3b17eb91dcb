import { backupFileName, createBackup, serializeBackup, toolsIn } from './backup';
import type { PersonalData } from './store';

/**
 * Hands the reader a file made in the page (a `blob:` address, so nothing goes over the network).
 * The address is freed after the click has started the download.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads a backup of everything the page's layer holds and stops the reminder for the tools in it. */
export function downloadBackup(layer: PersonalData, now = new Date()): void {
  const file = createBackup(layer, now);
  downloadText(backupFileName(now), serializeBackup(file));
  layer.markBackedUp(toolsIn(file));
}
