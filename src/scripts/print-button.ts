/**
 * Makes every `[data-print-button]` open the browser's print dialog. The buttons are shown by CSS
 * only when scripting is on (PrintButton.astro), so readers without JavaScript never meet a button
 * that does nothing, and nothing moves on the page when this runs.
 */
export function enablePrintButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
    button.addEventListener('click', () => window.print());
  }
}
