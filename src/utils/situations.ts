import type { Locale } from '../i18n/locales';

/** A situation as the schema gives it (src/schemas/situation.ts), without Astro's entry wrapper. */
export interface SituationData {
  id: string;
  guides: string[];
  tips: string[];
  sections: string[];
}

/** One link of a situation card: where it goes, what it says, and what kind of place it is. */
export interface SituationLink {
  kind: 'guide' | 'tip' | 'section';
  href: string;
  label: string;
}

interface Known {
  /** Guides of the page's language by key. */
  guides: ReadonlyMap<string, { href: string; title: string }>;
  /** Tips by id: the address of each on the tips page and its title in the page's language. */
  tips: ReadonlyMap<string, { href: string; title: string }>;
  /** Every section's address and label in the page's language. */
  sections: ReadonlyMap<string, { href: string; label: string }>;
}

/**
 * The links of one situation card, guides first, then tips, then sections, each as the editor
 * listed them. A key that names nothing stops the build with the file, the situation and the
 * field, so a renamed guide or tip cannot leave a dead link on the home page.
 */
export function situationLinks(situation: SituationData, known: Known, lang: Locale, file: string): SituationLink[] {
  const missing = (field: string, value: string, what: string): Error =>
    new Error(`${file}: situation "${situation.id}", field "${field}": ${what} "${value}" (${lang}).`);
  return [
    ...situation.guides.map((key): SituationLink => {
      const guide = known.guides.get(key);
      if (!guide) throw missing('guides', key, 'no guide has the key');
      return { kind: 'guide', href: guide.href, label: guide.title };
    }),
    ...situation.tips.map((id): SituationLink => {
      const tip = known.tips.get(id);
      if (!tip) throw missing('tips', id, 'no tip (content/tips/<id>.yaml) has the id');
      return { kind: 'tip', href: tip.href, label: tip.title };
    }),
    ...situation.sections.map((name): SituationLink => {
      const section = known.sections.get(name);
      if (!section) throw missing('sections', name, 'no section is called');
      return { kind: 'section', href: section.href, label: section.label };
    }),
  ];
}
