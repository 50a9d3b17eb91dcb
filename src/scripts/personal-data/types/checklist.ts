import { handSchema } from '../hand-schema';
import { defineRecordType } from '../record-type';

/**
 * The ticks of one checklist, its name as the id (`networking-guide:checklist:linkedin`, the key
 * the checklist used before the layer, so readers' ticks stay where they were).
 *
 * - Version 1 (before the layer): the array of ticked item ids, `{"version":1,"value":["photo"]}`.
 * - Version 2: `{ ticked: [ids] }`, an object so that later fields need no new shape.
 */
export interface ChecklistTicks {
  ticked: string[];
}

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === 'string');

export const checklistType = defineRecordType<ChecklistTicks>({
  tool: 'checklist',
  name: 'checklist',
  version: 2,
  remindBackup: false,
  schema: handSchema(
    (value): value is ChecklistTicks => typeof value === 'object' && value !== null && isIdList((value as ChecklistTicks).ticked),
    'Expected { ticked: [item ids] }',
    ['ticked'],
  ),
  migrations: {
    1: (value) => (isIdList(value) ? { ticked: value } : value),
  },
});
