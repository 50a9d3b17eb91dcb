import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales } from '../i18n/locales';
import { didYouMean, type Problem } from './problem';

/**
 * UI strings as the build sees them: a key in one language file and not the other, or a key a
 * component asks for that no file has, would print the raw key (`nav.tips`) on every page.
 * `astro check` finds a misspelt key too, but only in a long type message and only when someone
 * runs it; these checks make `npm run build` refuse, naming the file, the line and the key.
 *
 * Keys a component builds from a value (`t(\`situation.${id}\`)`) are checked through
 * `labelledValues` (labelled-values.ts): each value a schema allows needs its label in both files.
 * A prefix not listed there must at least start some key in both files (the type check, which
 * knows the values, does the rest).
 */

const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'];

interface UiFile {
  file: string;
  text: string;
  keys: Set<string>;
}

/** `root` is the project folder (Astro's `config.root`); `labelledValues` maps a key prefix to its values. */
export function uiStringProblems(root: string, labelledValues: Readonly<Record<string, readonly string[]>>): Problem[] {
  const files = locales.map((lang): UiFile => {
    const file = `src/i18n/ui/${lang}.json`;
    const text = readFileSync(join(root, file), 'utf8');
    return { file, text, keys: new Set(Object.keys(JSON.parse(text) as Record<string, unknown>)) };
  });
  const problems: Problem[] = [];
  const allKeys = new Set(files.flatMap(({ keys }) => [...keys]));

  for (const ui of files) {
    for (const other of files) {
      if (other === ui) continue;
      for (const key of other.keys) {
        if (ui.keys.has(key)) continue;
        problems.push({
          file: ui.file,
          field: `"${key}"`,
          what: `is missing (${other.file}:${lineOfKey(other.text, key)} has it), so pages in this language would show the key itself`,
          fix: `Add "${key}" to ${ui.file} with the text in this language`,
        });
      }
    }
  }

  // A key in one file only is reported above, as a missing translation.
  const exists = (key: string) => files.some(({ keys }) => keys.has(key) || pluralSuffixes.some((suffix) => keys.has(key + suffix)));
  for (const [prefix, values] of Object.entries(labelledValues)) {
    for (const value of values) {
      const key = prefix + value;
      if (!allKeys.has(key)) {
        problems.push({ file: files[0]?.file ?? '', field: `"${key}"`, what: `is missing: the value "${value}" has no label`, fix: `Add "${key}" to every file in src/i18n/ui/` });
      }
    }
  }

  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const name = relative(root, file);
    text.split('\n').forEach((line, index) => {
      if (/^\s*(\*|\/\/)/.test(line)) return;
      for (const match of line.matchAll(/\bt\(\s*(['"`])([^'"`$]*)(\$\{)?/g)) {
        const [, quote, key = '', template] = match;
        if (quote === '`' && template) {
          // Values listed in labelledValues are checked above; otherwise the prefix must have keys.
          if (!Object.hasOwn(labelledValues, key) && !files.every(({ keys }) => [...keys].some((known) => known.startsWith(key)))) {
            problems.push({ file: name, line: index + 1, field: `UI string "${key}…"`, what: 'is built from a value, and no key in src/i18n/ui/en.json and fi.json starts that way', fix: `Fix the start of the key, or add its keys to both files (and the values to src/content-checks/labelled-values.ts)` });
          }
          continue;
        }
        if (exists(key)) continue;
        problems.push({
          file: name,
          line: index + 1,
          field: `UI string "${key}"`,
          what: 'is in none of the files in src/i18n/ui/, so the page would show the key itself',
          fix: `${didYouMean(key, allKeys)}Fix the key, or add it to both files`,
        });
      }
    });
  }
  return problems;
}

function lineOfKey(text: string, key: string): number {
  const index = text.indexOf(`${JSON.stringify(key)}:`);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'content-checks' ? [] : sourceFiles(path);
    return /\.(astro|ts)$/.test(entry.name) ? [path] : [];
  });
}
