import type { Person } from '../../src/scripts/my-network/model';

/** A person with every optional field empty, for the My network tests. */
export function person(fields: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    role: '', organisation: '', howWeMet: '', languages: '', email: '', phone: '', profileUrl: '', tags: [], notes: '',
    nextStep: '', nextStepDue: '', rhythm: 'none', added: '2026-01-01', ...fields,
  };
}
