import Papa from 'papaparse';
import { isValidId } from '../personal-data/keys';
import { interactionKinds, isIsoDate, parseTags, rhythms, validatePerson, type Interaction, type InteractionKind, type Person, type Rhythm } from './model';

/**
 * CSV in and out of My network, with PapaParse (loaded with `import()` only when the reader
 * imports or exports). Two files, because a spreadsheet has one table per file: people (one row
 * each) and interactions (one row each, pointing to its person by the id column).
 *
 * - **Spreadsheets open it right**: UTF-8 with a byte-order mark (Excel otherwise reads ä as Ã¤),
 *   CRLF rows, quotes where a cell needs them, and the list separator each language's Excel
 *   expects when the file is opened with a double click: comma in English, semicolon in Finnish
 *   (Finnish uses the comma in decimal numbers). Import accepts either.
 * - **Formulas never run**: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
 *   written with a leading `'`, which spreadsheets read as "text" (OWASP's advice for CSV
 *   injection). A cell that itself starts with `'` gets one more, so import can take exactly one
 *   away and the round trip gives back the reader's text unchanged.
 * - **Headers in the reader's language**, and import reads the headers, rhythms and kinds of
 *   either language, so a file exported from the Finnish page imports on the English one.
 */

export const personColumns = ['id', 'name', 'role', 'organisation', 'howWeMet', 'languages', 'email', 'phone', 'profileUrl', 'tags', 'notes', 'nextStep', 'nextStepDue', 'rhythm', 'added'] as const;
export type PersonColumn = (typeof personColumns)[number];
export const interactionColumns = ['id', 'personId', 'personName', 'date', 'kind', 'note'] as const;
export type InteractionColumn = (typeof interactionColumns)[number];

/** The words a CSV uses in one language: column headers and the values of rhythm and kind. */
export interface CsvLabels {
  delimiter: ',' | ';';
  people: Record<PersonColumn, string>;
  interactions: Record<InteractionColumn, string>;
  rhythms: Record<Rhythm, string>;
  kinds: Record<InteractionKind, string>;
}

/** LinkedIn's `Connections.csv` header (README, "My network", for where this was checked). */
export const linkedInHeader = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'] as const;

const bom = '\uFEFF';

