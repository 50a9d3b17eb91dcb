import { formatDate } from '../../i18n/format';
import { isLocale, type Locale } from '../../i18n/locales';
import type { CsvImportError, CsvLabels } from './csv';
import {
  addInteraction, allTags, applyImport, emptySettings, historyOf, interactionKinds, isDueNow, isIsoDate, listEntries, localDay, matcher, orderEntries,
  parseTags, personTextFields, planImport, rhythmDate, validatePerson, weekSummary,
  type ImportPlan, type Interaction, type InteractionKind, type ListEntry, type NetworkData, type Person, type Rhythm, type SortKey,
} from './model';
import { downloadText } from '../download-file';
import { personalData, type WriteResult } from '../personal-data';
import { drawProgress } from '../progress-bar';
import { networkStore, type NetworkStore } from './records';

/**
 * `<my-network>`: the My network tool. It reveals the controls rendered hidden inside it
 * (NetworkTool.astro), keeps the reader's people, interactions and settings through the store,
 * and draws the list. Rules live in `model.ts`; CSV and calendar code is loaded with `import()`
 * only when the reader imports or exports, so the page's own script stays small.
 *
 * Speed with a large network (see the benchmark): the list shows the first `pageSize` matches and more
 * on request (everyone before printing); a keystroke filters lower-cased texts prepared once per
 * change of data; cards are made when first shown; a person's history when its details open.
 */

type Strings = Record<string, string>;
type Vars = Record<string, string | number>;

/** A small element builder: the list is made of many small nodes, always with text set as text. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Whether the browser stored every write. When it did not, the notice says so beside the change:
 * "saved" next to the saving status's "not saved" would leave the reader to guess which is true.
 */
const allSaved = (results: readonly WriteResult[]) => results.every((result) => result === 'saved');

/** How many people the list shows at first, and how many more each "Show more" adds. */
const pageSize = 20;

class MyNetwork extends HTMLElement {
  #lang: Locale = 'en';
  #strings: Strings = {};
  #plural = new Intl.PluralRules('en');
  #collator = new Intl.Collator('en');
  #store!: NetworkStore;
  #data: NetworkData = { people: [], interactions: [], settings: emptySettings() };
  #entries: ListEntry[] = [];
  /** Cards made so far, by person id, until the data changes. */
  #items = new Map<string, HTMLLIElement>();
  #matches: ListEntry[] = [];
  #limit = pageSize;
  #today = localDay();
  #editing: Person | undefined;
  #logFor: string | undefined;
  #undo: (() => void) | undefined;
  #plan: ImportPlan | undefined;
  /** The log form, made from its template; it lives in the card of the person it is for, or nowhere. */
  #logForm!: HTMLFormElement;

