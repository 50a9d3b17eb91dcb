/**
 * One thing an editor has to fix, and the one-line form the build prints it in.
 *
 * Editors are not programmers and many only ever run `npm run build`, so every check of the
 * content gate (src/content-checks/) reports in the same shape: the file (and the line where the
 * content has one), the field, what is wrong and how to fix it. List positions count from 1, as an
 * editor counts the `- ` items of a YAML list.
 */
export interface Problem {
  /** Shown as written: `content/…` for content, `src/…` for code (see `displayPath`). */
  file: string;
  /** 1-based line in the file, when the problem sits on one. */
  line?: number;
  /** Where in the file, in the editor's words: `groups › item 2 › items › item 1 › id`. */
  field?: string;
  /** What is wrong, ending without a full stop. */
  what: string;
  /** How to fix it, a sentence of its own. */
  fix: string;
}

/** A field path for people: `['groups', 1, 'id']` → `groups › item 2 › id`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' › ');
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** `content/tips/x.yaml:3 — situations › item 1: "a" is not a situation. Use one of: …` */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? `${problem.field}: ` : '';
  const fix = problem.fix.trim() ? ` ${sentence(problem.fix)}` : '';
  return `${place} — ${field}${problem.what.replace(/[.\s]+$/, '')}.${fix}`;
}

/** Problems in the order an editor works through them: by file, then by line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The whole report: a heading line, then one line per problem. */
export function formatReport(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = [...new Set(sortProblems(problems).map(formatProblem))];
  return [`The build stopped: ${count} to fix. Each line names the file and line, the field, what is wrong and what to do.`, ...lines].join('\n');
}

/**
 * The error the build stops with. It has no stack: Astro prints a stackless error as its message
 * alone, without "Location: …:0:0" or a stack trace that would point editors at the checks'
 * code instead of their content.
 */
export function problemsError(problems: readonly Problem[]): Error {
  const error = new Error(formatReport(problems));
  error.stack = '';
  return error;
}

/** The closest of `options` to `value`, when it is close enough to be a likely typo. */
export function closest(value: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(value.toLowerCase(), option.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [option, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** `Did you mean "x"? ` when a close option exists, else nothing. */
export function didYouMean(value: string, options: Iterable<string>): string {
  const guess = closest(value, options);
  return guess === undefined || guess === value ? '' : `Did you mean "${guess}"? `;
}
