/**
 * `<site-menu>` wraps the header's `<details>` menu (SiteMenu.astro), which opens and closes by
 * itself without JavaScript. This adds what readers expect of a menu that lies over the page:
 * Escape closes it and puts the focus back on its button, and a click or tap outside closes it.
 */
export class SiteMenu extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    const summary = details?.querySelector('summary');
    if (!details || !summary) return;
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      summary.focus();
    });
    document.addEventListener('click', (event) => {
      if (details.open && event.target instanceof Node && !this.contains(event.target)) details.open = false;
    });
  }
}

if (!customElements.get('site-menu')) customElements.define('site-menu', SiteMenu);
