import {
  filterAttribute,
  itemMatches,
  parseValues,
  readSelection,
  writeSelection,
  type FilterGroups,
  type ItemValues,
  type Selection,
} from '../utils/filter';

interface Item {
  element: HTMLElement;
  values: ItemValues;
}

/** The groups and values a filter form offers, read from its checkboxes (name = group). */
function groupsOf(form: HTMLFormElement): FilterGroups {
  const groups: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    (groups[box.name] ??= []).push(box.value);
  }
  return groups;
}

/**
 * `<filter-list>` wraps a filter form (FilterList.astro), a count and the items. It filters on every
 * change, without a submit button, and keeps the choices in the URL query with `replaceState`: a
 * reload, a shared link or coming Back to the page shows the same list, while Back still leaves the
 * page instead of undoing one checkbox at a time. The matching rules are in src/utils/filter.ts.
 */
class FilterListElement extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #groups: FilterGroups = {};
  #items: Item[] = [];
  #status: HTMLElement | null = null;
  #empty: HTMLElement | null = null;

  connectedCallback(): void {
    this.#form = this.querySelector<HTMLFormElement>('form[data-filter-form]');
    if (!this.#form) return;
    this.#groups = groupsOf(this.#form);
    this.#status = this.querySelector<HTMLElement>('[data-filter-status]');
    this.#empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')].map((element) => ({
      element,
      values: Object.fromEntries(Object.keys(this.#groups).map((group) => [group, parseValues(element.getAttribute(filterAttribute(group)))])),
    }));

    this.#form.addEventListener('change', this.#onChange);
    this.#form.addEventListener('submit', this.#onSubmit);
    this.querySelector('[data-filter-reset]')?.addEventListener('click', this.#onReset);
    window.addEventListener('popstate', this.#fromUrl);
    this.#fromUrl();
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#fromUrl);
  }

  /** Applies the choices in the address, e.g. from a shared link, a reload or Back/Forward. */
  #fromUrl = (): void => {
    const selection = readSelection(window.location.search, this.#groups);
    for (const box of this.#boxes()) box.checked = selection[box.name]?.includes(box.value) ?? false;
    this.#show(selection);
  };

  #onChange = (): void => {
    const selection: Selection = {};
    for (const box of this.#boxes()) if (box.checked) (selection[box.name] ??= []).push(box.value);
    this.#show(selection);
    this.#save(selection);
  };

  /** The list is already filtered; "Show results" takes the reader to the count above it, not to a new page. */
  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#status?.focus();
  };

  #onReset = (): void => {
    for (const box of this.#boxes()) box.checked = false;
    this.#onChange();
  };

  #boxes(): HTMLInputElement[] {
    return [...(this.#form?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
  }

  #show(selection: Selection): void {
    let shown = 0;
    for (const { element, values } of this.#items) {
      const match = itemMatches(values, selection);
      element.hidden = !match;
      if (match) shown += 1;
    }
    if (this.#empty) this.#empty.hidden = shown > 0;
    const template = this.#status?.dataset['template'];
    const text = template?.replace('{shown}', String(shown));
    // Only a real change is written, so screen readers are not told the same count twice.
    if (this.#status && text && this.#status.textContent !== text) this.#status.textContent = text;
  }

  #save(selection: Selection): void {
    const url = new URL(window.location.href);
    url.search = writeSelection(url.search, selection, this.#groups);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }
}

if (!customElements.get('filter-list')) customElements.define('filter-list', FilterListElement);
