// The editors' field reference, written from the schemas themselves: every field of every content
// type, whether it is required, what values it takes, and its description (`.describe()` in
// src/schemas/). content/README.md holds it between two markers; `npm run docs:fields` rewrites it
// there, and a test fails when the copy in the README no longer matches the schemas.
import type { z } from 'astro/zod';
import { siteSchema } from '../schemas/site.ts';
import { COLLECTIONS, COLLECTION_NAMES } from './registry.ts';
import { jsonSchemaOf } from './schema-fields.ts';

type Node = Exclude<z.core.JSONSchema.JSONSchema, boolean>;

export const FIELDS_START = '<!-- fields:start -->';
export const FIELDS_END = '<!-- fields:end -->';

/** What values a field takes, in a few words: "one of `a`, `b`", "a list", "YYYY-MM-DD". */
function kindOf(node: Node): string {
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.enum) return `one of ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (node.type === 'array') return 'a list';
  if (node.format === 'date') return 'a day, YYYY-MM-DD';
  if (node.format === 'date-time') return 'a date-time with its time zone';
  if (node.type === 'object') return 'a group of fields';
  if (node.type === 'integer' || node.type === 'number') return 'a number';
  return 'text';
}

const forms = (node: Node): Node[] => node.oneOf ?? node.anyOf ?? [];

/** One line per field, then its own fields, indented; a union's forms each under their own line. */
function fieldLines(node: Node, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([name, value]) => {
    const field = value as Node;
    const item = field.type === 'array' ? (field.items as Node | undefined) : undefined;
    const inner = item?.type === 'object' ? item : field;
    const variants = forms(field);
    const need = required.has(name) ? 'required' : 'optional';
    const what = variants.length ? 'one of the forms below' : kindOf(field);
    const about = field.description ?? inner.description ?? '';
    return [
      `${pad}- \`${name}\` (${need}, ${what}${item && item !== inner ? '' : item ? ', each with the fields below' : ''}): ${about}`.trimEnd(),
      ...variants.flatMap((form) => [
        `${pad}  - written as: ${form.properties ? '' : kindOf(form)}${Object.entries(
          form.properties ?? {},
        )
          .map(
            ([key, v]) =>
              `\`${key}\`${(v as Node).const !== undefined ? ` = \`${String((v as Node).const)}\`` : ''}`,
          )
          .join(
            ', ',
          )}${(form.properties?.['precision'] as Node | undefined)?.description ? `: ${(form.properties!['precision'] as Node).description}` : ''}`,
      ]),
      ...(inner.type === 'object' && inner.properties ? fieldLines(inner, depth + 1) : []),
    ];
  });
}

/** The site's settings (content/site.yaml): one object, not entries by id. */
function siteSection(): string {
  const json = jsonSchemaOf(siteSchema);
  return [
    '### `site`: content/site.yaml (one set of settings, not entries)',
    '',
    ...(json ? fieldLines(json, 0) : ['(no schema)']),
  ].join('\n');
}

/** The whole reference: one section per content type, in the registry's order, then the site's settings. */
export function fieldReference(): string {
  const collections = COLLECTION_NAMES.map((name) => {
    const spec = COLLECTIONS[name];
    const where =
      'file' in spec.source
        ? `content/${spec.source.file}`
        : `content/${spec.source.folder}/${'folders' in spec.source && spec.source.folders ? `${spec.source.folders}/` : ''}*.md (frontmatter)`;
    const json = jsonSchemaOf(spec.schema);
    return [
      `### \`${name}\`: ${where}`,
      '',
      ...(json ? fieldLines(json, 0) : ['(no schema)']),
    ].join('\n');
  });
  return [...collections, siteSection()].join('\n\n');
}

/** The README with its field reference replaced by `reference`; throws if the markers are missing. */
export function withFieldReference(readme: string, reference: string): string {
  const start = readme.indexOf(FIELDS_START);
  const end = readme.indexOf(FIELDS_END);
  if (start < 0 || end < start)
    throw new Error(
      `content/README.md needs the lines ${FIELDS_START} and ${FIELDS_END}, in that order.`,
    );
  return `${readme.slice(0, start + FIELDS_START.length)}\n\n${reference}\n\n${readme.slice(end)}`;
}
