import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { everyPage, onePerTemplate } from './sitemap';

test.describe('axe finds no WCAG 2.2 AA violation', () => {
  // One test per group of pages, so the groups run in parallel.
  for (const group of ['en', 'fi', 'other'] as const) {
    test(`on every ${group === 'other' ? 'bilingual' : group} page, in light and dark colour schemes`, async ({ page, request }) => {
      const paths = (await everyPage(request)).filter((path) => (group === 'other' ? !/^\/(en|fi)\//.test(path) : path.startsWith(`/${group}/`)));
      expect(paths.length).toBeGreaterThan(0);
      // The time grows with the site; generous per page, since a busy machine slows axe down most.
      test.setTimeout(30_000 + paths.length * 8_000);
      const dark = new Set(onePerTemplate(paths));
      const found: string[] = [];
      for (const path of paths) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        found.push(...(await axeViolations(page)).map((violation) => `${path} (light) ${violation}`));
        // Only colours change with the scheme, and colours come with the template, so the dark
        // run checks contrast alone, on one page of each kind.
        if (!dark.has(path)) continue;
        await page.emulateMedia({ colorScheme: 'dark' });
        found.push(...(await axeViolations(page, ['color-contrast', 'link-in-text-block'])).map((violation) => `${path} (dark) ${violation}`));
      }
      expect(found).toEqual([]);
    });
  }
});

/** What the keyboard focus is on: enough to name it in a failure and to check it can be seen. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      shadow: style.boxShadow !== 'none',
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/** Elements a keyboard user should reach with Tab, in document order. */
async function tabbableElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.checkVisibility({ visibilityProperty: true }))
      .filter((element) => !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && document.querySelector(`input[type=radio][name="${element.name}"]:checked`)))
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`),
  );
}

test.describe('keyboard', () => {
  test('Tab goes skip link → site name → language switcher → navigation, and the skip link moves focus to the content', async ({ page }) => {
    for (const [path, switcher, firstNav] of [['/en/', 'Suomeksi', 'Guides'], ['/fi/', 'In English', 'Oppaat']] as const) {
      await page.goto(path);
      const order: string[] = [];
      for (let step = 0; step < 4; step += 1) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => (document.activeElement?.textContent ?? '').trim()));
      }
      expect(order.slice(1)).toEqual([await page.locator('.site-name').innerText(), switcher, firstNav]);
      await expect(page.locator('.skip-link')).toHaveText(order[0] ?? '');

      await page.goto(path);
      await page.keyboard.press('Tab');
      await expect(page.locator('.skip-link')).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    }
  });

  test('every control on every page is reached by Tab in document order and shows where the focus is', async ({ page, request }) => {
    const paths = onePerTemplate(await everyPage(request));
    test.setTimeout(30_000 + paths.length * 8_000);
    const problems: string[] = [];
    for (const path of paths) {
      // The controls as the reader meets them once the page's scripts have run: some add or
      // enable controls (the Messages page's email links get their address from its script).
      await page.goto(path, { waitUntil: 'networkidle' });
      const expected = await tabbableElements(page);
      const reached: string[] = [];
      for (let step = 0; step < expected.length; step += 1) {
        await page.keyboard.press('Tab');
        const state = await focusState(page);
        if (!state) break;
        reached.push(state.name);
        if (!state.outline && !state.shadow) problems.push(`${path}: no visible focus indicator on ${state.name}`);
        if (!state.onScreen) problems.push(`${path}: focused ${state.name} is off screen`);
      }
      if (reached.join('\n') !== expected.join('\n')) problems.push(`${path}: Tab order\n  reached:  ${reached.join(' | ')}\n  expected: ${expected.join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Text that sticks out past the right edge of the window, which a reader would have to scroll
 * the page sideways to read. Inside a box that scrolls by itself (a wide data table, which WCAG
 * 1.4.10 allows) only the box has to fit.
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1) found.push(`page scrolls sideways (${document.documentElement.scrollWidth}px in ${innerWidth}px)`);
    const inScrollingBox = (element: Element) => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX)) return true;
      }
      return false;
    };
    for (const element of document.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, a, button, label, input, select, summary, td, th, dt, dd, [role=region]')) {
      const box = element.getBoundingClientRect();
      if (!inScrollingBox(element) && box.width > 0 && element.checkVisibility() && box.right > innerWidth + 1) found.push(`<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(box.right)}px`);
    }
    return found.slice(0, 5);
  });
}

test.describe('zoom and small screens', () => {
  test('text at 200 % on a desktop window and pages on a 320 px wide screen need no sideways scrolling', async ({ page, request }) => {
    const problems: string[] = [];
    const paths = await everyPage(request);
    test.setTimeout(30_000 + paths.length * 4_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of paths) {
      await page.goto(path);
      // Like the browser's text-only zoom: every size in rem and em grows with the root font size.
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      await expect(page.locator('h1').first(), path).toBeVisible();
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), `${path} text doubles`).toBe(32);
      problems.push(...(await overflow(page)).map((problem) => `${path} at 200 %: ${problem}`));
    }
    // WCAG 1.4.10 Reflow: 320 CSS pixels is a 1280 px window zoomed to 400 %.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of paths) {
      await page.goto(path);
      problems.push(...(await overflow(page)).map((problem) => `${path} at 320 px: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
});
