// A content type is one entry in the registry plus its own files: in a copy of the project, a
// `maps` collection with a `::map{#id}` directive is added by touching only the registry, a new
// schema, a new component and its line in the components map, a new content file and an article
// that places it (and its translations, which show what the English shows); the real build
// passes, and the article's page shows the map's words.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, hashTree, runBuild } from '../support/project-copy.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'new-content-type-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Replaces one piece of a file's text, failing if the piece is not there exactly once. */
function edit(path: string, find: string | RegExp, replace: (found: string) => string): void {
  const text = readFileSync(path, 'utf8');
  const count = text.split(find).length - 1;
  if (count !== 1) throw new Error(`${path}: ${String(find)} occurs ${count} times, not once`);
  writeFileSync(path, text.replace(find, replace));
}

const SCHEMA = `// A map an article can place: a title and what it shows (\`content/maps.yaml\`).
import { z } from 'astro/zod';

export const mapSchema = z.strictObject({
  title: z.string().min(3).describe('The map\\'s title, shown above it.'),
  caption: z.string().min(10).describe('What the map shows, in a sentence.'),
});
`;

const COMPONENT = `---
// A map placed in an article with \`::map{#id}\`.
import { requireEntry } from '../content-layer/entries.ts';

interface Props {
  id: string;
}

const map = await requireEntry('maps', Astro.props.id);
---

<figure class="map" id={\`map-\${map.id}\`}>
  <figcaption>{map.data.title}</figcaption>
  <p>{map.data.caption}</p>
</figure>
`;

const MAPS = `talks-venue:
  title: Where the delegations met
  caption: The talks were held in one room, on the European shore of the Bosphorus.
`;

/** Adds the `maps` type to the project in `dir`, through nothing but its own files and entries. */
function addMaps(dir: string): void {
  const registry = join(dir, 'src/content-layer/registry.ts');
  edit(registry, "import { updateSchema } from '../schemas/update.ts';\n", (found) =>
    found.concat("import { mapSchema } from '../schemas/map.ts';\n"),
  );
  edit(registry, '} as const satisfies Record<string, CollectionSpec>;', (found) =>
    "  maps: { source: { file: 'maps.yaml' }, schema: mapSchema },\n".concat(found),
  );
  edit(registry, '} as const satisfies Record<string, DirectiveSpec>;', (found) =>
    "  map: { collection: 'maps', block: true, inline: false },\n".concat(found),
  );
  writeFileSync(join(dir, 'src/schemas/map.ts'), SCHEMA);
  writeFileSync(join(dir, 'src/components/MapBox.astro'), COMPONENT);
  edit(
    join(dir, 'src/components/article-components.ts'),
    /^export const ARTICLE_COMPONENTS.*\n/m,
    (found) =>
      "import MapBox from './MapBox.astro';\n"
        .concat(found)
        .concat('  map: (id) => ({ Component: MapBox, props: { id } }),\n'),
  );
  writeFileSync(join(dir, 'content/maps.yaml'), MAPS);
  appendFileSync(
    join(dir, 'content/articles/what-comes-next.md'),
    '\n## Where the talks were held\n\n::map{#talks-venue}\n',
  );
  // Each edition's translation of the article places it too, under its translated heading: a
  // translation shows what the English shows (src/markdown/remark-edition-structure.ts). The map's
  // texts, not yet translated, are shown in English, marked.
  for (const [code, heading] of Object.entries(TRANSLATED_HEADINGS))
    appendFileSync(
      join(dir, `content/translations/${code}/articles/what-comes-next.md`),
      `\n## ${heading}\n\n::map{#talks-venue}\n`,
    );
}

/** "Where the talks were held", in each edition of the site. */
const TRANSLATED_HEADINGS = {
  uk: 'Де проходили переговори',
  ru: 'Где проходили переговоры',
  tr: 'Görüşmelerin yapıldığı yer',
};

/** Every file of the project's src/ and content/, with the SHA-256 of its bytes. */
function sourceAndContent(dir: string): Map<string, string> {
  return new Map(
    ['src', 'content'].flatMap((folder) =>
      [...hashTree(join(dir, folder))].map(([file, hash]) => [`${folder}/${file}`, hash] as const),
    ),
  );
}

/** The files that differ between two hashes of a tree: added, removed or changed. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((file) => before.get(file) !== after.get(file))
    .sort();
}

describe('a new content type', () => {
  test('is one registry entry, a schema, a component, a content file and an article placing it (in each edition)', async () => {
    const dir = join(work, 'site');
    copyProject(dir);
    const before = sourceAndContent(dir);
    addMaps(dir);
    expect(changed(before, sourceAndContent(dir))).toEqual([
      'content/articles/what-comes-next.md',
      'content/maps.yaml',
      ...Object.keys(TRANSLATED_HEADINGS)
        .map((code) => `content/translations/${code}/articles/what-comes-next.md`)
        .sort(),
      'src/components/MapBox.astro',
      'src/components/article-components.ts',
      'src/content-layer/registry.ts',
      'src/schemas/map.ts',
    ]);

    const result = await runBuild(dir);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    const page = readFileSync(join(dir, 'dist/articles/what-comes-next/index.html'), 'utf8');
    expect(page).toContain('<figcaption>Where the delegations met</figcaption>');
    expect(page).toContain(
      'The talks were held in one room, on the European shore of the Bosphorus.',
    );
    expect(page).not.toContain('data-component="map"');
  }, 300_000);
});
