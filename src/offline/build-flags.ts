/**
 * Whether this build ships the offline worker. `OFFLINE_KILL_SWITCH=1 npm run build` turns it off:
 * `/sw.js` then removes itself from readers' browsers (src/service-worker/kill-switch.ts), and pages
 * neither register a worker nor offer "Save for offline". Read while pages render, in Node.
 */
export const offlineEnabled = process.env['OFFLINE_KILL_SWITCH'] !== '1';
