// Turns schema validation issues into problems an editor can act on: which field, what it holds,
// what it should hold (the field's description, from its `.describe()` in src/schemas/), and how to
// fix it. Astro's own message ("role: Required") names neither the line nor what a role is.
import type { z } from 'astro/zod';
import type { ContentProblem } from '../lib/content-problem.ts';
import { editDistance } from '../lib/similar.ts';
import { discriminatorValues, fieldDescription, shapeKeysAt, valueAt } from './schema-fields.ts';
import type { DataPath } from './source-text.ts';

type Issue = z.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  if (typeof value === 'string')
    return `the text "${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === 'object') return 'a group of fields';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects returned above
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

const KINDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

export interface SchemaProblemContext {
  /** The data as it was written, before validation. */
  data: unknown;
  /** What the field at a path holds, in the schema's words. */
  fieldDescription?: (path: DataPath) => string | undefined;
  /** The fields the object at a path may have, for "did you mean" suggestions. */
  knownKeys?: (path: DataPath) => string[];
  /** The values a discriminated union at a path accepts for its discriminator. */
  discriminatorValues?: (path: DataPath, discriminator: string) => string[];
}

function fieldName(path: DataPath): string {
  return path.reduce<string>(
    (name, part) =>
      typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part,
    '',
  );
}

/** One problem for one issue, without its file and line: where it is, what is wrong, the fix. */
type IssueProblem = Omit<ContentProblem, 'file'> & { path: DataPath };

/** What every kind of issue's message starts from: where it is, what is there, what it holds. */
interface IssueAt {
  /** The field's path and its name as an editor writes it (`periods[0].events`). */
  base: { path: DataPath; field: string | undefined };
  /** What the field holds as written, if anything. */
  value: unknown;
  /** " It holds: …", the field's description, or '' when it has none. */
  meaning: string;
}

function wrongType(issue: Extract<Issue, { code: 'invalid_type' }>, at: IssueAt): IssueProblem {
  const expected = KINDS[issue.expected] ?? issue.expected;
  if (at.value === undefined) {
    return {
      ...at.base,
      problem: 'this required field is missing.',
      fix: `add "${String(at.base.path.at(-1))}:" with ${expected}.${at.meaning}`,
    };
  }
  return {
    ...at.base,
    problem: `this is ${describe(at.value)}, but it must be ${expected}.`,
    fix: `write ${expected} here.${at.meaning}`,
  };
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, at: IssueAt): IssueProblem {
  const { value, meaning } = at;
  const min = Number(issue.minimum);
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? value.length : 0;
    return {
      ...at.base,
      problem:
        length === 0
          ? 'this text is empty.'
          : `this text is too short: ${length} character${length === 1 ? '' : 's'}, at least ${min} needed.`,
      fix: `write at least ${min} characters.${meaning}`,
    };
  }
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    return {
      ...at.base,
      problem: `this list has ${count} item${count === 1 ? '' : 's'}; it needs at least ${min}.`,
      fix: `add ${min - count} more.${meaning}`,
    };
  }
  return {
    ...at.base,
    problem: `${describe(value)} is too small: the lowest allowed is ${min}.`,
    fix: `use ${min} or more.${meaning}`,
  };
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, at: IssueAt): IssueProblem {
  const { value, meaning } = at;
  const max = Number(issue.maximum);
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? value.length : 0;
    return {
      ...at.base,
      problem: `this text is too long: ${length} characters, at most ${max} allowed.`,
      fix: `shorten it to ${max} characters or fewer.${meaning}`,
    };
  }
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    return {
      ...at.base,
      problem: `this list has ${count} items; at most ${max} are allowed.`,
      fix: `keep the ${max} that matter most.${meaning}`,
    };
  }
  return {
    ...at.base,
    problem: `${describe(value)} is too large: the highest allowed is ${max}.`,
    fix: `use ${max} or less.${meaning}`,
  };
}

function notAllowed(issue: Extract<Issue, { code: 'invalid_value' }>, at: IssueAt): IssueProblem {
  const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
  return {
    ...at.base,
    problem: `${describe(at.value)} is not one of the allowed values.`,
    fix: `use one of ${allowed}.${at.meaning}`,
  };
}

function wrongFormat(issue: Extract<Issue, { code: 'invalid_format' }>, at: IssueAt): IssueProblem {
  return {
    ...at.base,
    problem: `${describe(at.value)} is not in the right form.`,
    fix: `use ${issue.message.replace(/^expected /, '')}.${at.meaning}`,
  };
}

/** Fields the schema does not know, each with the known field it is likely a misspelling of. */
function unknownFields(
  issue: Extract<Issue, { code: 'unrecognized_keys' }>,
  path: DataPath,
  context: SchemaProblemContext,
): IssueProblem {
  const known = context.knownKeys?.(path) ?? [];
  const guesses = issue.keys.map((key) => {
    const best = known
      .map((k) => [k, editDistance(key, k)] as const)
      .sort((a, b) => a[1] - b[1])[0];
    return best && best[1] <= Math.max(2, key.length / 3) ? `"${key}" → "${best[0]}"` : undefined;
  });
  const hint = guesses.filter(Boolean).length
    ? ` Did you mean ${guesses.filter(Boolean).join(', ')}?`
    : '';
  const keys = issue.keys.map((k) => `"${k}"`).join(', ');
  const at = issue.keys.length === 1 ? [...path, issue.keys[0]!] : path;
  return {
    path: at,
    field: fieldName(at) || undefined,
    problem: `${issue.keys.length > 1 ? 'these fields are' : 'this field is'} not part of the content model, so ${issue.keys.length > 1 ? 'they' : 'it'} would be ignored: ${keys}.${hint}`,
    fix: `remove ${keys} or correct the spelling${known.length ? `; the fields here are ${known.join(', ')}` : ''}.`,
  };
}

/** A value that fits none of a union's forms; for a discriminated union, its discriminator's values. */
function noFormFits(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  at: IssueAt,
  context: SchemaProblemContext,
): IssueProblem {
  const { path } = at.base;
  const discriminator = (issue as { discriminator?: string }).discriminator;
  if (discriminator) {
    const unionPath = path.at(-1) === discriminator ? path.slice(0, -1) : path;
    const allowed = context.discriminatorValues?.(unionPath, discriminator) ?? [];
    const field = [...unionPath, discriminator];
    return {
      path: field,
      field: fieldName(field),
      problem: `${valueAt(context.data, field) === undefined ? 'this required field is missing' : `${describe(valueAt(context.data, field))} is not one of the allowed values`}.`,
      fix: allowed.length
        ? `use one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`
        : 'see the schema in src/schemas/ for the values it can take.',
    };
  }
  return {
    ...at.base,
    problem: `${describe(at.value)} does not match any of the forms this field can take.`,
    fix: `check the examples in content/README.md and the schema in src/schemas/.${at.meaning}`,
  };
}

/** The schema's own checks write "what is wrong; what to do", or only what to do. */
function refusedByCheck(issue: Extract<Issue, { code: 'custom' }>, at: IssueAt): IssueProblem {
  const [first, ...rest] = issue.message.split('; ');
  return rest.length
    ? {
        ...at.base,
        problem: `${first}.`,
        fix: `${rest.join('; ').replace(/\.?$/, '.')}${at.meaning}`,
      }
    : {
        ...at.base,
        problem: `${describe(at.value)} is not accepted.`,
        fix: `${issue.message.replace(/\.?$/, '.')}${at.meaning}`,
      };
}

/** One problem (without file and line) for one validation issue. */
export function describeIssue(issue: Issue, context: SchemaProblemContext): IssueProblem {
  const path = issue.path as DataPath;
  const description = context.fieldDescription?.(path);
  const at: IssueAt = {
    base: { path, field: fieldName(path) || undefined },
    value: valueAt(context.data, path),
    meaning: description ? ` It holds: ${description}` : '',
  };
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue, at);
    case 'too_small':
      return tooSmall(issue, at);
    case 'too_big':
      return tooBig(issue, at);
    case 'invalid_value':
      return notAllowed(issue, at);
    case 'invalid_format':
      return wrongFormat(issue, at);
    case 'unrecognized_keys':
      return unknownFields(issue, path, context);
    case 'invalid_union':
      return noFormFits(issue, at, context);
    case 'custom':
      return refusedByCheck(issue, at);
    default:
      return {
        ...at.base,
        problem: issue.message.replace(/\.?$/, '.'),
        fix: `correct the value.${at.meaning}`,
      };
  }
}

/**
 * Validates data again, only after Astro's validation has failed, to get the individual issues
 * (Astro's error keeps only their text) and turn each into a located problem.
 */
export async function explainSchemaFailure(options: {
  schema: z.ZodType;
  data: unknown;
  file: string;
  entry?: string | undefined;
  locate: (path: DataPath) => { line: number; column: number } | undefined;
}): Promise<ContentProblem[]> {
  const result = await options.schema.safeParseAsync(options.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { path, ...described } = describeIssue(issue, {
      data: options.data,
      fieldDescription: (at) => fieldDescription(options.schema, at, options.data),
      knownKeys: (at) => shapeKeysAt(options.schema, at, options.data),
      discriminatorValues: (at, key) => discriminatorValues(options.schema, at, key),
    });
    return { file: options.file, ...options.locate(path), entry: options.entry, ...described };
  });
}
