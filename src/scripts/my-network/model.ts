/**
 * The My network tool's data and rules, with no browser or storage code, so every rule a reader
 * depends on (what is due, what is found, which imported row is a duplicate) is unit-tested.
 *
 * Dates are calendar days written `YYYY-MM-DD` in the reader's own time zone: a follow-up is due
 * "on Tuesday", not at an instant, and plain strings compare, sort and survive CSV and JSON
 * unchanged. Empty text fields are `''` rather than missing, so an exported and re-imported
 * person is equal to the original field by field.
 */

export const interactionKinds = ['met', 'message', 'email', 'call', 'event', 'other'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

/** Keep-in-touch rhythms and the months each adds to the last contact. */
export const rhythmMonths = { none: 0, monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 } as const;
export type Rhythm = keyof typeof rhythmMonths;
export const rhythms = Object.keys(rhythmMonths) as Rhythm[];

/** One person in the reader's network. Everything but `id`, `name` and `added` may be empty. */
export interface Person {
  id: string;
  name: string;
  role: string;
  organisation: string;
  /** How and where we met, in the reader's words. */
  howWeMet: string;
  /** The language(s) we use with this person, free text ("Finnish, English"). */
  languages: string;
  email: string;
  phone: string;
  profileUrl: string;
  tags: string[];
  notes: string;
  nextStep: string;
  /** Due date of the next step, `YYYY-MM-DD` or `''`. */
  nextStepDue: string;
  rhythm: Rhythm;
  /** The day the person was added; the rhythm counts from it until the first interaction. */
  added: string;
}

/** One contact with a person: a meeting, a message, a call. */
export interface Interaction {
  id: string;
  personId: string;
  date: string;
  kind: InteractionKind;
  note: string;
}

/** The reader's own targets for the "This week" panel; `null` when not set. */
export interface NetworkSettings {
  weeklyGoal: number | null;
  jobSearchHours: number | null;
  networkingHours: number | null;
}

export interface NetworkData {
  people: Person[];
  interactions: Interaction[];
  settings: NetworkSettings;
}

export const emptySettings = (): NetworkSettings => ({ weeklyGoal: null, jobSearchHours: null, networkingHours: null });

/** The text fields of a person, in the order the form and the CSV show them. */
export const personTextFields = ['name', 'role', 'organisation', 'howWeMet', 'languages', 'email', 'phone', 'profileUrl', 'notes', 'nextStep'] as const;
export type PersonTextField = (typeof personTextFields)[number];

// ---------------------------------------------------------------------------------------------
// Dates

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is refused). */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The reader's local calendar day of an instant. */
export function localDay(instant: Date = new Date()): string {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Adds calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = toUtc(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return fromUtc(date);
}

/** Monday of the week holding `iso`: weeks in Finland start on Monday (ISO 8601). */
export function weekStart(iso: string): string {
  const weekday = (toUtc(iso).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(iso, -weekday);
}

// ---------------------------------------------------------------------------------------------
// Validation

/** A problem with a person's fields, named by field so the form can point at it. */
export interface FieldError {
  field: PersonTextField | 'nextStepDue' | 'rhythm' | 'tags';
  problem: 'required' | 'date' | 'email' | 'url' | 'rhythm';
}

/**
 * Checks a person as the form or an import gives it. Only the name is required: a reader who
 * met someone at an event may know nothing else yet. Email and profile address are checked
 * loosely (a typo such as a missing `@` is caught; nothing is rewritten).
 */
export function validatePerson(person: Omit<Person, 'id' | 'added'>): FieldError[] {
  const errors: FieldError[] = [];
  if (!person.name.trim()) errors.push({ field: 'name', problem: 'required' });
  if (person.email && !/^[^\s@]+@[^\s@]+$/.test(person.email)) errors.push({ field: 'email', problem: 'email' });
  if (person.profileUrl && !/^https?:\/\/\S+$/i.test(person.profileUrl)) errors.push({ field: 'profileUrl', problem: 'url' });
  if (person.nextStepDue && !isIsoDate(person.nextStepDue)) errors.push({ field: 'nextStepDue', problem: 'date' });
  if (!rhythms.includes(person.rhythm)) errors.push({ field: 'rhythm', problem: 'rhythm' });
  return errors;
}

/** Splits the tag box ("IT, Turku") into tags: trimmed, empty ones dropped, each once. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

// ---------------------------------------------------------------------------------------------
// Interactions, rhythm and what is due

/** A person's interactions, newest first; on the same day the one logged last comes first. */
export function historyOf(personId: string, interactions: readonly Interaction[]): Interaction[] {
  const own = interactions.map((interaction, index) => ({ interaction, index })).filter(({ interaction }) => interaction.personId === personId);
  own.sort((a, b) => (a.interaction.date === b.interaction.date ? b.index - a.index : a.interaction.date < b.interaction.date ? 1 : -1));
  return own.map(({ interaction }) => interaction);
}

/** The most recent interaction date of each person, read in one pass (the list needs all of them). */
export function lastContacts(interactions: readonly Interaction[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const { personId, date } of interactions) {
    const known = last.get(personId);
    if (known === undefined || date > known) last.set(personId, date);
  }
  return last;
}

/** The day the rhythm proposes for the next contact: last contact (or the day added) plus the rhythm. */
export function rhythmDate(person: Person, lastContact: string | undefined): string | undefined {
  const months = rhythmMonths[person.rhythm];
  return months === 0 ? undefined : addMonths(lastContact ?? person.added, months);
}

/** What makes a person due: the next step or the rhythm, whichever comes first. */
export interface DueInfo {
  date: string;
  reason: 'nextStep' | 'rhythm';
}

export function dueInfo(person: Person, lastContact: string | undefined): DueInfo | undefined {
  const byRhythm = rhythmDate(person, lastContact);
  const byStep = person.nextStepDue || undefined;
  if (byStep && (!byRhythm || byStep <= byRhythm)) return { date: byStep, reason: 'nextStep' };
  return byRhythm ? { date: byRhythm, reason: 'rhythm' } : undefined;
}

/**
 * Adds an interaction to a person and returns the new data, leaving the input untouched. Other
 * tools use it too (the messages tool logs a sent message this way), so the rules live in one
 * place: a step that was due is kept, because only the reader knows whether the message did it.
 */
export function addInteraction(data: NetworkData, interaction: Interaction): NetworkData {
  if (!data.people.some((person) => person.id === interaction.personId)) {
    throw new Error(`No person with id "${interaction.personId}" in the network.`);
  }
  return { ...data, interactions: [...data.interactions, interaction] };
}

// ---------------------------------------------------------------------------------------------
// Ordering and finding

export type SortKey = 'name' | 'organisation' | 'lastContact';

/** A person with what the list needs to show and order them, computed once per change of data. */
export interface ListEntry {
  person: Person;
  lastContact: string | undefined;
  due: DueInfo | undefined;
  /** Every field and every interaction note, lower-cased, for the find box. */
  haystack: string;
}

/**
 * Lower-cases for finding; the reader's text itself is never changed. Unicode's default mapping
 * handles ä, ö and å; the locale-aware one is many times slower over a large network's text.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase();
}

export function listEntries(data: NetworkData): ListEntry[] {
  const last = lastContacts(data.interactions);
  const notes = new Map<string, string[]>();
  for (const { personId, note } of data.interactions) {
    const list = notes.get(personId);
    if (list) list.push(note);
    else notes.set(personId, [note]);
  }
  return data.people.map((person) => {
    const lastContact = last.get(person.id);
    const text = [...personTextFields.map((field) => person[field]), ...person.tags, person.nextStepDue, ...(notes.get(person.id) ?? [])];
    return { person, lastContact, due: dueInfo(person, lastContact), haystack: foldForSearch(text.join('\n')) };
  });
}

export function isDueNow(entry: ListEntry, today: string): boolean {
  return entry.due !== undefined && entry.due.date <= today;
}

/**
 * Due or overdue people first, the longest overdue on top; then everyone else in the reader's
 * chosen order. Names and organisations compare by the page language's collation (ä and ö sort
 * after z in Finnish), ties by name; last contact is newest first, never contacted last.
 */
export function orderEntries(entries: readonly ListEntry[], sort: SortKey, today: string, collator: Intl.Collator): ListEntry[] {
  const byName = (a: ListEntry, b: ListEntry) => collator.compare(a.person.name, b.person.name);
  const rest = (a: ListEntry, b: ListEntry): number => {
    if (sort === 'organisation') {
      if (!a.person.organisation !== !b.person.organisation) return a.person.organisation ? -1 : 1;
      return collator.compare(a.person.organisation, b.person.organisation) || byName(a, b);
    }
    if (sort === 'lastContact') {
      if (a.lastContact !== b.lastContact) {
        if (a.lastContact === undefined) return 1;
        if (b.lastContact === undefined) return -1;
        return a.lastContact < b.lastContact ? 1 : -1;
      }
    }
    return byName(a, b);
  };
  return [...entries].sort((a, b) => {
    const aDue = isDueNow(a, today);
    const bDue = isDueNow(b, today);
    if (aDue !== bDue) return aDue ? -1 : 1;
    if (aDue && bDue && a.due!.date !== b.due!.date) return a.due!.date < b.due!.date ? -1 : 1;
    return rest(a, b);
  });
}

/**
 * A test for entries that have the tag (if one is chosen) and every word of the query in some
 * field. The query is split once, not once per person: a keystroke tests a whole network.
 */
export function matcher(query: string, tag: string): (entry: ListEntry) => boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const wanted = foldForSearch(tag);
  return (entry) => (!wanted || entry.person.tags.some((own) => foldForSearch(own) === wanted)) && words.every((word) => entry.haystack.includes(word));
}

/** Every tag in use, each once (the first spelling met), sorted for the tag filter. */
export function allTags(people: readonly Person[], collator: Intl.Collator): string[] {
  const seen = new Map<string, string>();
  for (const person of people) for (const tag of person.tags) if (!seen.has(foldForSearch(tag))) seen.set(foldForSearch(tag), tag);
  return [...seen.values()].sort(collator.compare);
}

// ---------------------------------------------------------------------------------------------
// This week

export interface WeekSummary {
  /** Monday and Sunday of the current week. */
  from: string;
  to: string;
  interactions: number;
  goal: number | null;
  /** Networking hours as a share of job-search hours, 0–100, or null when either is not set. */
  networkingShare: number | null;
}

/** The guidance's minimum share of job-search time for networking (guide "organise", source hidden-job-market). */
export const recommendedNetworkingShare = 30;

export function weekSummary(data: NetworkData, today: string): WeekSummary {
  const from = weekStart(today);
  const to = addDays(from, 6);
  const count = data.interactions.filter(({ date }) => date >= from && date <= to).length;
  const { jobSearchHours, networkingHours, weeklyGoal } = data.settings;
  const networkingShare = jobSearchHours && networkingHours !== null ? Math.round((networkingHours / jobSearchHours) * 100) : null;
  return { from, to, interactions: count, goal: weeklyGoal, networkingShare };
}

// ---------------------------------------------------------------------------------------------
// Duplicates and merging (imports)

/** A profile address compared without scheme, `www.`, query, trailing slash or case. */
export function profileKey(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

function nameKey(person: Pick<Person, 'name' | 'organisation'>): string {
  return `${foldForSearch(person.name.trim())}\n${foldForSearch(person.organisation.trim())}`;
}

/**
 * Finds the person already in the log who looks like a candidate: same profile address, or same
 * name and organisation (unless both have profile addresses and they differ: two people can share
 * a name). Built once per import and grown with `add`, so a 1,000-row file costs one lookup per row.
 */
export class DuplicateFinder {
  #byProfile = new Map<string, Person>();
  #byName = new Map<string, Person>();

  constructor(people: readonly Person[]) {
    for (const person of people) this.add(person);
  }

  add(person: Person): void {
    if (person.profileUrl) this.#byProfile.set(profileKey(person.profileUrl), person);
    this.#byName.set(nameKey(person), person);
  }

  find(candidate: Person): Person | undefined {
    const profile = candidate.profileUrl ? profileKey(candidate.profileUrl) : '';
    const sameProfile = profile ? this.#byProfile.get(profile) : undefined;
    if (sameProfile) return sameProfile;
    const sameName = this.#byName.get(nameKey(candidate));
    if (sameName && profile && sameName.profileUrl && profileKey(sameName.profileUrl) !== profile) return undefined;
    return sameName;
  }
}

/**
 * Joins an imported person into one already kept. What the reader wrote wins: a field is taken
 * from the import only where the kept person has it empty, tags are joined, and the notes of
 * both are kept when they differ. The kept id stays, so interactions and links still point to it.
 */
export function mergePerson(kept: Person, incoming: Person): Person {
  const merged: Person = { ...kept, tags: [...new Set([...kept.tags, ...incoming.tags])] };
  for (const field of personTextFields) {
    if (!merged[field]) merged[field] = incoming[field];
  }
  if (incoming.notes && kept.notes && !kept.notes.includes(incoming.notes)) merged.notes = `${kept.notes}\n\n${incoming.notes}`;
  if (!merged.nextStepDue) merged.nextStepDue = incoming.nextStepDue;
  if (merged.rhythm === 'none') merged.rhythm = incoming.rhythm;
  if (incoming.added < merged.added) merged.added = incoming.added;
  return merged;
}

/** What an import would do, shown to the reader before anything changes. */
export interface ImportPlan {
  /** People not in the log, with their interactions. */
  fresh: Person[];
  /** Imported people who look like someone kept, paired with that person. */
  duplicates: Array<{ incoming: Person; kept: Person }>;
  interactions: Interaction[];
}

export function planImport(existing: readonly Person[], incoming: readonly Person[], interactions: readonly Interaction[]): ImportPlan {
  const kept = new DuplicateFinder(existing);
  const inFile = new DuplicateFinder([]);
  const plan: ImportPlan = { fresh: [], duplicates: [], interactions: [...interactions] };
  for (const person of incoming) {
    const match = kept.find(person);
    if (match) plan.duplicates.push({ incoming: person, kept: match });
    else {
      // The same person twice in one file is one new person, the second row merged into the first.
      const earlier = inFile.find(person);
      if (earlier) plan.duplicates.push({ incoming: person, kept: earlier });
      else {
        plan.fresh.push(person);
        inFile.add(person);
      }
    }
  }
  return plan;
}

/**
 * Applies a plan: fresh people added, duplicates merged into the kept person or skipped.
 * Interactions of an imported person follow them to the kept id when merged, are dropped with
 * them when skipped, and an interaction already kept (same id) is not added twice.
 */
export function applyImport(data: NetworkData, plan: ImportPlan, duplicates: 'merge' | 'skip'): NetworkData {
  const idMap = new Map<string, string | null>();
  const people = new Map(data.people.map((person) => [person.id, person]));
  for (const person of plan.fresh) {
    people.set(person.id, person);
    idMap.set(person.id, person.id);
  }
  for (const { incoming, kept } of plan.duplicates) {
    if (duplicates === 'merge') {
      people.set(kept.id, mergePerson(people.get(kept.id) ?? kept, incoming));
      idMap.set(incoming.id, kept.id);
    } else idMap.set(incoming.id, null);
  }
  const keptIds = new Set(data.interactions.map((interaction) => interaction.id));
  const added: Interaction[] = [];
  for (const interaction of plan.interactions) {
    const personId = idMap.has(interaction.personId) ? idMap.get(interaction.personId) : people.has(interaction.personId) ? interaction.personId : null;
    if (!personId || keptIds.has(interaction.id)) continue;
    added.push({ ...interaction, personId });
  }
  return { ...data, people: [...people.values()], interactions: [...data.interactions, ...added] };
}
