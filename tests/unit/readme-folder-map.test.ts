// The READMEs against the tree they describe: README.md's folder map names every folder a newcomer
// meets (each direct subfolder of src/ and tests/, and content/, public/ and tests/ themselves),
// and only folders that exist, each linked to the README beside its code where there is one; and
// every relative link in a README leads to a file that exists (and a `#section` to a heading of it).
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const MAP_HEADING = 'Folder map';

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/** A path from the repository's root, with forward slashes. */
const fromRoot = (path: string) => relative(root, path).split(sep).join('/');
const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory();
const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile();

/** The folders directly inside `dir` (relative to `base`), hidden and generated ones left out. */
function subfolders(base: string, dir: string): string[] {
  return readdirSync(join(base, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => `${dir}/${entry.name}`)
    .sort();
}

/** The folders the map must name, as paths from `base` without a trailing slash. */
export function foldersToMap(base: string = root): string[] {
  return ['content', 'public', 'tests', ...subfolders(base, 'src'), ...subfolders(base, 'tests')];
}

export interface MapLine {
  /** The folder the line names: its first `code`, without a trailing slash; '' when it has none. */
  folder: string;
  /** Where the line's links lead, resolved from the README's folder, as paths from `base`. */
  links: string[];
  line: number;
}

/** The lines of the list under the README's "## Folder map" heading. */
export function folderMap(markdown: string, readmeDir: string = root): MapLine[] {
  const nodes = parse(markdown).children;
  const start = nodes.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && toString(node) === MAP_HEADING,
  );
  if (start < 0) throw new Error(`README.md has no "## ${MAP_HEADING}" section.`);
  const end = nodes.findIndex((node, i) => i > start && node.type === 'heading' && node.depth <= 2);
  const section: RootContent[] = nodes.slice(start + 1, end < 0 ? undefined : end);
  const items = section.flatMap((node) => (node.type === 'list' ? node.children : []));
  return items.map((item: ListItem) => {
    let folder = '';
    const links: string[] = [];
    visit(item, (node) => {
      if (node.type === 'inlineCode' && !folder) folder = node.value.replace(/\/+$/, '');
      if (node.type === 'link' && !isExternal(node.url))
        links.push(fromRoot(resolve(readmeDir, decodeURI(node.url.replace(/#.*/, '')))));
    });
    return { folder, links, line: item.position?.start.line ?? 0 };
  });
}

/** What is wrong with a folder map: folders left out, named twice, missing, or not linked to their README. */
export function folderMapProblems(markdown: string, base: string = root): string[] {
  const map = folderMap(markdown, base);
  const problems: string[] = [];
  const named = new Map<string, number>();
  for (const { folder, links, line } of map) {
    if (!folder) {
      problems.push(
        `line ${line}: names no folder; start it with the folder as code, e.g. \`src/lib/\`.`,
      );
      continue;
    }
    if (named.has(folder))
      problems.push(
        `line ${line}: ${folder}/ is named again (first on line ${named.get(folder)}).`,
      );
    named.set(folder, line);
    if (!isDirectory(join(base, folder))) {
      problems.push(`line ${line}: ${folder}/ does not exist; remove the line or fix the name.`);
      continue;
    }
    const readme = `${folder}/README.md`;
    if (isFile(join(base, readme)) && !links.includes(readme))
      problems.push(
        `line ${line}: ${folder}/ has a README; link to it: [\`${folder}/\`](${readme}).`,
      );
  }
  for (const folder of foldersToMap(base))
    if (!named.has(folder)) problems.push(`${folder}/ is left out; add a line for it.`);
  return problems;
}

const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces made hyphens. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

const anchorsByFile = new Map<string, Set<string>>();

/** The `#anchors` a Markdown file's headings get, repeated ones numbered as GitHub numbers them. */
function anchors(file: string): Set<string> {
  const known = anchorsByFile.get(file);
  if (known) return known;
  const seen = new Map<string, number>();
  const found = new Set<string>();
  anchorsByFile.set(file, found);
  visit(parse(readFileSync(file, 'utf8')), 'heading', (heading: Heading) => {
    const base = slug(toString(heading));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  });
  return found;
}

/** Every relative link (and image) in a Markdown file that leads nowhere, with its line. */
export function brokenLinks(file: string): string[] {
  const markdown = readFileSync(file, 'utf8');
  const problems: string[] = [];
  visit(parse(markdown), (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const { url } = node;
    if (isExternal(url)) return;
    const [path = '', fragment] = url.split('#');
    const target = path
      ? path.startsWith('/')
        ? join(root, decodeURI(path))
        : resolve(dirname(file), decodeURI(path))
      : file;
    const where = `${fromRoot(file)}:${node.position?.start.line ?? 0}`;
    if (!existsSync(target)) problems.push(`${where}: ${url} leads to no file.`);
    else if (fragment && target.endsWith('.md') && !anchors(target).has(fragment))
      problems.push(`${where}: ${url}: ${fromRoot(target)} has no heading #${fragment}.`);
  });
  return problems;
}

/** README.md and every README beside the code (fixtures and generated folders left out). */
function readmes(): string[] {
  const found = [join(root, 'README.md')];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && fromRoot(path) !== 'tests/fixtures') walk(path);
      } else if (entry.name === 'README.md') found.push(path);
    }
  };
  for (const dir of ['content', 'public', 'src', 'tests']) walk(join(root, dir));
  return found;
}

describe("README.md's folder map", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  test('names every folder of src/ and tests/, and content/, public/ and tests/, each once, and only folders that exist, linked to their READMEs', () => {
    expect(folderMapProblems(readme)).toEqual([]);
  });

  test('a map that leaves a folder out, names a missing one or does not link a README fails', () => {
    const lines = readme.split('\n');
    const broken = lines
      .filter((line) => !line.startsWith('- `src/lib/`'))
      .map((line) => (line.startsWith('- `src/schemas/`') ? '- `src/schemaz/` — misspelt' : line))
      .map((line) =>
        line.startsWith('- [`src/search/`]') ? '- `src/search/` — the index, no link' : line,
      )
      .join('\n');
    expect(folderMapProblems(broken)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/src\/schemaz\/ does not exist/),
        expect.stringMatching(/src\/search\/ has a README; link to it/),
        'src/lib/ is left out; add a line for it.',
        'src/schemas/ is left out; add a line for it.',
      ]),
    );
  });
});

