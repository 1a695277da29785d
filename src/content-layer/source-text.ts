// Reads content files the way an editor sees them: the bytes must be UTF-8, YAML is parsed with
// line numbers, and a field path (`rustem-umerov.role`) can be turned back into a line, so that
// every message can point at the place to fix.
import { readFileSync } from 'node:fs';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { ContentProblem } from '../lib/content-problem.ts';

/** A path into parsed data: map keys and list indexes. */
export type DataPath = readonly (string | number)[];

export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines before the YAML text in its file (the `---` of a Markdown file's frontmatter). */
  lineOffset: number;
}

/** The offset of the first byte that is not part of a valid UTF-8 character, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (extra === 0 || i + extra >= bytes.length) return i;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8 either.
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    i += extra + 1;
  }
  return -1;
}

/** Finds the first byte that is not valid UTF-8, as a line and column. */
export function findInvalidUtf8(
  bytes: Uint8Array,
): { line: number; column: number; byte: number } | undefined {
  const offset = firstInvalidUtf8Byte(bytes);
  if (offset < 0) return undefined;
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, byte: bytes[offset]! };
}

/** Reads a content file as text, or returns the problem: missing file, or bytes that are not UTF-8. */
export function readContentText(
  path: string,
  file = path,
): { text: string } | { problem: ContentProblem } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return {
      problem: {
        file,
        problem: 'the file does not exist.',
        fix: `create ${file}, or point CONTENT_DIR at the folder that holds the content.`,
      },
    };
  }
  const bad = findInvalidUtf8(bytes);
  if (bad) {
    return {
      problem: {
        file,
        line: bad.line,
        column: bad.column,
        problem: `the file is not valid UTF-8: byte 0x${bad.byte.toString(16).padStart(2, '0')} cannot start or continue a character (it was probably saved as Windows-1252 or Latin-1, or pasted from another program).`,
        fix: 'retype the characters at that place, or re-save the file with the encoding "UTF-8" in your editor.',
      },
    };
  }
  const text = bytes.toString('utf8');
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/** Parses YAML with line numbers; syntax errors and repeated keys come back as problems. */
export function parseYamlSource(
  file: string,
  text: string,
  lineOffset = 0,
): { source: YamlSource; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const textLines = text.split('\n');
  const problems = doc.errors.map((error): ContentProblem => {
    const [start] = error.linePos ?? [];
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const duplicate = error.code === 'DUPLICATE_KEY';
    let repeated = '';
    if (duplicate && start) {
      // Name the key and where it first appears, at the same indentation.
      const keyLine = textLines[start.line - 1] ?? '';
      const key = /^(\s*)([^:#]+?):/.exec(keyLine);
      if (key) {
        const first = textLines.findIndex((l) => l.startsWith(`${key[1]}${key[2]}:`));
        repeated = `the key "${key[2]!.trim()}" appears twice${first >= 0 && first + 1 !== start.line ? ` (first on line ${first + 1 + lineOffset})` : ''}`;
      }
    }
    return {
      file,
      line: start ? start.line + lineOffset : undefined,
      column: start?.col,
      problem: duplicate
        ? `${repeated || 'the same key appears twice in one map'}: YAML would keep only one of them, so ids and fields must be unique.`
        : `this is not valid YAML: ${message}`,
      fix: duplicate
        ? 'give one of the two a different name (for an entry, a new id), or merge them into one.'
        : 'check the quotes, colons and indentation on this line and the one before; put a text that contains ": " or starts with a special character in double quotes.',
    };
  });
  return { source: { doc, lines, lineOffset }, problems };
}

export function lineOf(
  source: YamlSource,
  node: { range?: [number, number, number] | null | undefined } | null | undefined,
) {
  if (!node?.range) return undefined;
  const pos = source.lines.linePos(node.range[0]);
  return { line: pos.line + source.lineOffset, column: pos.col };
}

/**
 * The line and column of a path in a YAML document: the key of the deepest part of the path that
 * exists (so a missing field points at its entry).
 */
export function locate(
  source: YamlSource,
  path: DataPath,
): { line: number; column: number } | undefined {
  let node: unknown = source.doc.contents;
  let found = lineOf(source, node as Node);
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part),
      );
      if (!pair) break;
      found = lineOf(source, pair.key as Node) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item) break;
      found = lineOf(source, item) ?? found;
      node = item;
    } else {
      break;
    }
  }
  return found;
}

/**
 * A Markdown file's frontmatter (the YAML between the `---` lines, as written), its body (what
 * follows), and the number of lines before the body's first non-blank line. The one place the
 * project, its tests and its benchmark split a Markdown file.
 */
export function splitMarkdown(text: string): {
  frontmatter: string | undefined;
  body: string;
  bodyLineOffset: number;
} {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyLineOffset: leadingLines(text) };
  const body = text.slice(match[0].length);
  return {
    frontmatter: match[1]!,
    body,
    bodyLineOffset: countLines(match[0]) + leadingLines(body),
  };
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Blank lines Astro trims from the start of a body before rendering it. */
function leadingLines(text: string): number {
  return countLines(/^\s*/.exec(text)![0]);
}

/**
 * Astro renders an article's body without its frontmatter, so Markdown plugins see line 1 where
 * the file has, say, line 19. This is the number of lines to add: the lines before the body in the
 * file, or 0 when what was rendered is not a part of the file as it is on disk (a test's snippet,
 * or text whose line numbers already match the file's).
 */
export function markdownBodyLineOffset(path: string, rendered: string): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return 0;
  }
  const body = rendered.trim();
  if (!body) return splitMarkdown(text).bodyLineOffset;
  const start = text.indexOf(body);
  return start <= 0 ? 0 : countLines(text.slice(0, start));
}

/** The line of a frontmatter field in a Markdown file. */
export function locateFrontmatterField(
  path: string,
  field: DataPath,
): { line: number; column: number } | undefined {
  try {
    const { frontmatter } = splitMarkdown(readFileSync(path, 'utf8'));
    if (frontmatter === undefined) return undefined;
    return locate(parseYamlSource(path, frontmatter, 1).source, field);
  } catch {
    return undefined;
  }
}
