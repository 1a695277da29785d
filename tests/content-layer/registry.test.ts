// The registry (src/content-layer/registry.ts) is the one list of collections and directives:
// every content file, schema and component must be in it, and everything that reads it must know
// every entry. Each test names what is missing and where to add it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARTICLE_COMPONENTS } from '../../src/components/article-components.ts';
import { collections } from '../../src/content.config.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  DIRECTIVES,
  PLACEHOLDER_NAMES,
  type CollectionSpec,
} from '../../src/content-layer/registry.ts';
import { SITE_SETTINGS_FILE } from '../../src/content-layer/site-settings.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import {
  BLOCK_COMPONENTS,
  INLINE_COMPONENTS,
} from '../../src/markdown/remark-component-directives.ts';

const REGISTRY = 'src/content-layer/registry.ts';
const specs = Object.values(COLLECTIONS) as CollectionSpec[];

describe('collections', () => {
  test('Astro loads every collection of the registry, and no other', () => {
    expect(
      Object.keys(collections).sort(),
      `src/content.config.ts must define exactly the collections of ${REGISTRY}`,
    ).toEqual([...COLLECTION_NAMES].sort());
  });

  test('every YAML file and folder in content/ belongs to a collection', () => {
    const claimed = new Set(
      specs.map((spec) => ('file' in spec.source ? spec.source.file : spec.source.folder)),
    );
    // sources/ holds the texts that content/sources.yaml points at, not entries of its own; site.yaml
    // is the site's settings, one object read by src/content-layer/site-settings.ts; i18n/ holds the
    // editions' interface words (src/content-layer/dictionary.ts), and the YAML files of
    // translations/ the editions' texts of the entries (src/content-layer/translations.ts).
    const unclaimed = readdirSync('content', { withFileTypes: true })
      .filter((item) =>
        item.isFile() ? item.name.endsWith('.yaml') : !['sources', 'i18n'].includes(item.name),
      )
      .filter((item) => item.name !== SITE_SETTINGS_FILE)
      .map((item) => item.name)
      .filter((name) => !claimed.has(name));
    expect(
      unclaimed,
      `content/${unclaimed[0]} is in no collection: add an entry for it to COLLECTIONS in ${REGISTRY}`,
    ).toEqual([]);
  });

  test('every collection’s file or folder exists', () => {
    const missing = specs
      .map((spec) => join('content', 'file' in spec.source ? spec.source.file : spec.source.folder))
      .filter((path) => !existsSync(path));
    expect(missing, `${missing[0]} is named in ${REGISTRY} but does not exist`).toEqual([]);
  });

  test('every schema in src/schemas/ is the schema of a collection, or a part that several share', () => {
    const modules = import.meta.glob<Record<string, unknown>>('../../src/schemas/*.ts', {
      eager: true,
    });
    // The site's settings are not a collection of entries (src/content-layer/site-settings.ts).
    const used = new Set<unknown>([...specs.map((spec) => spec.schema), siteSchema]);
    const unused = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([name, value]) => name.endsWith('Schema') && !used.has(value))
        .map(([name]) => `${name} (${file.replace('../../', '')})`),
    );
    expect(
      unused,
      `${unused[0]} is in no collection: add a collection with it to COLLECTIONS in ${REGISTRY}`,
    ).toEqual([]);
  });
});

describe('directives', () => {
  test('every directive has a component to render it, and every component a directive', () => {
    const rendered = Object.keys(ARTICLE_COMPONENTS);
    const missing = PLACEHOLDER_NAMES.filter((name) => !rendered.includes(name));
    const extra = rendered.filter((name) => !(PLACEHOLDER_NAMES as string[]).includes(name));
    expect(
      missing,
      `the directive "${missing[0]}" (${REGISTRY}) has no component: add one to ARTICLE_COMPONENTS in src/components/article-components.ts`,
    ).toEqual([]);
    expect(
      extra,
      `ARTICLE_COMPONENTS has "${extra[0]}", which no directive in ${REGISTRY} writes`,
    ).toEqual([]);
  });

  test('the Markdown pipeline accepts exactly the directives of the registry', () => {
    const names = Object.keys(DIRECTIVES);
    expect(Object.keys(BLOCK_COMPONENTS)).toEqual(
      names.filter((name) => DIRECTIVES[name as keyof typeof DIRECTIVES].block),
    );
    expect(Object.keys(INLINE_COMPONENTS)).toEqual(
      names.filter((name) => DIRECTIVES[name as keyof typeof DIRECTIVES].inline),
    );
    expect(BLOCK_COMPONENTS['timeline']?.usage).toBe('::timeline{#id}');
    expect(BLOCK_COMPONENTS['delegations']?.usage).toBe('::delegations');
    expect(INLINE_COMPONENTS['quote']?.usage).toBe(':quote{#id}');
  });
});
