// src/schemas/person.ts accepts the real entries in content/ and rejects bad ones with an error on the
// right field and a message that says what is expected.
import { describe, expect, test } from 'vitest';
import { personSchema } from '../../src/schemas/person.ts';
import {
  issues,
  readYaml,
  withChanges,
  tooShort,
  required,
  type Issue,
} from '../support/schema-cases.ts';

describe('personSchema', () => {
  const people = readYaml('people.yaml');

  const good = {
    name: 'Hakan Fidan',
    kind: 'person',
    role: 'Foreign Minister of Turkey',
    side: 'turkey',
    roleSource: { source: 'istanbul-talks-report', paragraphs: [4] },
  };

  test('a good person is accepted; not at the talks and no report error unless said', () => {
    const person = personSchema.parse(good);
    expect(person.atTheTalks).toBeUndefined();
    expect(person.reportError).toBeUndefined();
    expect(person.side).toEqual({ id: 'turkey', collection: 'delegations' });
  });

  test('only the people the sources place in Istanbul are at the talks, and only the two heads led', () => {
    const parsed = Object.entries(people).map(([id, p]) => [id, personSchema.parse(p)] as const);
    expect(
      parsed.filter(([, p]) => p.atTheTalks).map(([id, p]) => `${id}: ${p.atTheTalks?.part}`),
    ).toEqual([
      'rustem-umerov: led',
      'serhiy-kyslytsya: member',
      'vladimir-medinsky: led',
      'hakan-fidan: host',
    ]);
  });

  test('Kyslytsya keeps the correct title and the report’s wrong one, with its paragraph', () => {
    const kyslytsya = personSchema.parse(people['serhiy-kyslytsya']);
    expect(kyslytsya.role).toBe('First Deputy Minister of Foreign Affairs of Ukraine');
    expect(kyslytsya.reportError).toMatchObject({
      reportSaid: 'the deputy minister of defense for Ukraine',
      paragraph: 8,
    });
  });

  test.each<[string, Record<string, unknown>, Issue[]]>([
    ['a missing name', { name: undefined }, [{ path: 'name', message: required('string') }]],
    [
      'an unknown kind',
      { kind: 'organisation' },
      [
        {
          path: 'kind',
          message: 'Invalid option: expected one of "person"|"institution"|"unnamed-source"',
        },
      ],
    ],
    ['a role too short', { role: 'FM' }, [{ path: 'role', message: tooShort(3) }]],
    [
      'a role source without a source',
      { roleSource: { paragraphs: [4] } },
      [{ path: 'roleSource.source', message: required('string') }],
    ],
    [
      'a part at the talks that does not exist',
      { atTheTalks: { part: 'represented', source: { source: 'public-record' } } },
      [
        {
          path: 'atTheTalks.part',
          message: 'Invalid option: expected one of "led"|"member"|"host"',
        },
      ],
    ],
    [
      'a place at the talks without its source',
      { atTheTalks: { part: 'host' } },
      [
        {
          path: 'atTheTalks.source',
          message: 'Invalid input: expected object, received undefined',
        },
      ],
    ],
    [
      'the old ledDelegation flag',
      { ledDelegation: true },
      [{ path: '', message: 'Unrecognized key: "ledDelegation"' }],
    ],
    [
      'a report error without its paragraph and with an explanation that is not a section link',
      { reportError: { reportSaid: 'the foreign minister', explanation: 'see our methodology' } },
      [
        { path: 'reportError.paragraph', message: required('number') },
        {
          path: 'reportError.explanation',
          message:
            'a link to an article section, e.g. /articles/how-we-reported-this/#a-wrong-job-title',
        },
      ],
    ],
  ])('rejects %s', (_, changes, expected) => {
    expect(issues(personSchema, withChanges(good, changes))).toEqual(expected);
  });
});
