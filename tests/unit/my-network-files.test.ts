import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, nextStepsCalendar } from '../../src/scripts/my-network/calendar';
import { combineFiles, CsvImportError, interactionsCsv, linkedInDate, neutralise, peopleCsv, readCsv, restore, type CsvProblem } from '../../src/scripts/my-network/csv';
import type { Interaction } from '../../src/scripts/my-network/model';
import { csvLabelsFor } from '../../src/utils/network-labels';
import { person } from './my-network-people';

const labels = [csvLabelsFor('en'), csvLabelsFor('fi')];
let counter = 0;
const options = { labels, today: '2026-12-01', newId: () => `new-${++counter}` };

/** Text a spreadsheet could take for a formula, and text CSV must quote. */
const tricky = ['=HYPERLINK("http://x.example")', '+358 40 123 4567', '-5', '@SUM(A1)', '\tTabbed', '\rReturn', "'quoted already", 'Sähkö, Vesi; "Lämpö" Oy', 'Line one\nLine two'];

const people = [
  person({ id: 'p1', name: 'Äijä Öhman-Åberg', role: tricky[0]!, organisation: tricky[7]!, phone: tricky[1]!, notes: tricky[8]!, tags: ['IT', 'Turku'], nextStep: tricky[3]!, nextStepDue: '2026-12-24', rhythm: 'quarterly', howWeMet: tricky[4]!, languages: 'suomi, English' }),
  person({ id: 'p2', name: tricky[6]!, email: 'a@example.com', profileUrl: 'https://www.linkedin.com/in/a', notes: tricky[5]!, rhythm: 'yearly' }),
];
const interactions: Interaction[] = [
  { id: 'i1', personId: 'p1', date: '2026-11-30', kind: 'event', note: tricky[2]! },
  { id: 'i2', personId: 'p2', date: '2026-10-01', kind: 'email', note: tricky[8]! },
];

