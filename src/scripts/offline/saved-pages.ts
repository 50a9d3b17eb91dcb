import { cacheNames, languageOfPath, storedHeaders } from '../../offline/policy';

/**
 * `<saved-pages>` on the offline page (src/views/OfflineView.astro): lists the pages of this
 * language stored in this browser, read straight from Cache Storage (the worker stores each page
 * with its title and when it was stored). When the worker answered with this page for another
 * address, it says that page is not saved. It imports no other module, so the shell needs this
 * one file beside the scripts every page has.
 */
export interface SavedPagesStrings {
  locale: string;
  count: Record<'one' | 'other', string>;
  item: string;
  notSaved: string;
  siteName: string;
}

interface StoredPage {
  path: string;
  title: string;
  savedAt: Date;
}

class SavedPages extends HTMLElement {
  #strings!: SavedPagesStrings;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as SavedPagesStrings;
    if (location.pathname !== this.dataset['path']) {
      const note = this.querySelector<HTMLElement>('[data-not-saved]');
      if (note) {
        note.textContent = this.#strings.notSaved.replace('{{path}}', decodeURI(location.pathname));
        note.hidden = false;
      }
    }
    void this.#list();
  }

  async #stored(): Promise<StoredPage[]> {
    if (!('caches' in window) || !(await caches.has(cacheNames.pages))) return [];
    const cache = await caches.open(cacheNames.pages);
    const lang = this.dataset['lang'] ?? '';
    const pages: StoredPage[] = [];
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (languageOfPath(path, [lang]) !== lang || path === this.dataset['path']) continue;
      const headers = (await cache.match(request))?.headers;
      const title = decodeURIComponent(headers?.get(storedHeaders.title) ?? '').replace(` – ${this.#strings.siteName}`, '') || this.#strings.siteName;
      pages.push({ path, title, savedAt: new Date(headers?.get(storedHeaders.savedAt) ?? 0) });
    }
    return pages.sort((a, b) => a.title.localeCompare(b.title, this.#strings.locale));
  }

  async #list(): Promise<void> {
    const pages = await this.#stored();
    const list = this.querySelector<HTMLUListElement>('[data-list]');
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (!list || !count || pages.length === 0) return;
    // Both languages say "1 page", "2 pages": English and Finnish plurals split at one.
    count.textContent = this.#strings.count[pages.length === 1 ? 'one' : 'other'].replace('{{count}}', String(pages.length));
    const date = new Intl.DateTimeFormat(this.#strings.locale, { dateStyle: 'medium' });
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.path;
        link.textContent = page.title;
        const meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = ` (${this.#strings.item.replace('{{date}}', date.format(page.savedAt))})`;
        item.append(link, meta);
        return item;
      }),
    );
  }
}

customElements.define('saved-pages', SavedPages);
