/**
 * The My plan tool's logic, free of the page: ISO weeks, the networking share of job-search time,
 * the 30-second introduction assembled from the reader's answers, and the saved plan's shape.
 * Everything here is pure so it can be tested without a browser; the custom element
 * (plan-form.ts) only moves values between these functions, the fields and the store.
 */

/** A week as Finnish calendars number it (ISO 8601: weeks start on Monday, week 1 holds 4 January). */
export interface IsoWeek {
  year: number;
  week: number;
}

const dayMs = 86_400_000;

/**
 * The ISO week of the reader's calendar day. The day is read in local time, because the week
 * changes on the reader's own Monday morning, not at midnight UTC. The week-numbering year can
 * differ from the calendar year: 2026-12-31 and 2027-01-01 are both in week 53 of 2026.
 */
export function isoWeekOf(date: Date): IsoWeek {
  // The calendar day as a UTC date, so the arithmetic below has no daylight-saving steps.
  const day = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The week's Thursday decides its year.
  const thursday = new Date(day + (3 - weekday) * dayMs);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs));
  return { year, week };
}

/** The stored form of a week, "2026-W53": sorts in time order and names the week in both languages. */
export function weekId({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function parseWeekId(id: string): IsoWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(id);
  if (!match) return undefined;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  return week.week >= 1 && week.week <= weeksInYear(week.year) ? week : undefined;
}

/** 52 or 53: the week of 28 December is always the year's last. */
export function weeksInYear(year: number): number {
  return isoWeekOf(new Date(year, 11, 28)).week;
}

/** Monday of an ISO week, as a UTC calendar day (for "30 Nov – 6 Dec" style labels). */
export function weekMonday({ year, week }: IsoWeek): Date {
  const fourthOfJanuary = Date.UTC(year, 0, 4);
  const weekday = (new Date(fourthOfJanuary).getUTCDay() + 6) % 7;
  return new Date(fourthOfJanuary - weekday * dayMs + (week - 1) * 7 * dayMs);
}

/** The most hours a week the hours field accepts: more than this is almost surely a typing slip. */
export const maxWeeklyHours = 80;

export type HoursProblem = 'notNumber' | 'outOfRange';

/**
 * Reads the hours a reader types: "20", "7,5" (the Finnish decimal comma) or "7.5". Empty is not
 * an error (the field is optional); anything else that is not a number from 1 to 80 is.
 */
export function parseHours(text: string): { hours?: number; problem?: HoursProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(trimmed)) return { problem: 'notNumber' };
  const hours = Number(trimmed.replace(',', '.'));
  return hours >= 1 && hours <= maxWeeklyHours ? { hours } : { problem: 'outOfRange' };
}

/**
 * The networking time for a week of job search at the guidance's share (30 % or more), rounded
 * *up* to the next half hour so the figure never falls below the share: 20 h → 6 h, 7 h → 2.5 h.
 */
export function networkingHours(weeklyHours: number, sharePercent: number): number {
  return Math.ceil((weeklyHours * sharePercent) / 50 - 1e-9) / 2;
}

/** Words as a listener hears them: runs of letters or digits; dashes and lone punctuation do not count. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Seconds to say `words` at `wordsPerMinute`, rounded up to a multiple of five: an estimate, not a
 * stopwatch, and one that never promises a shorter introduction than the rate gives.
 */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return words > 0 ? Math.ceil((words / wordsPerMinute) * 12 - 1e-9) * 5 : 0;
}

/** The answers an introduction is assembled from, each as the reader wrote it. */
export interface PitchAnswers {
  background: string;
  strengths: string[];
  example: string;
  roles: string[];
  employers: string[];
  ask: string;
}

export type PitchSlot = keyof PitchAnswers;

/**
 * One language's template: sentences with `{slot}` placeholders (from content/plan/), and the words
 * that join the last two items of a list: "and" for strengths and employers ("ja"), "or" for the
 * jobs the reader would take ("tai").
 */
export interface PitchTemplate {
  sentences: string[];
  and: string;
  or: string;
}

/** "a, b and c": lists read as speech, without the serial comma neither language uses. */
export function joinList(items: string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** A reader's answer ready to sit inside a template sentence: trimmed, its closing full stop dropped. */
function inner(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.]+$/, '');
}

