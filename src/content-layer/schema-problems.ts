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

/** One problem (without file and line) for one validation issue. */
export function describeIssue(
  issue: Issue,
  context: SchemaProblemContext,
): Omit<ContentProblem, 'file'> & { path: DataPath } {
  const path = issue.path as DataPath;
  const field = fieldName(path) || undefined;
  const value = valueAt(context.data, path);
  const description = context.fieldDescription?.(path);
  const meaning = description ? ` It holds: ${description}` : '';
  const base = { path, field };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KINDS[issue.expected] ?? issue.expected;
      if (value === undefined) {
        return {
          ...base,
          problem: 'this required field is missing.',
          fix: `add "${String(path.at(-1))}:" with ${expected}.${meaning}`,
        };
      }
      return {
        ...base,
        problem: `this is ${describe(value)}, but it must be ${expected}.`,
        fix: `write ${expected} here.${meaning}`,
      };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.length : 0;
        return {
          ...base,
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
          ...base,
          problem: `this list has ${count} item${count === 1 ? '' : 's'}; it needs at least ${min}.`,
          fix: `add ${min - count} more.${meaning}`,
        };
      }
      return {
        ...base,
        problem: `${describe(value)} is too small: the lowest allowed is ${min}.`,
        fix: `use ${min} or more.${meaning}`,
      };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.length : 0;
        return {
          ...base,
          problem: `this text is too long: ${length} characters, at most ${max} allowed.`,
          fix: `shorten it to ${max} characters or fewer.${meaning}`,
        };
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        return {
          ...base,
          problem: `this list has ${count} items; at most ${max} are allowed.`,
          fix: `keep the ${max} that matter most.${meaning}`,
        };
      }
      return {
        ...base,
        problem: `${describe(value)} is too large: the highest allowed is ${max}.`,
        fix: `use ${max} or less.${meaning}`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return {
        ...base,
        problem: `${describe(value)} is not one of the allowed values.`,
        fix: `use one of ${allowed}.${meaning}`,
      };
    }
    case 'invalid_format': {
      return {
        ...base,
        problem: `${describe(value)} is not in the right form.`,
        fix: `use ${issue.message.replace(/^expected /, '')}.${meaning}`,
      };
    }
    case 'unrecognized_keys': {
      const known = context.knownKeys?.(path) ?? [];
      const guesses = issue.keys.map((key) => {
        const best = known
          .map((k) => [k, editDistance(key, k)] as const)
          .sort((a, b) => a[1] - b[1])[0];
        return best && best[1] <= Math.max(2, key.length / 3)
          ? `"${key}" → "${best[0]}"`
          : undefined;
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
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator) {
        const unionPath = path.at(-1) === discriminator ? path.slice(0, -1) : path;
        const allowed = context.discriminatorValues?.(unionPath, discriminator) ?? [];
        const at = [...unionPath, discriminator];
        return {
          path: at,
          field: fieldName(at),
          problem: `${valueAt(context.data, at) === undefined ? 'this required field is missing' : `${describe(valueAt(context.data, at))} is not one of the allowed values`}.`,
          fix: allowed.length
            ? `use one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`
            : 'see the schema in src/schemas/ for the values it can take.',
        };
      }
      return {
        ...base,
        problem: `${describe(value)} does not match any of the forms this field can take.`,
        fix: `check the examples in content/README.md and the schema in src/schemas/.${meaning}`,
      };
    }
    case 'custom': {
      // The schema's own checks write "what is wrong; what to do", or only what to do.
      const [first, ...rest] = issue.message.split('; ');
      return rest.length
        ? {
            ...base,
            problem: `${first}.`,
            fix: `${rest.join('; ').replace(/\.?$/, '.')}${meaning}`,
          }
        : {
            ...base,
            problem: `${describe(value)} is not accepted.`,
            fix: `${issue.message.replace(/\.?$/, '.')}${meaning}`,
          };
    }
    default:
      return {
        ...base,
        problem: issue.message.replace(/\.?$/, '.'),
        fix: `correct the value.${meaning}`,
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
