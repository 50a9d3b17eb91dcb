import { defineMiddleware } from 'astro:middleware';
import { BroadcastChannel } from 'node:worker_threads';
import { builtPagesChannel, pageFile, type BuiltPage } from './built-pages';

/**
 * Hands each page `astro build` renders to the search index at once, so Pagefind indexes pages on
 * the second core while the build renders the next ones, instead of reading every page back from
 * disk after the last (search-index.ts). Added by the search-index integration for builds only;
 * a page it never receives is read from disk, so this only makes the index sooner, never different.
 */
let channel: BroadcastChannel | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  if (!channel) {
    channel = new BroadcastChannel(builtPagesChannel);
    // An open channel would keep the build's process running after the build.
    channel.unref();
  }
  const page: BuiltPage = { file: pageFile(context.url.pathname), html: await response.clone().text() };
  channel.postMessage(page);
  return response;
});
