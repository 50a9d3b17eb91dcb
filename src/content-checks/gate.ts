import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { crossEntryProblems, type LoadedEntry } from './cross-checks';
import { problemsError, type Problem } from './problem';
import { schemaProblems } from './schema-issues';
import { readYamlSource, type YamlSource } from './yaml-source';

/**
 * The content gate: every collection's loader runs through it, so that `npm run build` (and
 * `astro sync`, `astro check`, `astro dev`) stops on any content mistake with one line per
 * problem, all problems of the build together, before a page renders.
 *
 * - Each entry is read again with the `yaml` package (dates stay as written, lines are known) and
 *   checked against its collection's schema here; Zod's issues become editors' problems through
 *   the shared formatter in schema-issues.ts. A bad entry is noted and loading goes on, so one
 *   mistake does not hide the next.
 * - When the last collection has loaded, the checks that need several collections run
 *   (cross-checks.ts: source ids, guide keys, translations, links, anchors, headings, the
 *   language of each text, UI strings), and if anything was found the build stops with the report
 *   (problem.ts). Entries that failed are taken out of the content cache first, so the next
 *   build checks them again instead of trusting a cached copy.
 *
 * A collection added to `collections` in content.config.ts is gated without code of its own.
 */
type CollectionConfig = { loader?: unknown; schema?: unknown };

interface EntryType {
  getEntryInfo: (options: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body?: string }> | { data: Record<string, unknown>; body?: string };
}

const isLoader = (loader: unknown): loader is Loader => typeof loader === 'object' && loader !== null && 'load' in loader;

