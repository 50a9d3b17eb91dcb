/**
 * The personal-data layer: the one way the site keeps anything in the reader's browser.
 * See the README, "Personal data", for how a tool defines its record type and uses it.
 */
import { PersonalData } from './store';

export { defineRecordType, checkValue, upgrade } from './record-type';
export type { RecordType, RecordTypeOptions, Issue, Checked, Migration, UnreadableReason } from './record-type';
export type { Collection, DataStatus, KeptAside, RecordChange, StorageState, StoredRecord, WriteResult } from './store';
export { PersonalData } from './store';

/** The page's one instance: every tool on a page shares it, so one status covers them all. */
export const personalData = new PersonalData();