function refusal(text: string, file = 'file.csv'): CsvProblem {
  try {
    readCsv(text, file, options);
  } catch (error) {
    if (error instanceof CsvImportError) return error.detail;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('my network CSV: writing', () => {
  it('starts with a byte-order mark, uses CRLF rows and the language\'s list separator', () => {
    const en = peopleCsv(people, labels[0]!);
    const fi = peopleCsv(people, labels[1]!);
    expect(en.startsWith('\uFEFFId,Name,Role,')).toBe(true);
    expect(fi.startsWith('\uFEFFTunnus;Nimi;Tehtävä;')).toBe(true);
    expect(en.split('\r\n')).toHaveLength(3); // header and two people; the notes' own line breaks stay \n inside quotes
  });
  it('neutralises every cell a spreadsheet would run as a formula, and nothing else', () => {
    expect(['=1', '+1', '-1', '@1', '\t1', '\r1', "'1"].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@1", "'\t1", "'\r1", "''1"]);
    expect(neutralise('Anna')).toBe('Anna');
    expect(['=1', "'1", 'Anna'].map((cell) => restore(neutralise(cell)))).toEqual(['=1', "'1", 'Anna']);
    const text = peopleCsv(people, labels[0]!) + interactionsCsv(interactions, people, labels[0]!);
    // No cell (after a separator or at a row start, quoted or not) begins with a formula character.
    expect(text).not.toMatch(/(^|[,\r\n])"?[=+\-@]/m);
  });
  it('names each interaction\'s person so the file reads on its own', () => {
    expect(interactionsCsv(interactions, people, labels[0]!)).toContain('\r\ni1,p1,Äijä Öhman-Åberg,2026-11-30,Event,');
  });
});

describe('my network CSV: round trip', () => {
  for (const [index, lang] of (['en', 'fi'] as const).entries()) {
    it(`gives back exactly the same people and interactions (${lang} file)`, () => {
      const peopleFile = readCsv(peopleCsv(people, labels[index]!), 'people.csv', options);
      const interactionFile = readCsv(interactionsCsv(interactions, people, labels[index]!), 'contacts.csv', options);
      expect(peopleFile).toEqual({ kind: 'people', people });
      const combined = combineFiles([{ name: 'people.csv', parsed: peopleFile }, { name: 'contacts.csv', parsed: interactionFile }], new Set());
      expect(combined.people).toEqual(people);
      expect(combined.interactions).toEqual(interactions);
    });
  }
  it('reads a file saved again by a spreadsheet without the byte-order mark or quotes it did not need', () => {
    const text = 'Name,Id,Role,Organisation,How and where we met,Language(s) we use,Email,Phone,Profile address (LinkedIn or other),Tags,Notes,Next step,Date for the next step,Keep in touch,Added\nAnna,x1,,,,,,,,IT,,,,Every month,2026-11-01\n';
    expect(readCsv(text, 'p.csv', options)).toEqual({ kind: 'people', people: [person({ id: 'x1', name: 'Anna', tags: ['IT'], rhythm: 'monthly', added: '2026-11-01' })] });
  });
});

describe('my network CSV: refusing malformed files, saying what and where', () => {
  const header = peopleCsv([], labels[0]!).replace('\uFEFF', '');
  it('names the row and the column of the problem', () => {
    expect(refusal(`${header}p1,,,,,,,,,,,,,,2026-01-01\r\n`)).toEqual({ file: 'file.csv', problem: 'required', row: 2, column: 'Name' });
    expect(refusal(`${header}p1,Anna,,,,,,,,,,,2026-02-30,,2026-01-01\r\n`)).toEqual({ file: 'file.csv', problem: 'date', row: 2, column: 'Date for the next step' });
    expect(refusal(`${header}p1,Anna,,,,,,,,,,,,weekly,2026-01-01\r\np1,Bo,,,,,,,,,,,,,2026-01-01\r\n`)).toMatchObject({ problem: 'rhythm', row: 2, column: 'Keep in touch' });
    expect(refusal(`${header}p1,Anna,,,,,,,,,,,,,2026-01-01\r\np1,Bo,,,,,,,,,,,,,2026-01-01\r\n`)).toMatchObject({ problem: 'repeatedId', row: 3 });
    expect(refusal('Id,Person id,Name,Date,How,What we talked about or agreed\r\ni1,p1,Anna,2026-11-01,fax,\r\n')).toMatchObject({ problem: 'kind', row: 2, column: 'How' });
  });
  it('counts rows as a spreadsheet does, a line break inside a cell staying in its row', () => {
    expect(refusal(`${header}p1,Anna,,,,,,,,,"two\nlines",,,,2026-01-01\r\np2,,,,,,,,,,,,,,2026-01-01\r\n`)).toMatchObject({ problem: 'required', row: 3 });
  });
  it('refuses an empty file, a file of other columns, a missing column and an unclosed quote', () => {
    expect(refusal('')).toMatchObject({ problem: 'empty' });
    expect(refusal('Fruit,Colour\nApple,Red\n')).toMatchObject({ problem: 'notRecognised', row: 1 });
    expect(refusal(header.replace(',Added', ''))).toMatchObject({ problem: 'missingColumn', column: 'Added' });
    expect(refusal(`${header}p1,"Anna,,,,,,,,,,,,,2026-01-01\r\n`)).toMatchObject({ problem: 'unreadable' });
  });
  it('refuses contacts whose person is neither imported nor kept', () => {
    const contacts = readCsv(interactionsCsv(interactions, people, labels[0]!), 'contacts.csv', options);
    expect(() => combineFiles([{ name: 'contacts.csv', parsed: contacts }], new Set(['p1']))).toThrow(expect.objectContaining({ detail: { file: 'contacts.csv', problem: 'unknownPerson', row: 3 } }));
    expect(combineFiles([{ name: 'contacts.csv', parsed: contacts }], new Set(['p1', 'p2'])).interactions).toHaveLength(2);
  });
});

describe('my network CSV: LinkedIn Connections.csv', () => {
  it('reads the file after its notes, maps the columns and skips rows without a name', () => {
    const parsed = readCsv(readFileSync('tests/fixtures/my-network/Connections.csv', 'utf8'), 'Connections.csv', options);
    if (parsed.kind !== 'linkedin') throw new Error(`read as ${parsed.kind}`);
    expect(parsed.skippedRows).toBe(1);
    expect(parsed.people.map(({ id, ...rest }) => rest)).toEqual([
      { ...person({ id: '', name: 'Aino Mäkinen' }), role: 'Ohjelmistokehittäjä', organisation: 'Kone Oyj', profileUrl: 'https://www.linkedin.com/in/aino-makinen-example', tags: ['LinkedIn'], added: '2024-03-15', id: undefined },
      { ...person({ id: '', name: 'Juha Öhman' }), role: 'Projektipäällikkö, IT', organisation: 'Sähkö, Vesi ja Lämpö Oy', email: 'juha.ohman@example.com', profileUrl: 'https://www.linkedin.com/in/juha-ohman-example', tags: ['LinkedIn'], added: '2025-11-02', id: undefined },
      { ...person({ id: '', name: 'Sara Lind' }), role: 'Rekrytoija', organisation: 'Turun kaupunki', profileUrl: 'https://www.linkedin.com/in/sara-lind-example', tags: ['LinkedIn'], added: '2026-11-28', id: undefined },
    ].map(({ id, ...rest }) => rest));
    expect(new Set(parsed.people.map(({ id }) => id)).size).toBe(3);
  });
  it('reads "Connected On" in both of the formats LinkedIn has used', () => {
    expect(linkedInDate('15 Mar 2024')).toBe('2024-03-15');
    expect(linkedInDate('29-Mar-21')).toBe('2021-03-29');
    expect(linkedInDate('31 Feb 2024')).toBeUndefined();
    expect(linkedInDate('')).toBeUndefined();
  });
  it('refuses a LinkedIn file whose quoted notes are never closed', () => {
    expect(refusal('Notes:\n"When exporting your connection data\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,\n')).toMatchObject({ problem: 'unreadable' });
  });
});

describe('my network calendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a letter', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'ä'.repeat(80)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'ä'.repeat(80)}`);
  });
  it('has one all-day entry per next step with a date, read back by ical.js exactly', () => {
    const longStep = 'Lähetä lupaamani artikkeli; kysy myös, voisiko hän esitellä minut tiiminsä esihenkilölle, kun he tapaavat, "ensi viikolla"';
    const list = [
      person({ id: 'p1', name: 'Äijä Öhman', organisation: 'Kone, Oyj', nextStep: longStep, nextStepDue: '2026-12-31' }),
      person({ id: 'p2', name: 'Bo', nextStep: 'Call', nextStepDue: '2026-12-05' }),
      person({ id: 'p3', name: 'No date', nextStep: 'Some day' }),
      person({ id: 'p4', name: 'No step', nextStepDue: '2026-12-06' }),
    ];
    const text = nextStepsCalendar(list, { summary: (p) => `${p.name}: ${p.nextStep}`, description: (p) => `${p.organisation}\nFrom My network` }, new Date('2026-12-01T19:25:00Z'));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => [event.summary, event.startDate.toString(), event.endDate.toString(), event.startDate.isDate, event.uid])).toEqual([
      ['Bo: Call', '2026-12-05', '2026-12-06', true, 'p2-20261205@my-network.networking-guide'],
      [`Äijä Öhman: ${longStep}`, '2026-12-31', '2027-01-01', true, 'p1-20261231@my-network.networking-guide'],
    ]);
    expect(events[1]!.description).toBe('Kone, Oyj\nFrom My network');
    expect(calendar.getAllSubcomponents('vevent').every((component) => component.getFirstPropertyValue('dtstamp')?.toString() === '2026-12-01T19:25:00Z')).toBe(true);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });
});
