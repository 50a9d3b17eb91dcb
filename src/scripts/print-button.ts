/**
 * Reveals every `[data-print-button]` and makes it open the browser's print dialog. The buttons
 * start hidden, so readers without JavaScript never meet a button that does nothing (they print
 * from the browser's menu, with the same print styles).
 */
export function enablePrintButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
}
