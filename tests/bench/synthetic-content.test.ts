// The benchmark's synthetic articles stay valid content: when the article schema gains a required
// field, this fails here, in `npm test`, instead of the benchmark's first build failing later. The
// same holds for their translations (`--editions on`): the translation schema, and the English
// article's headings and directives, one for one.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';
import remarkEditionStructure from '../../src/markdown/remark-edition-structure.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { articleTranslationSchema } from '../../src/schemas/article-translation.ts';
import { issues } from '../support/schema-cases.ts';
import {
  BUILT_IN_WORDS,
  editionCodes,
  editionVocabulary,
  translationFileOf,
  writeSyntheticContent,
} from './synthetic-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = writeSyntheticContent('content', join(dir, 'content'), 3);

const withEditions = join(dir, 'with-editions');
const onFiles = writeSyntheticContent('content', withEditions, 3, { editions: 'on' });
const codes = editionCodes(withEditions);
const translations = codes.flatMap((code) =>
  onFiles.map((file) => ({
    code,
    english: file,
    file: translationFileOf(withEditions, code, file),
  })),
);
const label = ({ code, english }: { code: string; english: string }) =>
  `${code}/${basename(english)}`;

/** An article body's headings (level and text) and directives (as written), in order. */
function structure(markdown: string) {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(splitMarkdown(markdown).body);
  const headings: number[] = [];
  const directives: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') headings.push(node.depth);
    if (
      node.type === 'textDirective' ||
      node.type === 'leafDirective' ||
      node.type === 'containerDirective'
    ) {
      const colons = { textDirective: ':', leafDirective: '::', containerDirective: ':::' }[
        node.type
      ];
      directives.push(`${colons}${node.name}${JSON.stringify(node.attributes ?? {})}`);
    }
  });
  return { headings, directives };
}

const frontmatterOf = (file: string) =>
  parse(splitMarkdown(readFileSync(file, 'utf8')).frontmatter ?? '') as Record<string, unknown>;

describe('the benchmark’s synthetic articles', () => {
  test.each(files)('%s matches the article schema', (file) => {
    const { frontmatter } = splitMarkdown(readFileSync(file, 'utf8'));
    expect(issues(articleSchema, parse(frontmatter ?? ''))).toEqual([]);
  });

  test('are the same on every run (seeded)', () => {
    const again = writeSyntheticContent('content', join(dir, 'again'), 1);
    expect(readFileSync(again[0]!, 'utf8')).toBe(readFileSync(files[0]!, 'utf8'));
  });
});

describe('the benchmark’s synthetic translations (--editions on)', () => {
  test('the real site has editions, and every synthetic article is translated in each', () => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes)
      for (const file of onFiles)
        expect(readdirSync(join(withEditions, 'translations', code, 'articles'))).toContain(
          basename(file),
        );
  });

  test.each(translations.map((t) => [label(t), t] as const))(
    '%s matches the translation schema and was made from the English `updated`',
    (_, { english, file }) => {
      const data = frontmatterOf(file);
      expect(issues(articleTranslationSchema, data)).toEqual([]);
      const source = frontmatterOf(english);
      expect(data['translatedFrom']).toBe(source['updated']);
      expect((data['keyPoints'] as unknown[]).length).toBe(
        (source['keyPoints'] as unknown[]).length,
      );
      expect(((data['changes'] as unknown[] | undefined) ?? []).length).toBe(
        ((source['changes'] as unknown[] | undefined) ?? []).length,
      );
    },
  );

  test.each(translations.map((t) => [label(t), t] as const))(
    '%s has the same headings and directives as its English article',
    (_, { english, file }) => {
      const translated = structure(readFileSync(file, 'utf8'));
      const original = structure(readFileSync(english, 'utf8'));
      expect(translated.headings.length).toBeGreaterThan(0);
      expect(translated.directives.length).toBeGreaterThan(0);
      expect(translated).toEqual(original);
    },
  );

  test.each(translations.map((t) => [label(t), t] as const))(
    '%s passes the build’s own structure check',
    (_, { file }) => {
      const text = readFileSync(file, 'utf8');
      const vfile = new VFile({ path: file, value: text });
      const tree = unified().use(remarkParse).use(remarkDirective).parse(splitMarkdown(text).body);
      expect(() => remarkEditionStructure({ contentDir: withEditions })(tree, vfile)).not.toThrow();
    },
  );

  test.each(translations.map((t) => [label(t), t] as const))(
    '%s writes no digits in its texts (no number beside a fact box’s phrases)',
    (_, { file }) => {
      const { frontmatter, body } = splitMarkdown(readFileSync(file, 'utf8'));
      const { translatedFrom: _date, ...texts } = parse(frontmatter ?? '') as Record<
        string,
        unknown
      >;
      expect(JSON.stringify(texts)).not.toMatch(/\d/);
      expect(body.replace(/\{[^}]*\}/g, '')).not.toMatch(/\d/);
    },
  );

  test('are the same on every run (seeded), and differ between editions', () => {
    const again = join(dir, 'again-with-editions');
    const [first] = writeSyntheticContent('content', again, 1, { editions: 'on' });
    const texts = codes.map((code) => readFileSync(translationFileOf(again, code, first!), 'utf8'));
    expect(texts[0]).toBe(readFileSync(translationFileOf(withEditions, codes[0]!, first!), 'utf8'));
    expect(new Set(texts).size).toBe(codes.length);
  });
});

describe('the benchmark without editions (--editions off)', () => {
  test('site.yaml lists no editions and nothing is translated, the rest as it was', () => {
    const off = join(dir, 'without-editions');
    writeSyntheticContent('content', off, 1, { editions: 'off' });
    expect(editionCodes(off)).toEqual([]);
    expect(readdirSync(join(off, 'translations'))).toEqual([]);
    const { editions: _editions, ...rest } = parse(readFileSync('content/site.yaml', 'utf8'));
    expect(parse(readFileSync(join(off, 'site.yaml'), 'utf8'))).toEqual(rest);
  });
});

describe('the words of an edition’s synthetic prose', () => {
  const real = join(dir, 'real');
  cpSync('content', real, { recursive: true });
  rmSync(join(real, 'translations'), { recursive: true, force: true });

  test('come from the built-in list when the edition has no translated articles', () => {
    for (const code of ['uk', 'ru', 'tr']) {
      const { words, from } = editionVocabulary(real, code);
      expect(from).toBe('the built-in list');
      expect(words).toEqual([...new Set(BUILT_IN_WORDS[code])].sort());
      expect(words.join(' ')).not.toMatch(/\d/);
    }
  });

  test('come from the translated articles once they are written', () => {
    const folder = join(real, 'translations', 'uk', 'articles');
    mkdirSync(folder, { recursive: true });
    const written = Array.from(
      { length: 200 },
      (_, i) =>
        `слово${'абвгдежзик'[i % 10]}${'лмнопрстуф'[Math.floor(i / 10) % 10]}${i >= 100 ? 'я' : ''}`,
    );
    writeFileSync(
      join(folder, 'x.md'),
      `---\ntitle: x\n---\n\n## Заголовок\n\n${written.join(' ')} 1 000 :quote{#x}.\n`,
    );
    const { words } = editionVocabulary(real, 'uk');
    expect(words).toContain(written[0]);
    expect(words).not.toContain('переговори');
    expect(words.join(' ')).not.toMatch(/\d|quote/);
  });
});
