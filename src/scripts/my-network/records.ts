import { checkValue, defineRecordType, type PersonalData, type WriteResult } from '../personal-data';
import { listOf, numberAtLeastOrNull, oneOf, requiredText, strictObject, text, textThat } from '../personal-data/object-schema';
import { emptySettings, interactionKinds, isIsoDate, rhythms, type Interaction, type NetworkData, type NetworkSettings, type Person } from './model';

/**
 * My network's three record types in the personal-data layer, and the one way to read and write
 * them. A person and an interaction are one record each (`networking-guide:network-person:<id>`,
 * `networking-guide:network-interaction:<id>`), so two tabs editing two people both keep their
 * edits; the settings are one record. The id is the record's key, so values hold everything else.
 *
 * Version 1 of each. When a shape changes: raise the version, add the migration from the old one
 * and a test from exactly what the old version stored.
 */

const day = textThat(isIsoDate, 'Expected a date written YYYY-MM-DD');
const dayOrEmpty = textThat((value) => value === '' || isIsoDate(value), 'Expected a date written YYYY-MM-DD, or nothing');
const hours = numberAtLeastOrNull(0);

export type StoredPerson = Omit<Person, 'id'>;
export type StoredInteraction = Omit<Interaction, 'id'>;

export const personType = defineRecordType<StoredPerson>({
  tool: 'network',
  name: 'network-person',
  version: 1,
  schema: strictObject({
    name: requiredText, role: text, organisation: text, howWeMet: text, languages: text, email: text, phone: text,
    profileUrl: text, tags: listOf(text), notes: text, nextStep: text, nextStepDue: dayOrEmpty, rhythm: oneOf(rhythms), added: day,
  }),
});

export const interactionType = defineRecordType<StoredInteraction>({
  tool: 'network',
  name: 'network-interaction',
  version: 1,
  schema: strictObject({ personId: requiredText, date: day, kind: oneOf(interactionKinds), note: text }),
});

export const settingsType = defineRecordType<NetworkSettings>({
  tool: 'network',
  name: 'network-settings',
  version: 1,
  singleton: true,
  schema: strictObject({ weeklyGoal: hours, jobSearchHours: hours, networkingHours: hours }),
});

export const networkRecordTypes = [personType, interactionType, settingsType] as const;

const withoutId = <T extends { id: string }>({ id, ...rest }: T): Omit<T, 'id'> => rest;

/** My network's records in one layer: what the page reads, writes and hears about from other tabs. */
export function networkStore(layer: PersonalData) {
  const people = layer.collection(personType);
  const interactions = layer.collection(interactionType);
  const settings = layer.collection(settingsType);
  return {
    newId: () => people.newId(),
    /**
     * Everything, interactions in the order they were saved (so the one logged last comes first
     * among a day's contacts), dropping any whose person is gone (deleted in another tab).
     */
    read(): NetworkData {
      const list = people.list().map(({ id, value }) => ({ id, ...value }));
      const ids = new Set(list.map(({ id }) => id));
      const contacts = interactions.list()
        .sort((a, b) => ((a.savedAt ?? '') < (b.savedAt ?? '') ? -1 : (a.savedAt ?? '') > (b.savedAt ?? '') ? 1 : 0))
        .map(({ id, value }) => ({ id, ...value }))
        .filter(({ personId }) => ids.has(personId));
      return { people: list, interactions: contacts, settings: settings.get('') ?? emptySettings() };
    },
    putPeople: (changed: Person[]) => changed.map((person) => people.put(person.id, withoutId(person))),
    putInteractions: (changed: Interaction[]) => changed.map((interaction) => interactions.put(interaction.id, withoutId(interaction))),
    /** Deletes people and their interactions. */
    deletePeople: (ids: string[], interactionIds: string[]) => [...interactionIds.map((id) => interactions.remove(id)), ...ids.map((id) => people.remove(id))],
    putSettings: (value: NetworkSettings) => settings.put('', value),
    /** Calls back on a change made in another tab. */
    onChange(listener: () => void): void {
      for (const collection of [people, interactions, settings] as const) {
        collection.subscribe(({ source }) => {
          if (source === 'other-tab') listener();
        });
      }
    },
  };
}

export type NetworkStore = ReturnType<typeof networkStore>;

/**
 * Logs a contact with a person through the layer: what another tool calls to record what the
 * reader did there (the messages tool logs a sent message). Returns `'no-person'` when the person
 * is not in the network, or the layer's result; the kind and date are checked like any record.
 */
export function logInteraction(layer: PersonalData, contact: StoredInteraction): WriteResult | 'no-person' | 'invalid' {
  if (layer.collection(personType).get(contact.personId) === undefined) return 'no-person';
  const checked = checkValue(interactionType, contact);
  if (!checked.ok) return 'invalid';
  const interactions = layer.collection(interactionType);
  return interactions.put(interactions.newId(), checked.value);
}
