import type { Person } from './model';

/**
 * An iCalendar file (RFC 5545) with one all-day entry per next step that has a due date, for
 * Google Calendar, Outlook and Apple Calendar. Written by hand because it is about forty lines
 * and no maintained library is smaller; tests read every output back with Mozilla's ical.js, an
 * independent parser. What those calendars need and get here:
 *
 * - CRLF line ends, and lines folded at 75 octets of UTF-8 (never inside a character: Outlook
 *   shows a broken ä otherwise), each continuation starting with one space;
 * - text escaped: backslash, semicolon, comma and line breaks;
 * - `UID` stable for the person and the date, so importing the file again updates an entry
 *   instead of doubling it, and a new date is a new entry; `DTSTAMP` in UTC;
 * - all-day events as `DTSTART;VALUE=DATE` with `DTEND` the next day (Outlook needs the end),
 *   marked free (`TRANSP:TRANSPARENT`) so a reminder does not block the reader's day.
 */

export interface CalendarText {
  /** The entry's title from the person's name and the step, e.g. `{{name}}: {{step}}`. */
  summary: (person: Person) => string;
  /** The entry's description: organisation, role and where the step came from. */
  description: (person: Person) => string;
}

/** Escapes a TEXT value (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line so no line is longer than 75 octets, splitting only between characters. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line may hold 75 octets; continuations start with a space, leaving 74.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** `20261201T192500Z` for an instant. */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The people whose next step has a due date, by date: what the calendar file holds. */
export function stepsWithDates(people: readonly Person[]): Person[] {
  return people.filter((person) => person.nextStep.trim() && person.nextStepDue).sort((a, b) => (a.nextStepDue < b.nextStepDue ? -1 : a.nextStepDue > b.nextStepDue ? 1 : 0));
}

export function nextStepsCalendar(people: readonly Person[], text: CalendarText, now: Date): string {
  const stamp = utcStamp(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//networking-guide//My network//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const person of stepsWithDates(people)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${person.id}-${compactDate(person.nextStepDue)}@my-network.networking-guide`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(person.nextStepDue)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(person.nextStepDue))}`,
      `SUMMARY:${escapeText(text.summary(person))}`,
      `DESCRIPTION:${escapeText(text.description(person))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
