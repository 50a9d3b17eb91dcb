import { interpolate } from '../i18n/interpolate';
import { personalData } from './personal-data';
import { planType } from './plan-record';
import { drawProgress } from './progress-bar';
import {
  assemblePitch, emptyPlan, fieldValue, isoWeekOf, listValue, networkingHours, parseHours, parseWeekId, pitchAnswers, rollWeek,
  speakingSeconds, splitList, weekMonday, withField, withTick, wordCount, type PitchTemplate, type PlanData, type PlanList,
} from './plan-model';

type Lang = 'en' | 'fi';

/**
 * `<plan-form>` around the My plan worksheet (PlanView.astro): keeps the answers in the
 * personal-data layer (one record for both languages, so the Finnish page shows what was written
 * on the English one), assembles the two introductions from the answers, counts their words and
 * speaking time, works out the networking hours, rolls the week over on the reader's Monday and
 * keeps the earlier weeks as a short history.
 *
 * The page works as a printable worksheet without it. Parts it uses: `[data-field]` controls and
 * their `[data-print-value]` copies for paper, `[data-list]` fieldsets of checkboxes,
 * `[data-error-for]`, `[data-count]`, `[data-rebuild]`, `[data-week-text]`,
 * `[data-networking-output]`, `[data-history]`, `[data-employer-links]` (My network's address), and the page's `[data-print-blank]` button.
 * Every text comes from data attributes (see the view), so no UI strings ship in the script.
 */
class PlanForm extends HTMLElement {
  #records = personalData.collection(planType);
  #plan: PlanData = emptyPlan();
  #lang: Lang = this.dataset['lang'] === 'fi' ? 'fi' : 'en';
  #templates = JSON.parse(this.dataset['templates'] ?? '{}') as Record<Lang, PitchTemplate>;
  #rates = JSON.parse(this.dataset['rates'] ?? '{}') as Record<Lang, number>;
  #actions = (this.dataset['actions'] ?? '').split(' ').filter(Boolean);
  #share = Number(this.dataset['share']);
  #numbers = new Intl.NumberFormat(this.#lang === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: 1 });
  #plural = new Intl.PluralRules(this.#lang);

