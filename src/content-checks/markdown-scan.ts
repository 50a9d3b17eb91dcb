/**
 * The headings and links of a Markdown body, each with its line in the file, read from the text
 * the editor wrote (so a problem can name the line) rather than from rendered HTML. Fenced code
 * blocks and `inline code` are skipped: an address shown as an example is not a link.
 * Deliberately small: guides are plain Markdown (README, "Writing the content").
 */
export interface ScannedHeading {
  depth: number;
  text: string;
  line: number;
}

export interface ScannedLink {
  href: string;
  line: number;
}

export interface ScannedMarkdown {
  headings: ScannedHeading[];
  links: ScannedLink[];
}

/** `[text](href "title")`, `[text](<href>)`, and `<a href="…">` in MDX. */
const inlineLink = /\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)|<a\s[^>]*href=["']([^"']+)["']/g;
/** `[label]: href` reference definitions. */
const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;

/** `firstLine` is the body's first line in the file (after the front matter). */
export function scanMarkdown(body: string, firstLine = 1): ScannedMarkdown {
  const headings: ScannedHeading[] = [];
  const links: ScannedLink[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const line = firstLine + index;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
      return;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      return;
    }
    const text = raw.replace(/`[^`]*`/g, '');
    const heading = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading?.[1]) headings.push({ depth: heading[1].length, text: heading[2] ?? '', line });
    const defined = definition.exec(text);
    if (defined?.[1]) links.push({ href: defined[1], line });
    for (const match of text.matchAll(inlineLink)) {
      const href = match[1] ?? match[2];
      if (href) links.push({ href, line });
    }
  });
  return { headings, links };
}

/** The line the body starts on: after the front matter block of an .mdx file. */
export function bodyFirstLine(fileText: string, body: string): number {
  const start = fileText.indexOf(body);
  return start < 0 ? 1 : fileText.slice(0, start).split('\n').length;
}
