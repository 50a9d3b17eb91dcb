import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import type { CsvLabels } from '../scripts/my-network/csv';
import { interactionKinds, rhythms } from '../scripts/my-network/model';

/**
 * The words My network's CSV files use in one language, from the UI strings, so the column
 * headers are those of the form. The page passes both languages to the browser: a file exported
 * from the Finnish page imports on the English one.
 */
export function csvLabelsFor(lang: Locale): CsvLabels {
  const t = useTranslations(lang);
  const field = (name: 'id' | 'name' | 'role' | 'organisation' | 'howWeMet' | 'languages' | 'email' | 'phone' | 'profileUrl' | 'tags' | 'notes' | 'nextStep' | 'nextStepDue' | 'rhythm' | 'added' | 'personId' | 'date' | 'kind' | 'note') => t(`network.field.${name}`);
  return {
    delimiter: lang === 'fi' ? ';' : ',',
    people: {
      id: field('id'), name: field('name'), role: field('role'), organisation: field('organisation'), howWeMet: field('howWeMet'),
      languages: field('languages'), email: field('email'), phone: field('phone'), profileUrl: field('profileUrl'), tags: field('tags'),
      notes: field('notes'), nextStep: field('nextStep'), nextStepDue: field('nextStepDue'), rhythm: field('rhythm'), added: field('added'),
    },
    interactions: { id: field('id'), personId: field('personId'), personName: field('name'), date: field('date'), kind: field('kind'), note: field('note') },
    rhythms: Object.fromEntries(rhythms.map((rhythm) => [rhythm, t(`network.rhythm.${rhythm}`)])) as CsvLabels['rhythms'],
    kinds: Object.fromEntries(interactionKinds.map((kind) => [kind, t(`network.kind.${kind}`)])) as CsvLabels['kinds'],
  };
}
