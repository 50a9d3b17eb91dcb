/**
 * Whether this build ships the offline worker. `OFFLINE_KILL_SWITCH=1 npm run build` turns it off:
 * `/sw.js` then removes itself from readers' browsers (src/service-worker/kill-switch.ts), and pages
 * neither register a worker nor offer "Save for offline". Read while pages render, in Node.
 */
export const offlineEnabled = process.env['OFFLINE_KILL_SWITCH'] !== '1';

/**
 * The largest file "Save for offline" stores, in MB (5 by default; `OFFLINE_FILE_LIMIT_MB` sets
 * it). A bigger page stops the build, naming it, rather than be left out of every saved copy
 * without anyone noticing: at that size a page needs splitting. The benchmark's synthetic builds,
 * with thousands of tips on one page, raise it.
 */
export const offlineFileLimitMb = Number(process.env['OFFLINE_FILE_LIMIT_MB'] ?? 5);
