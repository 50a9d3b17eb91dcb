import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The project's content as editors wrote it, for tests that follow the content (every tip, every
 * checklist item) instead of hard-coding what it says today. Paths are relative to the project,
 * where every test runner starts.
 */

export const readYaml = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

/** Every `<id>.yaml` in a content folder with one entry per file, in file-name order. */
export function yamlEntries<T = Record<string, unknown>>(folder: 'tips' | 'mentoring' | 'messages' | 'toolkit'): Array<{ id: string; file: string; data: T }> {
  return readdirSync(`content/${folder}`)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), file: `content/${folder}/${name}`, data: readYaml<T>(`content/${folder}/${name}`) }));
}

export interface TipText { title: string; body: string }
export const tipEntries = () => yamlEntries<{ guide?: string; en: TipText; fi: TipText }>('tips');

/** The tools on the toolkit hub (content/toolkit/). */
export const toolkitEntries = () => yamlEntries<{ page: string; tool?: string; en: { keeps?: string }; fi: { keeps?: string } }>('toolkit');

export const programmeEntries = () => yamlEntries<{ name: string; nameFi?: string }>('mentoring');

export interface MessageVariantText { label: string; subject?: string; body: string }
export interface MessageEntry {
  tips?: string[];
  en: { title: string };
  fi: { title: string };
  variants: Array<{ id: string; channel: string; en: MessageVariantText; fi: MessageVariantText }>;
}
export const messageEntries = () => yamlEntries<MessageEntry>('messages');

export interface ChecklistItemText { title: string; why: string; how: string }
export interface ChecklistItem { id: string; sources?: string[]; en: ChecklistItemText; fi: ChecklistItemText }
export const readChecklist = () => readYaml<{ groups: Array<{ id: string; items: ChecklistItem[] }> }>('content/checklist/linkedin.yaml');

/** The My plan tool's content (content/plan/my-plan.yaml), typed as its schema gives it. */
export const readPlanContent = () => readYaml<import('../src/schemas/plan').PlanContent>('content/plan/my-plan.yaml');
