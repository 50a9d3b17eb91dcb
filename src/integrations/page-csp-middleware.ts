import { defineMiddleware } from 'astro:middleware';
import { withOwnHashes } from './page-csp';

/** Cuts each built page's Content-Security-Policy to the hashes of its own inline elements (see page-csp.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnHashes(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
