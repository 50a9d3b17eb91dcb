import { backupFileName, createBackup, serializeBackup, toolsIn } from './backup';
import type { PersonalData } from './store';
import { downloadText } from '../download-file';

/** Downloads a backup of everything the page's layer holds and stops the reminder for the tools in it. */
export function downloadBackup(layer: PersonalData, now = new Date()): void {
  const file = createBackup(layer, now);
  downloadText(backupFileName(now), serializeBackup(file));
  layer.markBackedUp(toolsIn(file));
}
