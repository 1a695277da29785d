// The kit names no story: a newsroom that swaps in its own content/ for its next story changes no
// code, so nothing in src/ outside a comment may name this one (its place, its parties). Comments
// may keep examples; strings, markup and names may not: the story's words live in content/
// (site.yaml for the site's own). A failure lists each file:line and what it says.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const STORY = /istanbul|ukrain|russia/i;

/** The text with `ranges` replaced by spaces, line breaks kept, so line numbers still hold. */
function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  const chars = [...text];
  let offset = 0;
  const units = chars.map((char) => {
    const start = offset;
    offset += char.length;
    return start;
  });
  return chars
    .map((char, i) =>
      char !== '\n' && ranges.some(([from, to]) => units[i]! >= from && units[i]! < to)
        ? ' '
        : char,
    )
    .join('');
}

/** Where the comments of TypeScript or JavaScript are, as the compiler's parser finds them. */
function scriptComments(text: string): [number, number][] {
  const source = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const ranges: [number, number][] = [];
  const visit = (node: ts.Node) => {
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.getEnd()) ?? []),
    ])
      ranges.push([range.pos, range.end]);
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return ranges;
}

/** Where a regular expression matches, as ranges. */
function matches(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** A source file with its comments blanked out. */
function withoutComments(path: string, text: string): string {
  if (/\.[cm]?[jt]s$/.test(path)) return blank(text, scriptComments(text));
  if (path.endsWith('.css')) return blank(text, matches(text, /\/\*[\s\S]*?\*\//g));
  if (path.endsWith('.astro')) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const script = frontmatter ? frontmatter.index + 4 : 0;
    const template = frontmatter ? frontmatter.index + frontmatter[0].length : 0;
    return blank(text, [
      ...(frontmatter
        ? scriptComments(frontmatter[1]!).map(([a, b]) => [a + script, b + script] as const)
        : []),
      ...matches(text.slice(template), /<!--[\s\S]*?-->|\/\*[\s\S]*?\*\/|^[ \t]*\/\/.*$/gm).map(
        ([a, b]) => [a + template, b + template] as const,
      ),
    ]);
  }
  return text;
}

/** Every `file:line: text` in src/ that names the story outside a comment. */
function storyMentions(): string[] {
  const src = join(root, 'src');
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .flatMap((path) => {
      const text = withoutComments(path, readFileSync(join(root, path), 'utf8'));
      return text
        .split('\n')
        .flatMap((line, i) => (STORY.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
    });
}

describe('src/', () => {
  test('names no story outside its comments', () => {
    expect(storyMentions()).toEqual([]);
  });

  test('the check finds a story’s name in a string, markup or a name, and not in a comment', () => {
    const script = [
      '// Istanbul, in a comment',
      "const place = 'Istanbul';",
      '/** Russia, in a doc comment */',
      'const re = /["\']/; // Ukraine after a regular expression',
      'const ukraine = 1;',
    ].join('\n');
    const kept = withoutComments('x.ts', script).split('\n');
    expect(kept.map((line) => STORY.test(line))).toEqual([false, true, false, false, true]);
    const astro =
      "---\n// Kyiv and Istanbul\nconst a = 'Russia';\n---\n<!-- Istanbul -->\n<p>In Istanbul</p>\n{/* Ukraine */}";
    expect(
      withoutComments('x.astro', astro)
        .split('\n')
        .map((line) => STORY.test(line)),
    ).toEqual([false, false, true, false, false, true, false]);
    expect(STORY.test(withoutComments('x.css', '/* Ukraine */ a { color: red }'))).toBe(false);
  });
});
