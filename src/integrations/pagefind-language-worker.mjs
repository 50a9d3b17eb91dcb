// @ts-check
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/**
 * Indexes one language's search records in a Pagefind process of its own, started by
 * search-index.ts once per language. Pagefind's Node API runs one process per loaded module and
 * that process indexes one record at a time, so each language needs its own thread (and with it
 * its own module and process) for the languages to be indexed side by side on a second core.
 *
 * Messages in: `{ records: [{ url, html }] }` any number of times, then `{ outputPath }` to write
 * the bundle and stop. Message out: `{ written: true }` or `{ error }`.
 */
if (!parentPort) throw new Error('pagefind-language-worker.mjs runs as a worker thread of the search-index integration.');
const port = parentPort;

const indexReady = pagefind.createIndex().then(({ index, errors }) => {
  if (!index) throw new Error(errors.join('\n'));
  return index;
});
/** @type {Promise<void>[]} */
const adding = [];
/** @type {string[]} */
const failures = [];

/** @param {{ records: { url: string, html: string }[] } | { outputPath: string }} message */
async function handle(message) {
  const index = await indexReady;
  if ('records' in message) {
    // Sent on without waiting: Pagefind queues them, and the build goes on reading pages meanwhile.
    for (const { url, html } of message.records) {
      adding.push(index.addHTMLFile({ url, content: html }).then(
        (added) => { if (added.errors.length > 0) failures.push(`${url}: ${added.errors.join('; ')}`); },
        (error) => { failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`); },
      ));
    }
    return;
  }
  await Promise.all(adding);
  if (failures.length > 0) throw new Error(failures.join('\n'));
  const written = await index.writeFiles({ outputPath: message.outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  await pagefind.close();
  port.postMessage({ written: true });
}

// Messages are handled in order, so the write waits for every record sent before it.
let queue = Promise.resolve();
port.on('message', (message) => {
  queue = queue.then(() => handle(message)).catch(async (error) => {
    await pagefind.close();
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  });
});
