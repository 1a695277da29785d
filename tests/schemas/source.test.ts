// src/schemas/source.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { sourceSchema } from '../../src/schemas/source.ts';
import { issues, readYaml, withChanges, tooShort, type Issue } from '../support/schema-cases.ts';

/** The message for an outlet field a piece lacks, and for one a report has. */
const pieceNeeds = (field: string) =>
  `this piece from an outlet has no \`${field}\`, so a reader cannot find and check it; add \`${field}:\``;
const reportHasNo = (field: string) =>
  `a report has no \`${field}\`: it is a field of a piece from an outlet; remove it, or make the entry kind: public-record`;

describe('sourceSchema', () => {
  const sources = readYaml('sources.yaml');

  test('the report describes each of its 18 paragraphs, ships its text and stands as of 16 May 2025; it has no outlet', () => {
    const report = sourceSchema.parse(sources['istanbul-talks-report']);
    expect(report.kind).toBe('report');
    expect(report.paragraphs).toHaveLength(18);
    expect(report.file).toBe('sources/istanbul-talks-report.txt');
    expect(report.asOf).toBe('2025-05-16');
    expect(report.description).toMatch(/^A wire-style news report, 18 paragraphs long/);
    for (const field of ['outlet', 'url', 'published', 'language', 'read', 'excerpt'] as const)
      expect(report[field], field).toBeUndefined();
  });

  test('a piece from a named outlet gives its outlet, link, day, language, the day we read it and its excerpt; it has no paragraphs', () => {
    const piece = sourceSchema.parse(sources['cna-2025-05-25-swap-complete']);
    expect(piece).toMatchObject({
      title: 'Russia and Ukraine complete largest prisoner swap',
      kind: 'public-record',
      outlet: 'CNA',
      url: 'https://www.channelnewsasia.com/world/ukraine-russia-war-prisoners-war-exchange-5152091',
      published: '2025-05-25',
      language: 'en',
      read: '2026-12-06',
      paragraphs: [],
    });
    expect(piece.excerpt).toEqual(expect.any(String));
    expect(piece.file).toBeUndefined();
    expect(piece.asOf).toBeUndefined();
    // A wire story carried by another site names both, and needs no description of its own.
    const carried = sourceSchema.parse(sources['afp-arabnews-2025-05-23-first-390']);
    expect(carried.outlet).toBe('AFP, via Arab News');
    expect(carried.description).toBeUndefined();
  });

  test('"public record" is no longer a source of its own: every other source is a piece from an outlet', () => {
    expect(sources['public-record']).toBeUndefined();
    const kinds = Object.values(sources).map((source) => sourceSchema.parse(source).kind);
    expect(kinds.filter((kind) => kind === 'report')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'public-record').length).toBeGreaterThanOrEqual(20);
  });

  const report = {
    title: 'News report on the Istanbul talks',
    kind: 'report',
    description: 'A wire-style news report on the talks, 18 paragraphs long.',
    paragraphs: ['The opening line.', 'The delegations met.'],
    file: 'sources/istanbul-talks-report.txt',
    asOf: '2025-05-16',
  };

  const piece = {
    title: 'Russia and Ukraine complete largest prisoner swap',
    kind: 'public-record',
    outlet: 'CNA',
    url: 'https://www.channelnewsasia.com/world/ukraine-russia-war-prisoners-war-exchange-5152091',
    published: '2025-05-25',
    language: 'en',
    read: '2026-12-06',
    excerpt: 'Russia and Ukraine completed their largest prisoner exchange of the war on Sunday.',
  };

  test('the two forms written here are valid as they are', () => {
    expect(issues(sourceSchema, report)).toEqual([]);
    expect(issues(sourceSchema, piece)).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    [
      'an unknown kind',
      { kind: 'blog' },
      [{ path: 'kind', message: 'Invalid option: expected one of "report"|"public-record"' }],
    ],
    [
      'a description too short',
      { description: 'Facts.' },
      [{ path: 'description', message: tooShort(20) }],
    ],
    [
      'a paragraph summary too short',
      { paragraphs: ['Intro.', 'Talk'] },
      [{ path: 'paragraphs.1', message: tooShort(5) }],
    ],
    [
      'a text file outside the content folder',
      { file: '../outside-the-project/report.txt' },
      [
        {
          path: 'file',
          message: 'a .txt file inside the content folder, e.g. sources/a-report.txt',
        },
      ],
    ],
    [
      'an as-of day that does not parse',
      { asOf: '16 May 2025' },
      [{ path: 'asOf', message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16' }],
    ],
    [
      'no description',
      { description: undefined },
      [
        {
          path: 'description',
          message: 'this report has no description; add one: what it is and how the site uses it',
        },
      ],
    ],
    ['an outlet', { outlet: 'Reuters' }, [{ path: 'outlet', message: reportHasNo('outlet') }]],
    [
      'a link and an excerpt',
      { url: 'https://example.org/report', excerpt: 'The delegations met in Istanbul on Friday.' },
      [
        { path: 'url', message: reportHasNo('url') },
        { path: 'excerpt', message: reportHasNo('excerpt') },
      ],
    ],
  ])('a report: rejects %s', (_, changes, expected) => {
    expect(issues(sourceSchema, withChanges(report, changes))).toEqual(expected);
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['no excerpt', { excerpt: undefined }, [{ path: 'excerpt', message: pieceNeeds('excerpt') }]],
    ['no outlet', { outlet: undefined }, [{ path: 'outlet', message: pieceNeeds('outlet') }]],
    [
      'none of the fields that let a reader find and check it',
      {
        outlet: undefined,
        url: undefined,
        published: undefined,
        language: undefined,
        read: undefined,
        excerpt: undefined,
      },
      ['outlet', 'url', 'published', 'language', 'read', 'excerpt'].map((field) => ({
        path: field,
        message: pieceNeeds(field),
      })),
    ],
    [
      'a description too short',
      { description: 'A wire.' },
      [{ path: 'description', message: tooShort(20) }],
    ],
    [
      'a link that is not a web address',
      { url: 'ftp://example.org/piece' },
      [{ path: 'url', message: 'a web address starting with https:// or http://' }],
    ],
    [
      'a publication day that does not parse',
      { published: '25 May 2025' },
      [
        {
          path: 'published',
          message: 'expected a calendar day written YYYY-MM-DD, e.g. 2025-05-16',
        },
      ],
    ],
    [
      'a language that is not a tag',
      { language: 'English' },
      [{ path: 'language', message: 'a language tag such as en, uk, ru or tr' }],
    ],
    [
      'an excerpt too short',
      { excerpt: 'Swap done.' },
      [{ path: 'excerpt', message: tooShort(20) }],
    ],
    [
      'a day read before the piece was published',
      { read: '2025-05-24' },
      [
        {
          path: 'read',
          message:
            'read (2025-05-24) is before the piece was published (2025-05-25); set it to the day you read it',
        },
      ],
    ],
  ])('a piece from an outlet: rejects %s', (_, changes, expected) => {
    expect(issues(sourceSchema, withChanges(piece, changes))).toEqual(expected);
  });
});
