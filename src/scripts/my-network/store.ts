import { createStore } from '../storage';
import { emptySettings, parseInteraction, parsePerson, parseSettings, type Interaction, type NetworkData, type NetworkSettings, type Person } from './model';

/**
 * Where My network keeps its records. The element talks only to this interface, so the storage
 * behind it can change without touching the tool.
 */
export interface NetworkStore {
  read(): Promise<NetworkData>;
  putPeople(people: Person[]): Promise<void>;
  /** Deletes people and, with them, their interactions. */
  deletePeople(ids: string[], interactionIds: string[]): Promise<void>;
  putInteractions(interactions: Interaction[]): Promise<void>;
  putSettings(settings: NetworkSettings): Promise<void>;
  /** Calls back when another tab changed the records. */
  onChange(listener: () => void): void;
}

const keys = { people: 'networking-guide:network:people', interactions: 'networking-guide:network:interactions', settings: 'networking-guide:network:settings' };
const listOf = <T>(parse: (value: unknown) => T | undefined) => (value: unknown): T[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  const items = value.map(parse);
  return items.every((item) => item !== undefined) ? (items as T[]) : undefined;
};

export async function openNetworkStore(): Promise<NetworkStore> {
  const people = createStore<Person[]>({ key: keys.people, version: 1, empty: () => [], parse: listOf(parsePerson) });
  const interactions = createStore<Interaction[]>({ key: keys.interactions, version: 1, empty: () => [], parse: listOf(parseInteraction) });
  const settings = createStore<NetworkSettings>({ key: keys.settings, version: 1, empty: emptySettings, parse: parseSettings });
  const upsert = <T extends { id: string }>(list: T[], changed: T[]) => {
    const byId = new Map(list.map((item) => [item.id, item]));
    for (const item of changed) byId.set(item.id, item);
    return [...byId.values()];
  };
  return {
    read: async () => ({ people: people.read().value, interactions: interactions.read().value, settings: settings.read().value }),
    putPeople: async (changed) => void people.write(upsert(people.read().value, changed)),
    deletePeople: async (ids, interactionIds) => {
      people.write(people.read().value.filter((person) => !ids.includes(person.id)));
      interactions.write(interactions.read().value.filter((interaction) => !interactionIds.includes(interaction.id)));
    },
    putInteractions: async (changed) => void interactions.write(upsert(interactions.read().value, changed)),
    putSettings: async (value) => void settings.write(value),
    onChange: (listener) => window.addEventListener('storage', (event) => {
      if (Object.values(keys).includes(event.key ?? '')) listener();
    }),
  };
}
