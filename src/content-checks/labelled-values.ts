import { audiences, costs, formats, regions, statuses } from '../schemas/mentoring';
import { interactionKinds, rhythms } from '../scripts/my-network/model';
import { sourceLanguages } from '../schemas/source';
import { situations } from '../schemas/tip';

/**
 * UI-string keys that components build from a value, with every value the schemas allow: each
 * needs its label (`situation.job-seeking`) in both files of src/i18n/ui/. A component that builds
 * a key from a new prefix should add it here; a prefix that is not here must at least start some keys
in both files, or the build stops (ui-strings.ts).
 */
export const labelledValues: Record<string, readonly string[]> = {
  'situation.': situations,
  'mentoring.audience.': audiences,
  'mentoring.region.': regions,
  'mentoring.format.': formats,
  'mentoring.cost.': costs,
  'mentoring.status.': statuses,
  'sources.language.': sourceLanguages,
  'network.rhythm.': rhythms,
  'network.kind.': interactionKinds,
};