  connectedCallback(): void {
    this.#load();
    this.addEventListener('input', (event) => this.#onInput(event));
    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('focusout', (event) => this.#onLeave(event));
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-rebuild]') : null;
      if (button) this.#rebuild(button.dataset['rebuild'] === 'fi' ? 'fi' : 'en');
    });
    document.querySelector('[data-print-blank]')?.addEventListener('click', () => this.#printBlank());
    window.addEventListener('afterprint', () => delete this.dataset['blank']);
    // Another tab changed the plan, or Back brought this page from the cache: show what is stored.
    this.#records.subscribe((change) => {
      if (change.source === 'other-tab') this.#load();
    });
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.#load();
    });
  }

  /**
   * Reads the stored plan, brings it to this week, and saves it when a stored week rolled over.
   * A reader who has written nothing gets nothing stored: opening the page is not a choice.
   */
  #load(): void {
    const stored = this.#records.get('');
    this.#plan = rollWeek(stored ?? emptyPlan(), new Date(), this.#actions);
    if (stored && this.#plan !== stored) this.#records.put('', this.#plan);
    this.#render();
  }

  #save(plan: PlanData): void {
    this.#plan = plan;
    this.#records.put('', plan);
    this.#render();
  }

  #onInput(event: Event): void {
    const control = event.target;
    if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) || !control.dataset['field']) return;
    const path = control.dataset['field'];
    this.#save(withField(this.#plan, path, control.value));
    // An error goes as soon as the answer is right; a new one waits until the reader leaves the field.
    if (!this.#problem(path)) this.#showError(path, undefined);
  }

  #onChange(event: Event): void {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const list = box.closest<HTMLElement>('[data-list]')?.dataset['list'] as PlanList | undefined;
    if (list) this.#save(withTick(this.#plan, list, box.value, box.checked));
  }

  #onLeave(event: FocusEvent): void {
    const path = event.target instanceof HTMLElement ? event.target.dataset['field'] : undefined;
    if (path) this.#showError(path, this.#problem(path));
  }

  /** What is wrong with an answer, in the words of the page, or undefined. */
  #problem(path: string): string | undefined {
    if (path === 'hours') {
      const { problem } = parseHours(this.#plan.hours);
      return problem && this.dataset[problem === 'notNumber' ? 'errorNotNumber' : 'errorOutOfRange'];
    }
    const example = /^strengths\.(\d)\.example$/.exec(path);
    const strength = example && this.#plan.strengths[Number(example[1])];
    return strength && strength.strength.trim() && !strength.example.trim() ? this.dataset['errorExample'] : undefined;
  }

  /** Says what is wrong next to the field, and makes it part of the field's description. */
  #showError(path: string, message: string | undefined): void {
    const holder = this.querySelector<HTMLElement>(`[data-error-for="${path}"]`);
    const control = this.querySelector<HTMLElement>(`[data-field="${path}"]`);
    if (!holder || !control) return;
    holder.textContent = message ?? '';
    holder.hidden = !message;
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== holder.id);
    control.setAttribute('aria-describedby', [...described, ...(message ? [holder.id] : [])].join(' '));
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }

  #rebuild(lang: Lang): void {
    const pitch = { ...this.#plan.pitch };
    delete pitch[lang];
    this.#save({ ...this.#plan, pitch });
    this.querySelector<HTMLElement>(`[data-field="pitch.${lang}"]`)?.focus();
  }

  #printBlank(): void {
    this.dataset['blank'] = '';
    window.print();
  }

  /** The introduction as shown: the reader's own wording, or else the one made from the answers. */
  #pitch(lang: Lang): string {
    return this.#plan.pitch[lang] ?? (this.#templates[lang] ? assemblePitch(this.#templates[lang], pitchAnswers(this.#plan)) : '');
  }

  #render(): void {
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')) {
      const path = String(control.dataset['field']);
      const value = path.startsWith('pitch.') ? this.#pitch(path.endsWith('fi') ? 'fi' : 'en') : (fieldValue(this.#plan, path) ?? '');
      // The field being typed in keeps its own value (and caret).
      if (control !== document.activeElement && control.value !== value) control.value = value;
      const copy = control.parentElement?.querySelector<HTMLElement>('[data-print-value]');
      if (copy) copy.textContent = value.trim();
    }
    for (const fieldset of this.querySelectorAll<HTMLElement>('[data-list]')) {
      const ticked = new Set(listValue(this.#plan, fieldset.dataset['list'] as PlanList));
      for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = ticked.has(box.value);
      fieldset.toggleAttribute('data-some-picked', ticked.size > 0);
    }
    for (const lang of ['en', 'fi'] as const) this.#showCount(lang);
    this.#showWeek();
    this.#showEmployerLinks();
  }

  /** Each employer links to My network's find box, which lists the people the reader knows there. */
  #showEmployerLinks(): void {
    const holder = this.querySelector<HTMLElement>('[data-employer-links]');
    const list = holder?.querySelector('ul');
    if (!holder || !list) return;
    const employers = splitList(this.#plan.employers);
    holder.hidden = employers.length === 0;
    list.replaceChildren(...employers.map((employer) => {
      const item = document.createElement('li');
      const link = item.appendChild(document.createElement('a'));
      link.href = `${holder.dataset['employerLinks']}?q=${encodeURIComponent(employer)}`;
      link.textContent = employer;
      return item;
    }));
  }

  #showCount(lang: Lang): void {
    const words = wordCount(this.#pitch(lang));
    const count = this.querySelector<HTMLElement>(`[data-count="${lang}"]`);
    const wordsText = interpolate(this.dataset[this.#plural.select(words) === 'one' ? 'wordsOne' : 'wordsOther'] ?? '', { count: words });
    if (count) count.textContent = `${wordsText}, ${interpolate(this.dataset['seconds'] ?? '', { seconds: speakingSeconds(words, this.#rates[lang] ?? 130) })}`;
    const rebuild = this.querySelector<HTMLElement>(`[data-rebuild="${lang}"]`);
    if (rebuild) rebuild.hidden = this.#plan.pitch[lang] === undefined;
  }

  #showWeek(): void {
    const week = parseWeekId(this.#plan.week?.id ?? '') ?? isoWeekOf(new Date());
    const days = new Intl.DateTimeFormat(this.#lang === 'fi' ? 'fi-FI' : 'en-GB', this.#lang === 'fi' ? { day: 'numeric', month: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const monday = weekMonday(week);
    const label = this.querySelector<HTMLElement>('[data-week-text]');
    if (label) label.textContent = interpolate(this.dataset['week'] ?? '', { ...week, from: days.format(monday), to: days.format(new Date(monday.getTime() + 6 * 86_400_000)) });

    const { hours } = parseHours(this.#plan.hours);
    const output = this.querySelector<HTMLElement>('[data-networking-output]');
    if (output) output.textContent = hours === undefined ? '' : interpolate(this.dataset['networking'] ?? '', { hours: this.#numbers.format(networkingHours(hours, this.#share)) });

    const done = this.#plan.week?.done.filter((id) => this.#actions.includes(id)).length ?? 0;
    const doneText = this.querySelector<HTMLElement>('[data-week-done-text]');
    if (doneText) doneText.textContent = interpolate(this.dataset['weekDone'] ?? '', { done, total: this.#actions.length });
    drawProgress(this.querySelector('[data-progress-bar="week"]'), this.#actions.length ? done / this.#actions.length : null);

    const history = this.querySelector<HTMLElement>('[data-history]');
    const list = history?.querySelector('[data-history-list]');
    if (!history || !list) return;
    history.hidden = this.#plan.history.length === 0;
    list.replaceChildren(...this.#plan.history.map((past) => {
      const item = document.createElement('li');
      const id = parseWeekId(past.week);
      const hoursText = past.hours === undefined ? '' : ` · ${interpolate(this.dataset['pastHours'] ?? '', { hours: this.#numbers.format(past.hours) })}`;
      item.textContent = interpolate(this.dataset['pastWeek'] ?? '', { week: id?.week ?? '', year: id?.year ?? '', done: past.done, total: past.total }) + hoursText;
      return item;
    }));
  }
}

if (!customElements.get('plan-form')) customElements.define('plan-form', PlanForm);