/** A sentence that ends like one, whether the reader typed the full stop or not. */
function closed(sentence: string): string {
  const text = sentence.trim();
  return /[.!?…]["”’)]?$/.test(text) ? text : `${text}.`;
}

/** The placeholders a template sentence uses, e.g. ["strengths"]. */
export function slotsOf(sentence: string): string[] {
  return [...sentence.matchAll(/\{(\w+)\}/g)].map((match) => String(match[1]));
}

/**
 * The introduction in one language: each template sentence whose placeholders all have an answer,
 * filled in, in order; a sentence with a missing answer is left out rather than said half-empty.
 * Lists are cut to what fits in 30 seconds (three strengths, three employers).
 */
export function assemblePitch(template: PitchTemplate, answers: PitchAnswers): string {
  const values: Record<PitchSlot, string> = {
    background: inner(answers.background),
    strengths: joinList(answers.strengths.map(inner).filter(Boolean).slice(0, 3), template.and),
    example: inner(answers.example),
    roles: joinList(answers.roles.map(inner).filter(Boolean).slice(0, 3), template.or),
    employers: joinList(answers.employers.map(inner).filter(Boolean).slice(0, 3), template.and),
    ask: inner(answers.ask),
  };
  return template.sentences
    .filter((sentence) => slotsOf(sentence).every((slot) => values[slot as PitchSlot]))
    .map((sentence) => closed(sentence.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot as PitchSlot])))
    .join(' ');
}

/** Roles or employers written one per line (or separated by commas), each once, in the reader's order. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\n,;]/)
    .map((line) => line.trim())
    .filter((line) => line && !seen.has(line.toLowerCase()) && seen.add(line.toLowerCase()));
}

/** One strength and the example that proves it. */
export interface Strength {
  strength: string;
  example: string;
}

/** An earlier week as the history keeps it: how many of its actions were ticked, and the hours planned. */
export interface PastWeek {
  week: string;
  done: number;
  total: number;
  hours?: number;
}

/** Everything the reader fills in, as stored: one record for both languages. */
export interface PlanData {
  background: string;
  strengths: Strength[];
  skills: string[];
  ownSkills: string;
  roles: string;
  employers: string;
  offer: string;
  asks: string[];
  /** The reader's own wording of each introduction; absent while it follows the answers. */
  pitch: { en?: string; fi?: string };
  hours: string;
  week?: { id: string; done: string[] };
  history: PastWeek[];
  questions: string[];
}

/** How many strengths and asks the form offers (the guidance asks for 3–5 and 1–3). */
export const strengthSlots = 5;
export const askSlots = 3;
/** Weeks of history kept: enough to see a habit forming, short enough to print. */
export const historyLength = 8;