export function gateCollections<T extends Record<string, CollectionConfig>>(collections: T, contentRoot: string): T {
  const names = Object.keys(collections).filter((name) => isLoader(collections[name]?.loader));
  const contentFolder = resolve(contentRoot);
  /** Paths as editors see them: `content/guides/en/x.mdx` (also for a fixture's content folder), `src/…`. */
  const displayPath = (path: string) => {
    const absolute = isAbsolute(path) ? path : resolve(path);
    const inContent = relative(contentFolder, absolute);
    return inContent.startsWith('..') ? relative(process.cwd(), absolute) : `content/${inContent}`;
  };

  let problems: Problem[] = [];
  let loaded = new Map<string, { store: LoaderContext['store']; failed: Set<string>; entries: LoadedEntry[] }>();
  let unexpected: unknown[] = [];

  const wrap = (name: string, loader: Loader, schema: z.ZodType | undefined): Loader => ({
    ...loader,
    async load(context) {
      const failed = new Set<string>();
      const texts = new Map<string, string>();
      const sources = new Map<string, YamlSource>();
      const textFor = (filePath: string) => {
        let text = texts.get(filePath);
        if (text === undefined) texts.set(filePath, (text = readFileSync(filePath, 'utf8')));
        return text;
      };
      // Read again only when needed (a date to see as written, a problem to place on its line):
      // the `yaml` package is several times slower than the parser Astro has already run.
      const sourceFor = (filePath: string) => {
        let source = sources.get(filePath);
        if (!source) sources.set(filePath, (source = readYamlSource(textFor(filePath), /\.mdx?$/.test(filePath) ? 'frontmatter' : 'yaml')));
        return source;
      };
      const unreadable = new Map<string, string>();
      const raw = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      const entryTypes = raw.entryTypes && new Map([...raw.entryTypes].map(([extension, entryType]) => [extension, {
        ...entryType,
        // A file Astro cannot read (broken YAML) is read again below, which names the line.
        getEntryInfo: async (options: { contents: string; fileUrl: URL }) => {
          try {
            return await entryType.getEntryInfo(options);
          } catch (error) {
            unreadable.set(fileURLToPath(options.fileUrl), error instanceof Error ? error.message : String(error));
            return { data: {}, body: '' };
          }
        },
      }]));
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        // Astro's file() loader logs a file it cannot parse and loads nothing from it.
        const file = /^Error reading data from (.+)$/.exec(message)?.[1];
        if (file) {
          const source = sourceFor(resolve(fileURLToPath(context.config.root), file));
          problems.push({ file: displayPath(file), ...(source.syntaxError ?? { what: 'the file cannot be read', fix: 'Check that it is a YAML file' }) });
        } else problems.push({ file: `the ${name} collection`, what: message, fix: '' });
      };
      const parseData: LoaderContext['parseData'] = async ({ id, data, filePath }) => {
        if (!filePath || !schema) return data;
        const file = displayPath(filePath);
        const unread = unreadable.get(filePath);
        // Astro's YAML parser turns an unquoted date into a Date, already rolled over (30 February
        // becomes 2 March), so an entry with a date is read again, keeping dates as written.
        const source = unread !== undefined || hasDate(data) ? sourceFor(filePath) : undefined;
        if (source?.syntaxError) {
          failed.add(id);
          problems.push({ file, ...source.syntaxError });
          return data;
        }
        if (unread !== undefined) {
          failed.add(id);
          problems.push({ file, what: `Astro cannot read the file (${unread.split('\n')[0] ?? ''})`, fix: 'Check the front matter between the two --- lines' });
          return data;
        }
        const located = source ? locate(source.data, id) : { value: data as unknown, prefix: [] as PropertyKey[] };
        const result = await schema.safeParseAsync(located.value);
        if (result.success) return result.data as typeof data;
        failed.add(id);
        const lines = sourceFor(filePath);
        const prefix = source ? located.prefix : locate(lines.data, id).prefix;
        problems.push(...schemaProblems(schema, result.error.issues, located.value, { file, lineOf: lines.lineOf, pathPrefix: prefix }));
        return data;
      };

      try {
        await loader.load({ ...context, logger, parseData, ...(entryTypes ? { entryTypes } : {}) } as LoaderContext);
      } catch (error) {
        unexpected.push(error);
      }
      const entries = [...context.store.values()].map((entry): LoadedEntry => {
        const absolute = entry.filePath ? resolve(fileURLToPath(context.config.root), entry.filePath) : undefined;
        return {
          collection: name,
          id: entry.id,
          file: absolute ? displayPath(absolute) : name,
          data: entry.data,
          ...(entry.body === undefined ? {} : { body: entry.body }),
          ...(absolute && /\.mdx?$/.test(absolute) ? { fileText: textFor(absolute) } : {}),
          ...(entry.rendered?.metadata?.headings ? { headings: entry.rendered.metadata.headings } : {}),
          lineOf: (path) => {
            if (!absolute) return undefined;
            const source = sourceFor(absolute);
            return source.lineOf([...locate(source.data, entry.id).prefix, ...path]);
          },
          failed: failed.has(entry.id),
          pairedByLanguage: loader.name === 'paired-glob',
        };
      });
      loaded.set(name, { store: context.store, failed, entries });
      if (names.some((other) => !loaded.has(other))) return;

      // The last collection to load: check across collections, then report everything at once.
      const all = [...loaded.values()];
      const found = [...problems, ...crossEntryProblems(all.flatMap(({ entries: list }) => list), fileURLToPath(context.config.root))];
      const errors = unexpected;
      problems = [];
      unexpected = [];
      loaded = new Map();
      if (found.length > 0) {
        for (const { store, failed: bad } of all) for (const id of bad) store.delete(id);
        throw problemsError(found);
      }
      if (errors[0] !== undefined) throw errors[0];
    },
  });

  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => {
      const loader = collection.loader;
      return isLoader(loader) ? [name, { ...collection, loader: wrap(name, loader, collection.schema as z.ZodType | undefined) }] : [name, collection];
    }),
  ) as T;
}

/** Whether parsed YAML holds a Date anywhere (an unquoted date). */
function hasDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(hasDate);
  return value !== null && typeof value === 'object' && Object.values(value).some(hasDate);
}

/**
 * The part of a file that is one entry: the whole file, or (a file of many entries such as
 * content/sources.yaml) the list item with that id.
 */
function locate(data: unknown, id: string): { value: unknown; prefix: PropertyKey[] } {
  if (Array.isArray(data)) {
    const index = data.findIndex((item) => String((item as { id?: unknown } | null)?.id) === id);
    return index < 0 ? { value: undefined, prefix: [] } : { value: data[index], prefix: [index] };
  }
  return { value: data, prefix: [] };
}
