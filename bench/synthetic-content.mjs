// @ts-check
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { locales } from '../src/i18n/locales.ts';

/**
 * A copy of the site's content grown to a given number of guide pages per language, for
 * measuring how build cost grows. Synthetic guides are copies of the real ones (so each page costs
 * what a real page costs) with their own key, file name and title in both languages; tips grow in
 * the same proportion as guides, since tips belong to guides. Nothing here is ever committed: it
 * is written to a temporary folder that the caller removes.
 */

const titleMax = 90;

/**
 * `title` with ` n` appended, shortened first if needed so it stays within the schema's limit.
 * @param {string} title
 * @param {number} n
 */
export function numberedTitle(title, n) {
  const suffix = ` ${n}`;
  return title.slice(0, titleMax - suffix.length).trimEnd() + suffix;
}

/**
 * How many guides and tips to add so that each language has `targetPages` pages.
 * @param {{ pagesPerLang: number, guidesPerLang: number, tips: number }} real the real site
 * @param {number} targetPages
 */
export function syntheticCounts(real, targetPages) {
  const guides = Math.max(0, targetPages - real.pagesPerLang);
  const tips = real.guidesPerLang === 0 ? 0 : Math.round((guides * real.tips) / real.guidesPerLang);
  return { guides, tips };
}

/** @param {string} text */
function splitFrontMatter(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return { frontMatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * The real guides, paired by key: `[{ key, files: { en: path, fi: path } }]`.
 * @param {string} guidesDir
 */
function guidePairs(guidesDir) {
  /** @type {Map<string, Record<string, string>>} */
  const pairs = new Map();
  for (const lang of locales) {
    for (const name of readdirSync(join(guidesDir, lang)).filter((file) => file.endsWith('.mdx')).sort()) {
      const file = join(guidesDir, lang, name);
      const key = String(parseDocument(splitFrontMatter(readFileSync(file, 'utf8')).frontMatter).get('key'));
      pairs.set(key, { ...pairs.get(key), [lang]: file });
    }
  }
  return [...pairs.values()];
}

/**
 * Parses each real file once; copies clone the parsed YAML, which is far quicker than parsing
 * thousands of times.
 * @type {Map<string, { doc: import('yaml').Document, body: string }>}
 */
const parsed = new Map();

/**
 * @param {string} source
 * @param {boolean} frontMatter whether the YAML is an MDX file's front matter
 */
function parsedCopy(source, frontMatter) {
  let found = parsed.get(source);
  if (!found) {
    const text = readFileSync(source, 'utf8');
    const { frontMatter: yaml, body } = frontMatter ? splitFrontMatter(text) : { frontMatter: text, body: '' };
    found = { doc: parseDocument(yaml), body };
    parsed.set(source, found);
  }
  return { doc: found.doc.clone(), body: found.body };
}

/**
 * Writes guide copy number `n` of one real guide in one language.
 * @param {string} source the real guide file
 * @param {string} targetDir the language folder of the synthetic guides
 * @param {number} n
 */
function copyGuide(source, targetDir, n) {
  const { doc, body } = parsedCopy(source, true);
  doc.set('key', `${doc.get('key')}-s${n}`);
  doc.set('title', numberedTitle(String(doc.get('title')), n));
  writeFileSync(join(targetDir, `${basename(source, '.mdx')}-s${n}.mdx`), `---\n${String(doc)}---\n${body}`);
}

/**
 * Writes tip copy number `n` of one real tip.
 * @param {string} source
 * @param {string} tipsDir
 * @param {number} n
 */
function copyTip(source, tipsDir, n) {
  const { doc } = parsedCopy(source, false);
  for (const lang of locales) doc.setIn([lang, 'title'], numberedTitle(String(doc.getIn([lang, 'title'])), n));
  writeFileSync(join(tipsDir, `${basename(source, '.yaml')}-s${n}.yaml`), String(doc));
}

/**
 * Copies `contentDir` to `targetDir` and adds synthetic guides and tips.
 * @param {{ contentDir: string, targetDir: string, guides: number, tips: number }} options
 */
export function writeSyntheticContent({ contentDir, targetDir, guides, tips }) {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  cpSync(contentDir, targetDir, { recursive: true });
  const pairs = guidePairs(join(contentDir, 'guides'));
  for (let i = 0; i < guides; i += 1) {
    const pair = pairs[i % pairs.length] ?? {};
    for (const lang of locales) {
      const source = pair[lang];
      if (source) copyGuide(source, join(targetDir, 'guides', lang), i + 1);
    }
  }
  const tipFiles = readdirSync(join(contentDir, 'tips')).filter((file) => file.endsWith('.yaml')).sort();
  for (let i = 0; i < tips && tipFiles.length > 0; i += 1) {
    copyTip(join(contentDir, 'tips', tipFiles[i % tipFiles.length] ?? ''), join(targetDir, 'tips'), i + 1);
  }
}
