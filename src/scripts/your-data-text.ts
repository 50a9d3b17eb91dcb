import { fillTemplate } from '../search/search-state';
import type { BackupProblem } from './personal-data/backup';

/**
 * The Your data page's texts, rendered by the server (YourDataView.astro) and passed to the
 * `<your-data>` element as JSON, so no UI strings ship in the script. `{{name}}` marks a value
 * the script fills in; `{ one, other }` are the plural forms.
 */
export interface YourDataStrings {
  persist: { persisted: string; notPersisted: string; denied: string; unsupported: string };
  lastBackup: string;
  noBackup: string;
  preview: { added: string; replaced: string; unchanged: string; keptAside: string; keptAsideNote: string; replacedNote: string; nothing: string };
  restored: Plural;
  restoredNotSaved: Plural;
  restoreCancelled: string;
  refused: string;
  problem: { empty: string; notJson: string; notJsonAt: string; notBackup: string; newerFormat: string; invalidRecord: string; unreadable: string };
  keptAside: { item: string; corrupt: string; invalid: string; newer: string; download: string };
  confirmQuestion: Plural;
  deleted: string;
  deletedIncomplete: string;
  undone: string;
  undoIncomplete: string;
  nothing: string;
  /** Reader-facing names of the tools, by the `tool` of their record types (and `keptAside`, a backup's part for unreadable data). */
  tools: Record<string, string>;
}

export interface Plural {
  one: string;
  other: string;
}

export function plural(forms: Plural, count: number, lang: string): string {
  return fillTemplate(new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other, { count });
}

/** The tool's name for readers; a tool this page does not know (a newer backup) is named as the file names it. */
export function toolName(strings: YourDataStrings, tool: string): string {
  return strings.tools[tool] ?? tool;
}

/** Says what is wrong with a backup file, and where: the line and column, or the part, item number and field. */
export function problemText(strings: YourDataStrings, problem: BackupProblem): string {
  switch (problem.code) {
    case 'empty':
      return strings.problem.empty;
    case 'not-json':
      return problem.line === undefined ? strings.problem.notJson : fillTemplate(strings.problem.notJsonAt, { line: problem.line, column: problem.column ?? 1 });
    case 'not-backup':
      return strings.problem.notBackup;
    case 'newer-format':
      return fillTemplate(strings.problem.newerFormat, { version: problem.formatVersion });
    case 'invalid-record':
      return fillTemplate(strings.problem.invalidRecord, {
        tool: toolName(strings, problem.tool),
        index: problem.index + 1,
        field: [problem.typeName, problem.id ? `id ${problem.id}` : '', problem.field].filter(Boolean).join(' › '),
      });
  }
}
