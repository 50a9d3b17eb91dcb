import { messageFieldsType } from '../message-record';
import { networkRecordTypes } from '../my-network/records';
import { planType } from '../plan-record';
import type { RecordType } from './record-type';
import { checklistType } from './types/checklist';
import { languageType } from './types/language';

/**
 * Every record type of the site. The Your data page opens them all, so its counts, its backup
 * and its restore cover every tool. A tool adds its types here when it lands (one import, one entry).
 */
export const allRecordTypes: ReadonlyArray<RecordType<unknown>> = [checklistType, languageType, ...networkRecordTypes, messageFieldsType, planType] as ReadonlyArray<RecordType<unknown>>;
