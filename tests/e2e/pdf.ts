import { inflateSync } from 'node:zlib';

/**
 * Just enough PDF reading to check a printout without new dependencies: Chromium writes plain
 * (uncompressed) objects, Flate-compressed streams and Type0 fonts with ToUnicode maps, so the
 * text of each page can be recovered from its `Tj`/`TJ` operators.
 */

interface PdfObject { dict: string; stream?: Buffer }

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const body = text.slice(start, text.indexOf('endobj', start));
    const streamMatch = /stream\r?\n/.exec(body);
    if (!streamMatch) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamMatch.index);
    const dataStart = start + streamMatch.index + streamMatch[0].length;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? body.lastIndexOf('endstream') - streamMatch.index - streamMatch[0].length);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return objects;
}

const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/** Glyph code → text, from a font's ToUnicode CMap. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', text = ''] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code, 16), utf16(text));
  }
  for (const [, block = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low = '', high = '', text = ''] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let code = parseInt(low, 16); code <= parseInt(high, 16); code++) {
        map.set(code, String.fromCharCode(parseInt(text, 16) + code - parseInt(low, 16)));
      }
    }
  }
  return map;
}

const reference = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** The text of each page, in page order. Text runs are joined by spaces; ligatures are unfolded. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const root = [...objects.values()].find((object) => /\/Type \/Pages\b/.test(object.dict));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map(([, id]) => Number(id));
  return kids.map((pageId) => {
    const page = objects.get(pageId)?.dict ?? '';
    const fonts = new Map<string, Map<number, string>>();
    for (const [, name = '', id = ''] of (/\/Font <<([^>]*)>>/.exec(page)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const toUnicode = objects.get(reference(objects.get(Number(id))?.dict ?? '', 'ToUnicode'))?.stream;
      fonts.set(name, readCMap(toUnicode?.toString('latin1') ?? ''));
    }
    const content = objects.get(reference(page, 'Contents'))?.stream?.toString('latin1') ?? '';
    let font = new Map<number, string>();
    const runs: string[] = [];
    // A new text object, an absolute position or a move to another line separates words; moves
    // along the line (kerning) do not.
    const operators = /\b(?:BT|ET|Tm)\b|[-\d.]+ ([-\d.]+) Td|\/(\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)> ?Tj|\[([^\]]*)\] ?TJ/g;
    for (const [operator, lineMove, fontName, hex, array] of content.matchAll(operators)) {
      if (fontName) font = fonts.get(fontName) ?? new Map();
      else if (hex !== undefined || array !== undefined) {
        const strings = hex !== undefined ? [hex] : [...(array ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, part = '']) => part);
        runs.push(strings.map((part) => (part.match(/.{4}/g) ?? []).map((code) => font.get(parseInt(code, 16)) ?? '').join('')).join(''));
      } else if (lineMove === undefined || Number(lineMove) !== 0 || !operator.endsWith('Td')) runs.push(' ');
    }
    return runs.join('').normalize('NFKC').replace(/\s+/g, ' ').trim();
  });
}
