import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/**
 * A YAML text (a whole file, or the front matter of an .mdx file) read so that problems can name
 * the line they are on. It is read with the `yaml` package's YAML 1.2 core schema, under which a
 * date stays the text the editor wrote ("2026-02-30") instead of becoming a Date that has already
 * rolled over into March, so the date check sees what was written.
 */
export interface YamlSource {
  data: unknown;
  /** 1-based line of the field at `path`, or of its nearest parent that exists (a missing field). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** A syntax error, already in an editor's words, with its line. */
  syntaxError?: { line: number; what: string; fix: string };
}

/** Reads a .yaml file's text, or the front matter of an .mdx file (its lines counted in the file). */
export function readYamlSource(text: string, kind: 'yaml' | 'frontmatter'): YamlSource {
  let yamlText = text;
  let firstLine = 1;
  if (kind === 'frontmatter') {
    const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(text);
    yamlText = match?.[1] ?? '';
    firstLine = 2;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const error = doc.errors[0];
  if (error) {
    const message = syntaxMessage(error.code, error.message);
    let offset = error.pos[0];
    // YAML notices a quote left open only where the file ends: the line to fix is where it opened.
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      const opened = [...yamlText.slice(0, offset).matchAll(/^.*$/gm)].findLast((line) => ((line[0].match(/"/g) ?? []).length % 2) === 1);
      offset = opened?.index ?? offset;
    }
    return { data: {}, lineOf: () => undefined, syntaxError: { line: lineAt(offset), ...message } };
  }
  return { data: doc.toJS() as unknown, lineOf: (path) => lineOfPath(doc, path, lineAt) };
}

/** YAML's error, as what is wrong and how to fix it. */
function syntaxMessage(code: string, message: string): { what: string; fix: string } {
  const detail = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  if (code === 'DUPLICATE_KEY') return { what: 'the same field is written twice', fix: 'Keep one of the two' };
  if (code === 'TAB_AS_INDENT') return { what: 'a line is indented with a tab', fix: 'Indent with spaces only' };
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && /compact mappings/.test(detail)) return { what: 'a text with ": " in it is not in quotes', fix: 'Put the whole text in "double quotes"' };
  if (code === 'BAD_INDENT' || code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') return { what: 'the indentation does not line up', fix: 'Indent the line by as many spaces as the lines it belongs with' };
  if (code === 'MISSING_CHAR' && /quote/.test(detail)) return { what: 'a quote is opened and not closed', fix: 'Add the closing quote at the end of the text' };
  return { what: `the YAML cannot be read (${detail})`, fix: 'Compare the line with the lines around it: indentation, a "- " before each list item, quotes around a text with ": " in it' };
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number | undefined {
  let node: unknown = doc.contents;
  // A field missing at the top has no line of its own; the first line of the file would mislead.
  let line: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      line = rangeLine(pair.key, lineAt) ?? line;
      node = pair.value;
      // A scalar value on the key's line, or a block below it: the key's line is where to look.
      if (!isScalar(node)) continue;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item) break;
      line = rangeLine(item, lineAt) ?? line;
      node = item;
    } else break;
  }
  return line;
}

function rangeLine(node: unknown, lineAt: (offset: number) => number): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lineAt(range[0]) : undefined;
}
