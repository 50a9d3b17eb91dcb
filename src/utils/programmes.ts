import type { Locale } from '../i18n/locales';
import { audiences, regions, statuses, type Programme, type Status } from '../schemas/mentoring';
import { valuesInUse, type ItemValues } from './filter';

/** What an editor writes for a fact no source states; shown as "unknown" / "ei tiedossa". */
export const unknown = 'unknown' as const;

/** Places a nationwide programme is open to: every region except "online", which is not a place. */
const places = regions.filter((region) => region !== 'online');

/** The name readers of a language know the programme by: `nameFi` only where the Finnish name differs. */
export function programmeName(programme: Pick<Programme, 'name' | 'nameFi'>, lang: Locale): string {
  return lang === 'fi' ? (programme.nameFi ?? programme.name) : programme.name;
}

/**
 * Directory order: running programmes first, then those whose status is unknown, ended ones last,
 * so readers meet what they can still join; alphabetical by the name they see within each.
 */
export function compareProgrammes(a: { status: Status; name: string }, b: { status: Status; name: string }, locale: string): number {
  return statuses.indexOf(a.status) - statuses.indexOf(b.status) || a.name.localeCompare(b.name, locale);
}

/**
 * A programme's values in each filter group of the directory. Unstated languages and regions
 * become "unknown", so readers can choose to include them rather than lose them silently; a
 * nationwide programme also counts as available in every region.
 */
export function programmeFilterValues(programme: Pick<Programme, 'audience' | 'languages' | 'region' | 'status'>): ItemValues {
  const { audience, languages, region, status } = programme;
  const where = region.includes('nationwide') ? [...new Set([...region, ...places])] : region;
  return {
    audience,
    language: languages.length > 0 ? languages : [unknown],
    region: where.length > 0 ? where : [unknown],
    status: [status],
  };
}

/**
 * The choices each filter group of the directory offers, from the programmes' filter values: only
 * values some programme has, so no checkbox can only ever show nothing, in a fixed order, with
 * "unknown" last in the groups where editors may leave the fact unstated.
 */
export function directoryFilterOptions(programmes: readonly ItemValues[]) {
  const inUse = (group: string) => programmes.map((values) => values[group] ?? []);
  return {
    audience: valuesInUse(audiences, inUse('audience')),
    language: orderLanguages(inUse('language').flat()),
    region: [...valuesInUse(regions, inUse('region')), ...(inUse('region').flat().includes(unknown) ? [unknown] : [])],
    status: valuesInUse(statuses, inUse('status')),
  };
}

/** Finland's official languages and English first, as most readers look for these; then by code. */
const leadingLanguages = ['fi', 'sv', 'en'];

/** The order of language options: fi, sv, en, then any other code alphabetically, "unknown" last. */
export function orderLanguages(codes: Iterable<string>): string[] {
  const rank = (code: string) => (code === unknown ? Infinity : leadingLanguages.includes(code) ? leadingLanguages.indexOf(code) : leadingLanguages.length);
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** An address as readers can read it aloud: no "https://", no "www.", no trailing slash. */
export function readableUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}
