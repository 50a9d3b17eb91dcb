import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchRecords } from '../search/html-records.ts';

/**
 * Indexes the pages of one language, started by search-index.ts once per language. It runs in a
 * thread of its own so that turning pages into records (html-records.ts) happens off the thread
 * that renders the site, and it has its own Pagefind process because Pagefind's Node API keeps one
 * process per loaded module and that process indexes one record at a time: one per language lets
 * the languages be indexed side by side.
 *
 * This file and what it imports run in plain Node (type stripping), not through Vite, so imports
 * carry their `.ts` extension and only erasable TypeScript is allowed.
 */

/** A built page to index, then, once, where to write the bundle. */
export type IndexerMessage = { file: string; html: string } | { outputPath: string };
/** Sent once the bundle is written or indexing failed. */
export type IndexerReply = { records: number } | { error: string };

if (!parentPort) throw new Error('pagefind-language-worker.ts runs as a worker thread of the search-index integration.');
const port = parentPort;

// Rendering pages is what the build waits for, so indexing takes only the time it leaves. On
// Linux a thread has its own priority, and the Pagefind process started below inherits it.
try {
  setPriority(19);
} catch {
  // Not allowed here: indexing then competes with rendering as an equal, which is only slower.
}

const indexReady = pagefind.createIndex().then(({ index, errors }) => {
  if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
  return index;
});
const adding: Promise<void>[] = [];
const failures: string[] = [];
let records = 0;

async function handle(message: IndexerMessage): Promise<void> {
  const index = await indexReady;
  if ('html' in message) {
    // Sent on without waiting: Pagefind queues them, and this thread goes on to the next page.
    for (const { url, html } of searchRecords(message.file, message.html)) {
      records += 1;
      adding.push(index.addHTMLFile({ url, content: html }).then(
        (added) => { if (added.errors.length > 0) failures.push(`${url}: ${added.errors.join('; ')}`); },
        (error: unknown) => { failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`); },
      ));
    }
    return;
  }
  await Promise.all(adding);
  if (failures.length > 0) throw new Error(failures.join('\n'));
  const written = await index.writeFiles({ outputPath: message.outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  await pagefind.close();
  port.postMessage({ records } satisfies IndexerReply);
}

// Messages are handled in order, so the write waits for every page sent before it. After a
// failure the rest are skipped and the failure is reported once.
let queue = Promise.resolve();
let failed = false;
port.on('message', (message: IndexerMessage) => {
  queue = queue.then(() => (failed ? undefined : handle(message))).catch(async (error: unknown) => {
    failed = true;
    await pagefind.close();
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies IndexerReply);
  });
});