describe('links in the READMEs', () => {
  const files = readmes();

  test('the READMEs beside the code are found', () => {
    expect(files.map(fromRoot)).toEqual(
      expect.arrayContaining([
        'README.md',
        'content/README.md',
        'tests/bench/README.md',
        ...['search', 'share-images', 'embed', 'content-layer', 'markdown', 'checks'].map(
          (folder) => `src/${folder}/README.md`,
        ),
      ]),
    );
  });

  test('a link to a missing file, or to a heading its file does not have, is reported with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readme-links-'));
    try {
      writeFileSync(join(dir, 'other.md'), '# Other\n\n## A section\n');
      writeFileSync(
        join(dir, 'README.md'),
        '# Here\n\n[ok](other.md#a-section) [gone](gone.md)\n\n[no such section](other.md#nope) [here](#here) [not here](#there)\n',
      );
      expect(
        brokenLinks(join(dir, 'README.md')).map((p) => p.replace(/^.*README\.md:/, '')),
      ).toEqual([
        '3: gone.md leads to no file.',
        expect.stringMatching(/^5: other\.md#nope: .*other\.md has no heading #nope\.$/),
        expect.stringMatching(/^5: #there: .*README\.md has no heading #there\.$/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each(files.map((file) => [fromRoot(file), file]))(
    'every relative link in %s leads to a file that exists',
    (_, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );
});