export function emptyPlan(): PlanData {
  return {
    background: '',
    strengths: Array.from({ length: strengthSlots }, () => ({ strength: '', example: '' })),
    skills: [],
    ownSkills: '',
    roles: '',
    employers: '',
    offer: '',
    asks: Array.from({ length: askSlots }, () => ''),
    pitch: {},
    hours: '',
    history: [],
    questions: [],
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined);

/** Pads or cuts a list to the form's number of slots, so every field has a value to show. */
function slots<T>(items: T[], length: number, blank: () => T): T[] {
  return Array.from({ length }, (_, index) => items[index] ?? blank());
}

/** A stored plan read back: the plan, or the first field whose value has the wrong type. */
export type CheckedPlan = { ok: true; plan: PlanData } | { ok: false; field: string };

/**
 * Accepts a stored plan of the current version, padding missing fields and slots, or names the
 * first field of the wrong type (the layer then keeps the stored data aside instead of overwriting
 * it, and a restore says which field is wrong).
 */
export function checkPlan(value: unknown): CheckedPlan {
  const bad = (field: string): CheckedPlan => ({ ok: false, field });
  if (!isRecord(value)) return bad('');
  const plan = emptyPlan();
  for (const key of ['background', 'ownSkills', 'roles', 'employers', 'offer', 'hours'] as const) {
    const found = value[key] === undefined ? '' : text(value[key]);
    if (found === undefined) return bad(key);
    plan[key] = found;
  }
  const strengths = value['strengths'] ?? [];
  if (!Array.isArray(strengths) || !strengths.every((item) => isRecord(item) && text(item['strength']) !== undefined && text(item['example']) !== undefined)) return bad('strengths');
  plan.strengths = slots(strengths as Strength[], strengthSlots, () => ({ strength: '', example: '' })).map(({ strength, example }) => ({ strength, example }));
  for (const key of ['skills', 'questions'] as const) {
    const found = texts(value[key] ?? []);
    if (!found) return bad(key);
    plan[key] = found;
  }
  const asks = texts(value['asks'] ?? []);
  if (!asks) return bad('asks');
  plan.asks = slots(asks, askSlots, () => '');
  const pitch = value['pitch'] ?? {};
  if (!isRecord(pitch)) return bad('pitch');
  for (const lang of ['en', 'fi'] as const) {
    if (pitch[lang] === undefined) continue;
    const found = text(pitch[lang]);
    if (found === undefined) return bad(`pitch.${lang}`);
    plan.pitch[lang] = found;
  }
  const week = value['week'];
  if (week !== undefined) {
    if (!isRecord(week) || !parseWeekId(String(week['id'])) || !texts(week['done'])) return bad('week');
    plan.week = { id: String(week['id']), done: texts(week['done']) ?? [] };
  }
  const history = value['history'] ?? [];
  const pastWeek = (item: unknown): item is PastWeek =>
    isRecord(item) && parseWeekId(String(item['week'])) !== undefined && Number.isInteger(item['done']) && Number.isInteger(item['total']) && (item['hours'] === undefined || typeof item['hours'] === 'number');
  if (!Array.isArray(history) || !history.every(pastWeek)) return bad('history');
  plan.history = history.slice(0, historyLength).map(({ week: id, done, total, hours }) => (hours === undefined ? { week: id, done, total } : { week: id, done, total, hours }));
  return { ok: true, plan };
}

/**
 * Brings the plan to the reader's current week. When the stored week has passed, it goes into the
 * history (newest first, at most `historyLength` weeks) with how many of the week's actions were
 * ticked, and the new week starts with no ticks. Weeks with no visit leave no entry: the history
 * records what the reader did, not empty weeks. Returns the same object when nothing changed.
 */
export function rollWeek(plan: PlanData, today: Date, actionIds: readonly string[]): PlanData {
  const current = weekId(isoWeekOf(today));
  if (plan.week?.id === current) return plan;
  const history = [...plan.history];
  const past = plan.week;
  // A stored week later than today (the clock was wrong, or the data came from another device)
  // is simply replaced, never recorded as history.
  if (past && past.id < current) {
    const hours = parseHours(plan.hours).hours;
    const done = past.done.filter((id) => actionIds.includes(id)).length;
    history.unshift({ week: past.id, done, total: actionIds.length, ...(hours === undefined ? {} : { hours }) });
  }
  return { ...plan, week: { id: current, done: [] }, history: history.slice(0, historyLength) };
}

/** The answers the introduction uses, from the plan: the first strength's example and the first ask. */
export function pitchAnswers(plan: PlanData): PitchAnswers {
  const strengths = plan.strengths.filter((item) => item.strength.trim());
  return {
    background: plan.background,
    strengths: strengths.map((item) => item.strength),
    example: strengths.find((item) => item.example.trim())?.example ?? '',
    roles: splitList(plan.roles),
    employers: splitList(plan.employers),
    ask: plan.asks.find((ask) => ask.trim()) ?? '',
  };
}

/** The text fields of the plan by their path in the form's `data-field`: "roles", "strengths.2.example", "asks.0", "pitch.fi". */
export function fieldValue(plan: PlanData, path: string): string | undefined {
  const [name, index, part] = path.split('.');
  if (name === 'strengths') return plan.strengths[Number(index)]?.[part === 'example' ? 'example' : 'strength'];
  if (name === 'asks') return plan.asks[Number(index)];
  if (name === 'pitch') return index === 'en' || index === 'fi' ? plan.pitch[index] : undefined;
  const key = name as 'background' | 'ownSkills' | 'roles' | 'employers' | 'offer' | 'hours';
  return ['background', 'ownSkills', 'roles', 'employers', 'offer', 'hours'].includes(key) ? plan[key] : undefined;
}

/** The plan with one text field changed (a new object: the stored one is never changed in place). An unknown path changes nothing. */
export function withField(plan: PlanData, path: string, value: string): PlanData {
  const [name, index, part] = path.split('.');
  const at = Number(index);
  if (name === 'strengths' && plan.strengths[at] && (part === 'strength' || part === 'example')) {
    return { ...plan, strengths: plan.strengths.map((item, i) => (i === at ? { ...item, [part]: value } : item)) };
  }
  if (name === 'asks' && at >= 0 && at < plan.asks.length) return { ...plan, asks: plan.asks.map((ask, i) => (i === at ? value : ask)) };
  if (name === 'pitch' && (index === 'en' || index === 'fi')) return { ...plan, pitch: { ...plan.pitch, [index]: value } };
  if (fieldValue(plan, path) === undefined || name === undefined) return plan;
  return { ...plan, [name]: value };
}

/** The lists of ticked ids by their `data-list` name; "week" is the current week's actions. */
export type PlanList = 'skills' | 'questions' | 'week';

export function listValue(plan: PlanData, list: PlanList): string[] {
  return list === 'week' ? (plan.week?.done ?? []) : plan[list];
}

/** The plan with an id ticked or unticked in one list, in the order the reader ticked them. */
export function withTick(plan: PlanData, list: PlanList, id: string, ticked: boolean): PlanData {
  const ids = listValue(plan, list).filter((item) => item !== id);
  const next = ticked ? [...ids, id] : ids;
  if (list !== 'week') return { ...plan, [list]: next };
  return plan.week ? { ...plan, week: { ...plan.week, done: next } } : plan;
}
