/**
 * When directory details count as stale. Programmes start, change and end often, so an entry that
 * nobody has checked for over a year tells readers so, as NHS pages say when they were reviewed.
 * Dates are calendar days in UTC, like every date in the content.
 */

/** The same calendar day `months` earlier, or the month's last day when it is shorter (29 Feb → 28 Feb). */
export function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/**
 * True when `checked` is more than `months` before the day of `buildDate`. Static pages are only as
 * fresh as their build, so the build date is the "today" readers see; a day exactly twelve months
 * back still counts as current.
 */
export function isOutOfDate(checked: Date, buildDate: Date, months = 12): boolean {
  const today = new Date(Date.UTC(buildDate.getUTCFullYear(), buildDate.getUTCMonth(), buildDate.getUTCDate()));
  return checked.getTime() < monthsBefore(today, months).getTime();
}
