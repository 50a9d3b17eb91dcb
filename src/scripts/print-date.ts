import { isoDate, formatDate } from '../i18n/format';
import { isLocale } from '../i18n/locales';

/** Fills in today's date in the print header, since a printed page may be read long after. */
export function showPrintDate(root: Document): void {
  const holder = root.querySelector<HTMLElement>('[data-print-date]');
  const time = holder?.querySelector('time');
  const lang = root.documentElement.lang;
  if (!holder || !time || !isLocale(lang)) return;
  const today = new Date();
  const day = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  time.dateTime = isoDate(day);
  time.textContent = formatDate(day, lang);
  holder.hidden = false;
}
