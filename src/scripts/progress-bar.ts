/**
 * Draws a ProgressBar.astro bar: `share` and `target` from 0 to 1 (clamped; a share over 1 fills
 * the bar), `share` null leaves it empty and invisible, in its place. Set through CSS custom properties with the CSSOM, which the
 * site's Content-Security-Policy allows (a `style` attribute in the HTML would need
 * `'unsafe-inline'`).
 */
export function drawProgress(bar: HTMLElement | null, share: number | null, target?: number): void {
  if (!bar) return;
  const empty = share === null || !Number.isFinite(share);
  bar.toggleAttribute('data-empty', empty);
  if (empty) return;
  const percent = (value: number) => `${Math.round(Math.min(1, Math.max(0, value)) * 1000) / 10}%`;
  bar.style.setProperty('--progress-share', percent(share));
  if (target === undefined) {
    delete bar.dataset['target'];
  } else {
    bar.dataset['target'] = '';
    bar.style.setProperty('--progress-target', percent(target));
  }
}