  connectedCallback(): void {
    const lang = this.dataset['lang'] ?? '';
    this.#lang = isLocale(lang) ? lang : 'en';
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    this.#plural = new Intl.PluralRules(this.#lang);
    this.#collator = new Intl.Collator(this.#lang);
    this.#store = networkStore(personalData);
    this.#data = this.#store.read();
    this.#store.onChange(() => {
      this.#data = this.#store.read();
      this.#draw();
    });
    this.#wire();
    // A link may bring a search (`?q=`, from My plan); it is taken out of the address at once, so a
    // reload, a bookmark or a shared link never sends it to the host again.
    const url = new URL(location.href);
    const query = url.searchParams.get('q');
    if (query) {
      this.#input('#network-find').value = query;
      url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    this.#draw();
    this.#part('[data-tool]').hidden = false;
    // A link to #due-now (from My plan) arrives before the list exists; go there once it does.
    if (location.hash === '#due-now') this.#part('#due-now').scrollIntoView();
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`<my-network> has no ${selector}`);
    return found;
  }

  #input(selector: string): HTMLInputElement {
    return this.#part<HTMLInputElement>(selector);
  }

  /** A UI string with `{{name}}` filled in; a `count` picks the plural form. */
  #t(key: string, vars: Vars = {}): string {
    const form = typeof vars['count'] === 'number' ? `${key}_${this.#plural.select(vars['count'])}` : key;
    const text = this.#strings[form] ?? this.#strings[`${key}_other`] ?? this.#strings[key] ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  }

  #date(iso: string): string {
    return formatDate(new Date(`${iso}T00:00:00Z`), this.#lang);
  }

  #notify(text: string, undo?: () => void): void {
    this.#part('[data-notice]').textContent = text;
    this.#undo = undo;
    this.#part('[data-undo]').hidden = !undo;
  }

  // -------------------------------------------------------------------------------------------
  // Events

  #wire(): void {
    this.#part('[data-add]').addEventListener('click', () => this.#openPerson(undefined));
    const personForm = this.#part<HTMLFormElement>('[data-person-form]');
    personForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#savePerson();
    });
    personForm.querySelector('[data-cancel]')?.addEventListener('click', () => this.#closePerson());
    personForm.querySelector('#person-rhythm')?.addEventListener('change', () => this.#showProposed());

    const template = this.#part<HTMLTemplateElement>('template[data-log-template]');
    const logForm = (this.#logForm = template.content.firstElementChild!.cloneNode(true) as HTMLFormElement);
    logForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#saveLog();
    });
    logForm.querySelector('[data-cancel]')?.addEventListener('click', () => this.#closeLog(true));

    this.#input('#network-find').addEventListener('input', () => this.#filter());
    this.#part('#network-tag').addEventListener('change', () => this.#filter());
    this.#part('[data-more]').addEventListener('click', () => {
      const first = this.#matches[this.#limit];
      this.#limit += pageSize;
      this.#render();
      // The button may be gone now; the first new card is where the reader goes on reading.
      if (first) this.#items.get(first.person.id)?.querySelector<HTMLElement>('h4')?.focus();
    });
    window.addEventListener('beforeprint', () => this.#showAll());
    this.#part('#network-sort').addEventListener('change', () => this.#draw());

    // One listener for every card's buttons: cards are redrawn often.
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      const id = button?.closest<HTMLElement>('[data-person]')?.dataset['person'];
      if (!button || !id) return;
      const action = button.dataset['action'];
      if (action === 'edit') this.#openPerson(this.#data.people.find((person) => person.id === id));
      else if (action === 'log') this.#openLog(id);
      else if (action === 'delete') this.#delete(id);
    });
    this.addEventListener('toggle', (event) => {
      const details = event.target;
      if (details instanceof HTMLDetailsElement && details.open && !details.dataset['drawn']) this.#drawDetails(details);
    }, true);
    this.#part('[data-undo]').addEventListener('click', () => this.#undo?.());

    const week = this.#part<HTMLFormElement>('[data-week-form]');
    week.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#saveWeek(week);
    });

    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => void this.#export(button.dataset['export'] ?? ''));
    }
    this.#input('[data-import]').addEventListener('change', () => void this.#readImport());
    const preview = this.#part<HTMLFormElement>('[data-import-preview]');
    preview.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#confirmImport(preview);
    });
    preview.querySelector('[data-cancel]')?.addEventListener('click', () => this.#endImport(this.#t('network.ui.importCancelled')));

    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-print]')) {
      button.addEventListener('click', () => {
        document.documentElement.dataset['print'] = button.dataset['print'];
        this.#showAll();
        window.print();
      });
    }
    window.addEventListener('afterprint', () => delete document.documentElement.dataset['print']);
  }

  // -------------------------------------------------------------------------------------------
  // The list

  /** Orders everyone again after a change of data or of order, then shows the first matches. */
  #draw(): void {
    this.#today = localDay();
    const sort = this.#part<HTMLSelectElement>('#network-sort').value as SortKey;
    this.#entries = orderEntries(listEntries(this.#data), sort, this.#today, this.#collator);
    this.#items.clear();
    const tag = this.#part<HTMLSelectElement>('#network-tag');
    const chosen = tag.value;
    tag.replaceChildren(tag.options[0]!, ...allTags(this.#data.people, this.#collator).map((name) => h('option', { value: name }, name)));
    tag.value = chosen;
    this.#filter(false);
    this.#drawWeek();
  }

  /**
   * Shows the people who match the find box and tag, due ones first: the first `pageSize`, and
   * more on "Show more" (all of them before printing). A card is made the first time it is shown
   * and kept until the data changes, so a keystroke costs one pass of `includes` over the
   * prepared texts and at most one page of cards.
   */
  #filter(keepShown = false): void {
    const query = this.#input('#network-find').value;
    const tag = this.#part<HTMLSelectElement>('#network-tag').value;
    this.#matches = this.#entries.filter(matcher(query, tag));
    if (!keepShown) this.#limit = pageSize;
    // What the reader types stays out of the address: the address is sent with every reload.
    this.#render();
  }

  #render(): void {
    const dueItems: HTMLLIElement[] = [];
    const otherItems: HTMLLIElement[] = [];
    const shown = this.#matches.slice(0, this.#limit);
    for (const entry of shown) {
      let item = this.#items.get(entry.person.id);
      if (!item) this.#items.set(entry.person.id, (item = this.#card(entry, this.#today)));
      (isDueNow(entry, this.#today) ? dueItems : otherItems).push(item);
    }
    // The log form may sit in a card no longer shown; it stays with its person's card.
    this.#logForm.remove();
    this.#part('[data-due-list]').replaceChildren(...dueItems);
    this.#part('[data-others-list]').replaceChildren(...otherItems);
    if (this.#logFor) this.#items.get(this.#logFor)?.querySelector('article')?.append(this.#logForm);
    const total = this.#entries.length;
    const more = this.#matches.length - shown.length;
    this.#part('[data-empty]').hidden = total > 0;
    this.#part('[data-due-none]').hidden = dueItems.length > 0;
    this.#part('[data-others-section]').hidden = otherItems.length === 0;
    this.#part('[data-count]').textContent = total > 0 ? this.#t('network.ui.shown', { shown: this.#matches.length, count: total }) : '';
    const button = this.#part('[data-more]');
    button.hidden = more === 0;
    button.textContent = this.#t('network.ui.more', { count: Math.min(more, pageSize) });
  }

  /** Shows everyone who matches (before printing, or to reach a person beyond the first page). */
  #showAll(): void {
    this.#limit = Infinity;
    this.#render();
  }

  #card({ person, lastContact, due }: ListEntry, today: string): HTMLLIElement {
    const headingId = `person-${person.id}`;
    const fact = (label: string, value: string) => h('div', {}, h('dt', {}, label), h('dd', {}, value));
    const step = person.nextStep ? (person.nextStepDue ? `${person.nextStep} (${this.#date(person.nextStepDue)})` : person.nextStep) : '';
    const article = h('article', { 'aria-labelledby': headingId },
      h('h4', { id: headingId, tabindex: '-1' }, person.name),
      h('dl', { class: 'person-facts' },
        fact(this.#t('network.field.organisation'), person.organisation),
        fact(this.#t('network.field.role'), person.role),
        fact(this.#t('network.field.lastContact'), lastContact ? this.#date(lastContact) : this.#t('network.ui.never')),
        fact(this.#t('network.field.nextStep'), step),
      ),
    );
    if (due) {
      const text = this.#t(`network.ui.due.${due.reason}`, { date: this.#date(due.date) });
      article.insertBefore(h('p', { class: due.date <= today ? 'person-due is-due' : 'person-due' }, due.date <= today ? `${this.#t('network.ui.overdue')}: ${text}` : text), article.children[1]!);
    }
    if (person.tags.length > 0) article.append(h('p', { class: 'person-tags' }, `${this.#t('network.field.tags')}: ${person.tags.join(', ')}`));
    const actions = h('div', { class: 'person-actions', role: 'group', 'aria-label': this.#t('network.ui.personActions', { name: person.name }) },
      h('button', { type: 'button', 'data-action': 'log' }, this.#t('network.ui.log')),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'edit' }, this.#t('network.ui.edit')),
    );
    const messages = this.dataset['messages'];
    if (messages) actions.append(h('a', { href: `${messages}?contact=${encodeURIComponent(person.id)}` }, this.#t('network.ui.message')));
    actions.append(h('button', { type: 'button', class: 'secondary', 'data-action': 'delete' }, this.#t('network.ui.delete')));
    article.append(actions, h('details', {}, h('summary', {}, this.#t('network.ui.details'))));
    return h('li', { 'data-person': person.id }, article);
  }

  /** A person's other fields and history, drawn when the reader opens them. */
  #drawDetails(details: HTMLDetailsElement): void {
    const id = details.closest<HTMLElement>('[data-person]')?.dataset['person'];
    const person = this.#data.people.find((candidate) => candidate.id === id);
    if (!person) return;
    details.dataset['drawn'] = 'true';
    const facts = h('dl', { class: 'person-more' });
    for (const field of ['howWeMet', 'languages', 'email', 'phone', 'profileUrl', 'notes'] as const) {
      if (!person[field]) continue;
      const value = field === 'email' ? h('a', { href: `mailto:${person.email}` }, person.email)
        : field === 'profileUrl' ? h('a', { href: person.profileUrl, rel: 'noopener noreferrer', target: '_blank' }, person.profileUrl)
        : person[field];
      facts.append(h('div', {}, h('dt', {}, this.#t(`network.field.${field}`)), h('dd', {}, value)));
    }
    facts.append(h('div', {}, h('dt', {}, this.#t('network.field.rhythm')), h('dd', {}, this.#t(`network.rhythm.${person.rhythm}`))));
    const history = historyOf(person.id, this.#data.interactions);
    const list = history.length === 0 ? h('p', {}, this.#t('network.ui.noHistory'))
      : h('ol', { class: 'person-history' }, ...history.map((interaction) => h('li', {},
        h('strong', {}, `${this.#date(interaction.date)} · ${this.#t(`network.kind.${interaction.kind}`)}`),
        ...(interaction.note ? [h('br'), interaction.note] : []))));
    details.append(facts, h('h5', {}, this.#t('network.ui.history')), list);
  }

  // -------------------------------------------------------------------------------------------
  // Adding, editing, deleting

  #personForm(): HTMLFormElement {
    return this.#part<HTMLFormElement>('[data-person-form]');
  }

  #openPerson(person: Person | undefined): void {
    this.#closeLog(false);
    this.#editing = person;
    const form = this.#personForm();
    form.reset();
    this.#showErrors([]);
    form.querySelector('[data-heading]')!.textContent = person ? this.#t('network.ui.editHeading', { name: person.name }) : this.#t('network.ui.addHeading');
    if (person) {
      for (const field of personTextFields) (form.elements.namedItem(field) as HTMLInputElement).value = person[field];
      (form.elements.namedItem('tags') as HTMLInputElement).value = person.tags.join(', ');
      (form.elements.namedItem('nextStepDue') as HTMLInputElement).value = person.nextStepDue;
      (form.elements.namedItem('rhythm') as HTMLSelectElement).value = person.rhythm;
    }
    form.hidden = false;
    this.#showProposed();
    form.querySelector<HTMLElement>('[data-heading]')!.focus();
  }

  #closePerson(): void {
    const editing = this.#editing;
    this.#personForm().hidden = true;
    this.#editing = undefined;
    this.#focusPerson(editing?.id, 'edit') || this.#part('[data-add]').focus();
  }

  /** Puts focus back on a person's button after the list was drawn again; false when the person is gone. */
  #focusPerson(id: string | undefined, action: string): boolean {
    if (id && !this.#items.has(id) && this.#matches.some((entry) => entry.person.id === id)) this.#showAll();
    const button = id ? this.#items.get(id)?.querySelector<HTMLElement>(`[data-action="${action}"]`) : undefined;
    button?.focus();
    return Boolean(button);
  }

  #formPerson(): Person {
    const form = this.#personForm();
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const base = this.#editing ?? { id: this.#store.newId(), added: localDay() };
    const person = { ...base, tags: parseTags(value('tags')), nextStepDue: value('nextStepDue'), rhythm: value('rhythm') as Rhythm } as Person;
    for (const field of personTextFields) person[field] = field === 'name' ? value(field).trim() : value(field);
    return person;
  }

  #showProposed(): void {
    const person = this.#formPerson();
    const last = this.#entries.find((entry) => entry.person.id === person.id)?.lastContact;
    const date = rhythmDate(person, last);
    this.#part('[data-proposed]').textContent = date ? this.#t('network.ui.proposed', { date: this.#date(date) }) : '';
  }

  #showErrors(errors: Array<{ field: string; problem: string }>): void {
    const form = this.#personForm();
    for (const message of form.querySelectorAll<HTMLElement>('.field-error')) {
      message.hidden = true;
      message.textContent = '';
      const input = form.querySelector(`#${message.id.replace(/-error$/, '')}`);
      input?.removeAttribute('aria-invalid');
      input?.removeAttribute('aria-describedby');
    }
    const summary = this.#part('[data-error-summary]');
    summary.hidden = errors.length === 0;
    const list = this.#part('[data-error-list]');
    list.replaceChildren(...errors.map(({ field, problem }) => {
      const text = this.#t(`network.ui.error.${problem}`);
      const message = form.querySelector<HTMLElement>(`#person-${field}-error`);
      const input = form.querySelector(`#person-${field}`);
      if (message && input) {
        message.hidden = false;
        message.textContent = text;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', message.id);
      }
      return h('li', {}, h('a', { href: `#person-${field}` }, text));
    }));
  }

  #savePerson(): void {
    const person = this.#formPerson();
    const errors = validatePerson(person);
    this.#showErrors(errors);
    if (errors.length > 0) {
      this.#part('[data-error-summary]').focus();
      return;
    }
    this.#data = { ...this.#data, people: this.#editing ? this.#data.people.map((kept) => (kept.id === person.id ? person : kept)) : [...this.#data.people, person] };
    const stored = allSaved(this.#store.putPeople([person]));
    this.#draw();
    this.#notify(this.#t(stored ? 'network.ui.savedPerson' : 'network.ui.notStored', { name: person.name }));
    this.#personForm().hidden = true;
    this.#editing = undefined;
    this.#focusPerson(person.id, 'edit');
  }

  #delete(id: string): void {
    const person = this.#data.people.find((candidate) => candidate.id === id);
    if (!person) return;
    const theirs = this.#data.interactions.filter((interaction) => interaction.personId === id);
    if (this.#logFor === id) this.#closeLog(false);
    this.#data = { ...this.#data, people: this.#data.people.filter((kept) => kept !== person), interactions: this.#data.interactions.filter((interaction) => interaction.personId !== id) };
    this.#store.deletePeople([id], theirs.map((interaction) => interaction.id));
    this.#draw();
    this.#notify(this.#t('network.ui.deleted', { name: person.name }), () => this.#restore(person, theirs));
    this.#part('[data-undo]').focus();
  }

  #restore(person: Person, interactions: Interaction[]): void {
    this.#data = { ...this.#data, people: [...this.#data.people, person], interactions: [...this.#data.interactions, ...interactions] };
    this.#store.putPeople([person]);
    this.#store.putInteractions(interactions);
    this.#draw();
    this.#notify(this.#t('network.ui.restored', { name: person.name }));
    this.#focusPerson(person.id, 'edit');
  }

  // -------------------------------------------------------------------------------------------
  // Logging a contact

  #openLog(id: string): void {
    const person = this.#data.people.find((candidate) => candidate.id === id);
    const form = this.#logForm;
    if (!person) return;
    this.#logFor = id;
    form.reset();
    (form.elements.namedItem('date') as HTMLInputElement).value = localDay();
    this.#logError('');
    form.querySelector('[data-heading]')!.textContent = this.#t('network.ui.logHeading', { name: person.name });
    this.#items.get(id)?.querySelector('article')?.append(form);
    form.querySelector<HTMLElement>('[data-heading]')!.focus();
  }

  #closeLog(focus: boolean): void {
    const id = this.#logFor;
    this.#logFor = undefined;
    this.#logForm.remove();
    if (focus) this.#focusPerson(id, 'log');
  }

  #logError(text: string): void {
    const message = this.#logForm.querySelector<HTMLElement>('#log-date-error')!;
    const input = this.#logForm.querySelector<HTMLInputElement>('#log-date')!;
    message.textContent = text;
    message.hidden = !text;
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  #saveLog(): void {
    const form = this.#logForm;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const personId = this.#logFor;
    if (!personId) return;
    if (!isIsoDate(value('date'))) {
      this.#logError(this.#t('network.ui.error.date'));
      form.querySelector<HTMLElement>('#log-date')?.focus();
      return;
    }
    const kind = interactionKinds.includes(value('kind') as InteractionKind) ? (value('kind') as InteractionKind) : 'other';
    const interaction: Interaction = { id: this.#store.newId(), personId, date: value('date'), kind, note: value('note') };
    this.#data = addInteraction(this.#data, interaction);
    const stored = allSaved(this.#store.putInteractions([interaction]));
    this.#closeLog(false);
    this.#draw();
    const person = this.#data.people.find((candidate) => candidate.id === personId);
    this.#notify(this.#t(stored ? 'network.ui.logged' : 'network.ui.notStored', { name: person?.name ?? '' }));
    this.#focusPerson(personId, 'log');
  }

  // -------------------------------------------------------------------------------------------
  // This week

  #drawWeek(): void {
    const week = weekSummary(this.#data, localDay());
    const recommended = this.dataset['recommended'] ?? '30';
    this.#part('[data-week-count]').textContent = this.#t('network.ui.week.count', { count: week.interactions, from: this.#date(week.from), to: this.#date(week.to) });
    this.#part('[data-week-goal]').textContent = week.goal ? (week.interactions >= week.goal ? this.#t('network.ui.week.goalReached') : this.#t('network.ui.week.goal', { goal: week.goal })) : '';
    this.#part('[data-week-share]').textContent = week.networkingShare === null
      ? this.#t('network.ui.week.shareHint', { recommended })
      : this.#t('network.ui.week.share', { share: week.networkingShare, recommended });
    drawProgress(this.#part('[data-progress-bar="week-goal"]'), week.goal ? week.interactions / week.goal : null);
    drawProgress(this.#part('[data-progress-bar="week-share"]'), week.networkingShare === null ? null : week.networkingShare / 100, Number(recommended) / 100);
    const { settings } = this.#data;
    const form = this.#part<HTMLFormElement>('[data-week-form]');
    for (const name of ['weeklyGoal', 'jobSearchHours', 'networkingHours'] as const) {
      const input = form.elements.namedItem(name) as HTMLInputElement;
      if (document.activeElement !== input) input.value = settings[name] === null ? '' : String(settings[name]);
    }
  }

  #saveWeek(form: HTMLFormElement): void {
    const number = (name: string) => {
      const input = form.elements.namedItem(name) as HTMLInputElement;
      const value = input.valueAsNumber;
      return input.value === '' || !Number.isFinite(value) || value < 0 ? null : value;
    };
    const settings = { weeklyGoal: number('weeklyGoal'), jobSearchHours: number('jobSearchHours'), networkingHours: number('networkingHours') };
    this.#data = { ...this.#data, settings };
    this.#store.putSettings(settings);
    this.#drawWeek();
  }

  // -------------------------------------------------------------------------------------------
  // Files

  #labels(): CsvLabels[] {
    return JSON.parse(this.dataset['csvLabels'] ?? '[]') as CsvLabels[];
  }

  /**
   * Loads the code for files, which is left out of the page so that a visit costs less. Offline,
   * on a device where it was never loaded (nor saved with "Save for offline"), it cannot come:
   * the reader is told so where they look, and nothing else happens.
   */
  async #fileCode<T>(load: () => Promise<T>, tell: (text: string) => void): Promise<T | undefined> {
    try {
      return await load();
    } catch {
      tell(this.#t('network.ui.fileCodeMissing'));
      return undefined;
    }
  }

  async #export(kind: string): Promise<void> {
    const day = localDay();
    const name = (key: string, extension: string) => `${this.#t(`network.ui.fileNames.${key}`)}-${day}.${extension}`;
    const tell = (text: string) => this.#notify(text);
    if (kind === 'calendar') {
      const code = await this.#fileCode(() => import('./calendar'), tell);
      if (!code) return;
      const { nextStepsCalendar, stepsWithDates } = code;
      if (stepsWithDates(this.#data.people).length === 0) {
        this.#notify(this.#t('network.ui.calendarNone'));
        return;
      }
      const text = nextStepsCalendar(this.#data.people, {
        summary: (person) => this.#t('network.ui.calendarSummary', { name: person.name, step: person.nextStep }),
        description: (person) => this.#t('network.ui.calendarDescription', { name: person.name, organisation: [person.organisation, person.role].filter(Boolean).join(', ') || '–' }),
      }, new Date());
      downloadText(name('calendar', 'ics'), text, 'text/calendar');
      return;
    }
    const csv = await this.#fileCode(() => import('./csv'), tell);
    if (!csv) return;
    const [labels] = this.#labels();
    if (!labels) return;
    if (kind === 'people') downloadText(name('people', 'csv'), csv.peopleCsv(this.#data.people, labels), 'text/csv');
    else downloadText(name('interactions', 'csv'), csv.interactionsCsv(this.#data.interactions, this.#data.people, labels), 'text/csv');
  }

  async #readImport(): Promise<void> {
    const input = this.#input('[data-import]');
    const files = [...(input.files ?? [])];
    this.#part('[data-import-error]').textContent = '';
    if (files.length === 0) return;
    const csv = await this.#fileCode(() => import('./csv'), (text) => {
      this.#endImport('');
      this.#part('[data-import-error]').textContent = text;
    });
    if (!csv) return;
    const options = { labels: this.#labels(), today: localDay(), newId: () => this.#store.newId() };
    let file = files[0]!.name;
    try {
      const parsed = [];
      for (const one of files) {
        file = one.name;
        parsed.push({ name: one.name, parsed: csv.readCsv(await one.text(), one.name, options) });
      }
      const combined = csv.combineFiles(parsed, new Set(this.#data.people.map((person) => person.id)));
      this.#plan = planImport(this.#data.people, combined.people, combined.interactions);
      this.#showPlan(this.#plan, combined.skippedRows);
    } catch (error) {
      if (!(error instanceof csv.CsvImportError)) throw error;
      this.#endImport('');
      this.#part('[data-import-error]').textContent = this.#t('network.ui.importError', { file, problem: this.#problem(error) });
    }
  }

  #problem({ detail }: CsvImportError): string {
    const where = detail.row === undefined ? '' : detail.column ? this.#t('network.ui.where.rowColumn', { row: detail.row, column: detail.column }) : this.#t('network.ui.where.row', { row: detail.row });
    return this.#t(`network.ui.problem.${detail.problem}`, { where, column: detail.column ?? '' });
  }

  #showPlan(plan: ImportPlan, skippedRows: number): void {
    const preview = this.#part<HTMLFormElement>('[data-import-preview]');
    const lines = [
      this.#t('network.ui.preview.fresh', { count: plan.fresh.length }),
      this.#t('network.ui.preview.duplicates', { count: plan.duplicates.length }),
      this.#t('network.ui.preview.interactions', { count: plan.interactions.length }),
      ...(skippedRows > 0 ? [this.#t('network.ui.preview.skipped', { count: skippedRows })] : []),
    ];
    this.#part('[data-preview-list]').replaceChildren(...lines.map((line) => h('li', {}, line)));
    this.#part('[data-duplicate-choice]').hidden = plan.duplicates.length === 0;
    preview.reset();
    preview.hidden = false;
    preview.querySelector<HTMLElement>('h3')!.focus();
  }

  #confirmImport(preview: HTMLFormElement): void {
    const plan = this.#plan;
    if (!plan) return;
    const choice = (preview.elements.namedItem('duplicates') as RadioNodeList).value === 'skip' ? 'skip' : 'merge';
    const before = new Map(this.#data.people.map((person) => [person.id, person]));
    const keptInteractions = new Set(this.#data.interactions.map((interaction) => interaction.id));
    this.#data = applyImport(this.#data, plan, choice);
    const changed = this.#data.people.filter((person) => before.get(person.id) !== person);
    const added = this.#data.interactions.filter((interaction) => !keptInteractions.has(interaction.id));
    const stored = allSaved([...this.#store.putPeople(changed), ...this.#store.putInteractions(added)]);
    this.#draw();
    this.#endImport(this.#t(stored ? 'network.ui.imported' : 'network.ui.importNotStored', { people: this.#t('network.ui.importedPeople', { count: changed.length }), contacts: this.#t('network.ui.importedContacts', { count: added.length }) }));
  }

  #endImport(message: string): void {
    this.#plan = undefined;
    this.#part('[data-import-preview]').hidden = true;
    const input = this.#input('[data-import]');
    input.value = '';
    if (message) {
      this.#notify(message);
      input.focus();
    }
  }
}

if (!customElements.get('my-network')) customElements.define('my-network', MyNetwork);
