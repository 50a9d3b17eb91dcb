// @ts-check
import { mobileContext } from './chromium.mjs';
import { recordResponses } from './page-weight.mjs';

/**
 * What searching costs a reader who opens the search page for the first time: every byte and
 * request from opening the page until the first results are on screen (page, search script,
 * WebAssembly, index chunks, result fragments), and how long results take to appear after typing.
 *
 * It knows nothing about how the search page is built: it types into the search box in `<main>`
 * and counts a result as shown in the animation frame where a new link appears in `<main>`
 * (looking inside open shadow roots too, as web-component search UIs use them).
 */

/**
 * A word in guides of both languages, then the same word one letter longer: the keystroke a reader
 * types once search has loaded, which the 50 ms budget is about.
 */
export const searchQueries = { en: ['mentor', 'mentors'], fi: ['mentor', 'mentori'] };

const searchBox = 'main input[type="search"], main [role="searchbox"], main input[name="q"]';

/**
 * Starts watching `<main>` for links that are not there yet. Runs in the page.
 */
function watchForResults() {
  /** @param {ParentNode} root @returns {HTMLAnchorElement[]} */
  const links = (root) => {
    const found = [...root.querySelectorAll('a[href]')].filter((a) => a instanceof HTMLAnchorElement);
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) found.push(...links(element.shadowRoot));
    }
    return found;
  };
  const main = document.querySelector('main');
  if (!main) throw new Error('The page has no <main>.');
  const before = new Set(links(main));
  /** @type {{ typedAt: number | null, shownAt: number | null, shown: number }} */
  const state = { typedAt: null, shownAt: null, shown: 0 };
  // The input event is composed, so it reaches the document even from inside a shadow root.
  document.addEventListener('input', (event) => { state.typedAt = event.timeStamp; }, { capture: true });
  const check = () => {
    const fresh = links(main).filter((a) => !before.has(a) && a.pathname !== location.pathname);
    if (state.typedAt !== null && fresh.length > 0) {
      state.shownAt = performance.now();
      state.shown = fresh.length;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  /** @type {{ benchSearch?: typeof state }} */ (/** @type {unknown} */ (window)).benchSearch = state;
}

/**
 * Types `query` and waits for a result link; returns milliseconds from the input event to the
 * frame that showed the results.
 * @param {import('@playwright/test').Page} page
 * @param {string} query
 */
async function timeSearch(page, query) {
  await page.evaluate(watchForResults);
  await page.locator(searchBox).first().fill(query);
  await page.waitForFunction(
    () => /** @type {{ benchSearch?: { shownAt: number | null } }} */ (/** @type {unknown} */ (window)).benchSearch?.shownAt !== null,
    undefined,
    { timeout: 15_000, polling: 50 },
  );
  const state = await page.evaluate(() => /** @type {{ benchSearch: { typedAt: number, shownAt: number, shown: number } }} */ (/** @type {unknown} */ (window)).benchSearch);
  return { ms: Math.round(state.shownAt - state.typedAt), shown: state.shown };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {string} path the search page
 * @param {[string, string]} queries the first search (cold) and the query after one more keystroke (warm)
 * @returns {Promise<import('./types').SearchResult>}
 */
export async function measureSearch(browser, origin, path, [first, second]) {
  const context = await browser.newContext(mobileContext);
  try {
    const page = await context.newPage();
    const responses = recordResponses(page);
    await page.goto(origin + path, { waitUntil: 'load' });
    await responses.quiet();
    if ((await page.locator(searchBox).count()) === 0) {
      return { path, available: false, reason: `no search box in <main> at ${path}` };
    }
    const cold = await timeSearch(page, first).catch(errorText);
    if (typeof cold === 'string') return { path, available: true, error: `no results for "${first}": ${cold}` };
    await responses.quiet(500);
    const cost = await responses.summary();
    const warm = await timeSearch(page, second).catch(errorText);
    return {
      path,
      available: true,
      queries: [first, second],
      bytes: cost.bytes,
      requests: cost.requests,
      responses: cost.responses,
      firstResultsMs: cold.ms,
      resultsShown: cold.shown,
      nextResultsMs: typeof warm === 'string' ? null : warm.ms,
      ...(typeof warm === 'string' ? { note: `after a keystroke, "${second}": ${warm}` } : {}),
    };
  } finally {
    await context.close();
  }
}

/** @param {unknown} error */
function errorText(error) {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}