/** Makes a cell safe to open in a spreadsheet (see the module comment). */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r']/.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` on a cell read back from one of our own files. */
export function restore(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

function toCsv(header: readonly string[], rows: string[][], delimiter: string): string {
  return bom + Papa.unparse({ fields: header.map(neutralise), data: rows.map((row) => row.map(neutralise)) }, { delimiter, newline: '\r\n', quotes: false });
}

export function peopleCsv(people: readonly Person[], labels: CsvLabels): string {
  const rows = people.map((person) => personColumns.map((column) => {
    if (column === 'tags') return person.tags.join(', ');
    if (column === 'rhythm') return labels.rhythms[person.rhythm];
    return person[column];
  }));
  return toCsv(personColumns.map((column) => labels.people[column]), rows, labels.delimiter);
}

export function interactionsCsv(interactions: readonly Interaction[], people: readonly Person[], labels: CsvLabels): string {
  const names = new Map(people.map((person) => [person.id, person.name]));
  const rows = interactions.map((interaction) => interactionColumns.map((column) => {
    if (column === 'personName') return names.get(interaction.personId) ?? '';
    if (column === 'kind') return labels.kinds[interaction.kind];
    return interaction[column];
  }));
  return toCsv(interactionColumns.map((column) => labels.interactions[column]), rows, labels.delimiter);
}

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Why a file was refused, with where: `row` counts as a spreadsheet shows it (the header row of
 * our files is row 1; in LinkedIn's file the notes above the header count too), `column` is the
 * header text as written in the file. The page turns it into a sentence in the reader's language.
 */
export interface CsvProblem {
  file: string;
  problem: 'empty' | 'notRecognised' | 'missingColumn' | 'unreadable' | 'required' | 'date' | 'email' | 'url' | 'rhythm' | 'kind' | 'unknownPerson' | 'repeatedId' | 'id';
  row?: number;
  column?: string;
}

export class CsvImportError extends Error {
  constructor(readonly detail: CsvProblem) {
    super(`${detail.file}: ${detail.problem}${detail.row ? ` at row ${detail.row}` : ''}${detail.column ? ` in column "${detail.column}"` : ''}`);
  }
}

/** What one file held. */
export type ParsedFile =
  | { kind: 'people'; people: Person[] }
  | { kind: 'interactions'; interactions: Interaction[]; rows: number[] }
  | { kind: 'linkedin'; people: Person[]; skippedRows: number };

interface Table {
  /** Every record of the file with its spreadsheet row number, blank lines left out. */
  rows: Array<{ row: number; cells: string[] }>;
}

function readTable(text: string, file: string): Table {
  const result = Papa.parse<string[]>(text.startsWith(bom) ? text.slice(1) : text, { delimiter: '', delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  // Only an unclosed quote makes a file unreadable; PapaParse falls back to the comma when it cannot
  // guess the separator (a one-column file), and the header check below then says what is wrong.
  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new CsvImportError({ file, problem: 'unreadable', row: (broken.row ?? 0) + 1 });
  const rows = result.data.map((cells, index) => ({ row: index + 1, cells })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) throw new CsvImportError({ file, problem: 'empty' });
  return { rows };
}

/** Maps header text (any language, any case) to column keys. */
function headerIndex<K extends string>(header: string[], keys: readonly K[], labelSets: Array<Record<K, string>>): Map<K, number> {
  const found = new Map<K, number>();
  header.forEach((text, index) => {
    const cell = restore(text).trim().toLowerCase();
    const key = keys.find((candidate) => candidate.toLowerCase() === cell || labelSets.some((labels) => labels[candidate].toLowerCase() === cell));
    if (key && !found.has(key)) found.set(key, index);
  });
  return found;
}

function valueLookup<V extends string>(values: readonly V[], labelSets: Array<Record<V, string>>): (text: string) => V | undefined {
  const map = new Map<string, V>();
  for (const value of values) {
    map.set(value.toLowerCase(), value);
    for (const labels of labelSets) map.set(labels[value].toLowerCase(), value);
  }
  return (text) => map.get(text.trim().toLowerCase());
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LinkedIn's "Connected On" ("15 Mar 2024"; older files "29-Mar-21") as `YYYY-MM-DD`, or undefined. */
export function linkedInDate(text: string): string | undefined {
  const match = /^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const month = monthNames.indexOf(match[2]!.toLowerCase()) + 1;
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return month > 0 && isIsoDate(iso) ? iso : undefined;
}

export interface ReadOptions {
  /** The labels of every language, so either language's file is read. */
  labels: CsvLabels[];
  /** Today's date: LinkedIn rows without a readable date are added today. */
  today: string;
  /** Makes ids for people from LinkedIn, who have none in the file. */
  newId: () => string;
}

/**
 * Reads one file: our people file, our interactions file or LinkedIn's `Connections.csv`, told
 * apart by their header row. Throws `CsvImportError` at the first problem, so a malformed file is
 * refused whole and nothing of it is imported.
 */
export function readCsv(text: string, file: string, options: ReadOptions): ParsedFile {
  const { rows } = readTable(text, file);
  const linkedIn = rows.findIndex(({ cells }) => linkedInHeader.every((name, index) => cells[index]?.trim() === name));
  if (linkedIn >= 0) return readLinkedIn(rows.slice(linkedIn + 1), file, options);

  const [header, ...body] = rows;
  const cells = header!.cells;
  const people = headerIndex(cells, personColumns, options.labels.map((labels) => labels.people));
  const interactions = headerIndex(cells, interactionColumns, options.labels.map((labels) => labels.interactions));
  if (interactions.has('personId') && interactions.has('kind')) return readInteractions(body, file, cells, interactions, options);
  if (people.has('name') && people.has('id')) return readPeople(body, file, cells, people, options);
  throw new CsvImportError({ file, problem: 'notRecognised', row: header!.row });
}

function requireColumns<K extends string>(found: Map<K, number>, keys: readonly K[], optional: readonly K[], file: string, labels: CsvLabels): void {
  const missing = keys.find((key) => !optional.includes(key) && !found.has(key));
  if (missing) throw new CsvImportError({ file, problem: 'missingColumn', column: (labels.people as Record<string, string>)[missing] ?? (labels.interactions as Record<string, string>)[missing] ?? missing });
}

function readPeople(body: Table['rows'], file: string, header: string[], columns: Map<PersonColumn, number>, options: ReadOptions): ParsedFile {
  const labels = options.labels[0]!;
  requireColumns(columns, personColumns, [], file, labels);
  const rhythm = valueLookup(rhythms, options.labels.map((set) => set.rhythms));
  const ids = new Set<string>();
  const people = body.map(({ row, cells }) => {
    const cell = (column: PersonColumn) => restore(cells[columns.get(column)!] ?? '');
    const where = (column: PersonColumn) => ({ file, row, column: header[columns.get(column)!] ?? column });
    const person: Person = {
      id: cell('id'), name: cell('name'), role: cell('role'), organisation: cell('organisation'), howWeMet: cell('howWeMet'),
      languages: cell('languages'), email: cell('email'), phone: cell('phone'), profileUrl: cell('profileUrl'),
      tags: parseTags(cell('tags')), notes: cell('notes'), nextStep: cell('nextStep'), nextStepDue: cell('nextStepDue'),
      rhythm: cell('rhythm') ? (rhythm(cell('rhythm')) ?? ('?' as Rhythm)) : 'none', added: cell('added') || options.today,
    };
    if (!person.id) throw new CsvImportError({ ...where('id'), problem: 'required' });
    if (!isValidId(person.id)) throw new CsvImportError({ ...where('id'), problem: 'id' });
    if (ids.has(person.id)) throw new CsvImportError({ ...where('id'), problem: 'repeatedId' });
    ids.add(person.id);
    if (!isIsoDate(person.added)) throw new CsvImportError({ ...where('added'), problem: 'date' });
    const [error] = validatePerson(person);
    if (error) throw new CsvImportError({ ...where(error.field === 'tags' ? 'tags' : error.field), problem: error.problem });
    return person;
  });
  return { kind: 'people', people };
}

function readInteractions(body: Table['rows'], file: string, header: string[], columns: Map<InteractionColumn, number>, options: ReadOptions): ParsedFile {
  requireColumns(columns, interactionColumns, ['personName', 'id'], file, options.labels[0]!);
  const kind = valueLookup(interactionKinds, options.labels.map((set) => set.kinds));
  const interactions = body.map(({ row, cells }): Interaction => {
    const cell = (column: InteractionColumn) => (columns.has(column) ? restore(cells[columns.get(column)!] ?? '') : '');
    const where = (column: InteractionColumn) => ({ file, row, column: header[columns.get(column)!] ?? column });
    if (!cell('personId')) throw new CsvImportError({ ...where('personId'), problem: 'required' });
    if (cell('id') && !isValidId(cell('id'))) throw new CsvImportError({ ...where('id'), problem: 'id' });
    if (!isIsoDate(cell('date'))) throw new CsvImportError({ ...where('date'), problem: 'date' });
    const found = kind(cell('kind'));
    if (!found) throw new CsvImportError({ ...where('kind'), problem: 'kind' });
    return { id: cell('id') || options.newId(), personId: cell('personId'), date: cell('date'), kind: found, note: cell('note') };
  });
  return { kind: 'interactions', interactions, rows: body.map(({ row }) => row) };
}

function readLinkedIn(body: Table['rows'], file: string, options: ReadOptions): ParsedFile {
  let skippedRows = 0;
  const people: Person[] = [];
  for (const { cells } of body) {
    const [first = '', last = '', url = '', email = '', company = '', position = '', connected = ''] = cells.map((cell) => cell.trim());
    const name = `${first} ${last}`.trim();
    // LinkedIn writes rows without a name for members who have left or hidden their profile.
    if (!name) {
      skippedRows += 1;
      continue;
    }
    people.push({
      id: options.newId(), name, role: position, organisation: company, howWeMet: '', languages: '', email, phone: '',
      profileUrl: url, tags: ['LinkedIn'], notes: '', nextStep: '', nextStepDue: '', rhythm: 'none',
      added: linkedInDate(connected) ?? options.today,
    });
  }
  if (people.length === 0 && skippedRows === 0) throw new CsvImportError({ file, problem: 'empty' });
  return { kind: 'linkedin', people, skippedRows };
}

/**
 * Joins the files of one import (people and interactions may come together) and checks that each
 * interaction's person is in the import or already kept. Refuses the whole import otherwise.
 */
export function combineFiles(files: ReadonlyArray<{ name: string; parsed: ParsedFile }>, keptIds: ReadonlySet<string>): { people: Person[]; interactions: Interaction[]; skippedRows: number } {
  const people = files.flatMap(({ parsed }) => (parsed.kind === 'interactions' ? [] : parsed.people));
  const known = new Set([...keptIds, ...people.map((person) => person.id)]);
  const interactions: Interaction[] = [];
  for (const { name, parsed } of files) {
    if (parsed.kind !== 'interactions') continue;
    parsed.interactions.forEach((interaction, index) => {
      if (!known.has(interaction.personId)) throw new CsvImportError({ file: name, problem: 'unknownPerson', row: parsed.rows[index] });
      interactions.push(interaction);
    });
  }
  const skippedRows = files.reduce((sum, { parsed }) => sum + (parsed.kind === 'linkedin' ? parsed.skippedRows : 0), 0);
  return { people, interactions, skippedRows };
}
