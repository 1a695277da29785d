// What a collection's schema says about the field at a path: its description (given in src/schemas/
// with `.describe()`), the fields an object there may have, the values a union there tells apart by.
// Read from the schema's JSON Schema (`z.toJSONSchema`), Zod's supported view of a schema's shape and
// metadata, so no source file and no Zod internal is read, and a new collection needs no entry here.
import { z } from 'astro/zod';
import type { DataPath } from './source-text.ts';

type JsonSchema = z.core.JSONSchema.JSONSchema;

const converted = new WeakMap<z.ZodType, JsonSchema | undefined>();

/**
 * The JSON Schema of the data as it is written (`io: 'input'`: before defaults and transforms).
 * Types with no JSON Schema form (transforms, custom checks) become `{}` instead of throwing; if the
 * conversion fails all the same, the messages go without descriptions rather than not at all.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema | undefined {
  if (!converted.has(schema)) {
    let json: JsonSchema | undefined;
    try {
      json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    } catch {
      json = undefined;
    }
    converted.set(schema, json);
  }
  return converted.get(schema);
}

function asSchema(node: unknown): JsonSchema | undefined {
  return node !== null && typeof node === 'object' && !Array.isArray(node)
    ? (node as JsonSchema)
    : undefined;
}

/**
 * A node with its `$ref` followed: Zod writes one for a schema that contains itself, as `#` (the
 * root) or `#/$defs/…` (JSON Schema 2020-12, its default target).
 */
function resolve(root: JsonSchema, node: JsonSchema | undefined): JsonSchema | undefined {
  let current = node;
  for (let guard = 0; current?.$ref && guard < 20; guard++) {
    const ref = current.$ref;
    if (ref === '#') current = root;
    else if (ref.startsWith('#/$defs/')) current = root.$defs?.[ref.slice('#/$defs/'.length)];
    else return undefined;
  }
  return current;
}

/** What the data holds at a path, if anything. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** The forms a union may take, or the node itself when it is not a union. */
function forms(root: JsonSchema, node: JsonSchema): JsonSchema[] {
  const options = node.anyOf ?? node.oneOf;
  if (!options) return [node];
  return options.flatMap((option) => {
    const resolved = resolve(root, option);
    return resolved ? forms(root, resolved) : [];
  });
}

/** Whether the data holds every fixed value a form requires (a discriminator such as `precision: day`). */
function fits(form: JsonSchema, value: unknown): boolean {
  return Object.entries(form.properties ?? {}).every(([key, property]) => {
    const fixed = asSchema(property);
    return !fixed || !('const' in fixed) || valueAt(value, [key]) === fixed.const;
  });
}

/** Of a union, the form the data was written in; the node itself when that cannot be told. */
function narrow(root: JsonSchema, node: JsonSchema, value: unknown): JsonSchema {
  const options = forms(root, node);
  if (options.length === 1) return options[0]!;
  return (
    options.find(
      (form) =>
        fits(form, value) &&
        Object.values(form.properties ?? {}).some((p) => 'const' in (asSchema(p) ?? {})),
    ) ?? node
  );
}

/** The node one step down: a field of an object or an item of a list, through unions. */
function child(
  root: JsonSchema,
  node: JsonSchema,
  part: string | number,
  value: unknown,
): JsonSchema | undefined {
  const candidates = forms(root, node)
    .map((form) => {
      if (typeof part === 'number') {
        const items =
          form.prefixItems?.[part] ?? (Array.isArray(form.items) ? form.items[part] : form.items);
        return { form, next: asSchema(items) };
      }
      return { form, next: asSchema(form.properties?.[part]) };
    })
    .filter((c): c is { form: JsonSchema; next: JsonSchema } => c.next !== undefined);
  const chosen = candidates.find((c) => fits(c.form, value)) ?? candidates[0];
  return chosen && resolve(root, chosen.next);
}

/** The nodes along a path, from the root; shorter than the path where the schema has no such field. */
function trail(
  schema: z.ZodType,
  path: DataPath,
  data: unknown,
): { root: JsonSchema; nodes: JsonSchema[] } | undefined {
  const root = jsonSchemaOf(schema);
  const start = root && resolve(root, root);
  if (!root || !start) return undefined;
  const nodes = [start];
  for (const [i, part] of path.entries()) {
    const next = child(root, nodes[i]!, part, valueAt(data, path.slice(0, i)));
    if (!next) break;
    nodes.push(next);
  }
  return { root, nodes };
}

/**
 * The description of the field at a path. An item of a list has the list's description; a field
 * without one has none (its parent's would describe something else). `data` picks, where a field
 * can take several forms, the form it was written in.
 */
export function fieldDescription(
  schema: z.ZodType,
  path: DataPath,
  data?: unknown,
): string | undefined {
  const found = trail(schema, path, data);
  if (!found || found.nodes.length <= path.length) return undefined;
  for (let i = path.length; i >= 0; i--) {
    const description = found.nodes[i]!.description;
    if (description) return description;
    if (i === 0 || typeof path[i - 1] === 'string') return undefined;
  }
  return undefined;
}

/** The fields an object in the schema may have at a path, in the order the schema gives them. */
export function shapeKeysAt(schema: z.ZodType, path: DataPath, data?: unknown): string[] {
  const found = trail(schema, path, data);
  const node = found?.nodes[path.length];
  if (!found || !node) return [];
  return Object.keys(narrow(found.root, node, valueAt(data, path)).properties ?? {});
}

/** The values a union at a path accepts for its discriminator, in the schema's order. */
export function discriminatorValues(
  schema: z.ZodType,
  path: DataPath,
  discriminator: string,
): string[] {
  const found = trail(schema, path, undefined);
  const node = found?.nodes[path.length];
  if (!found || !node) return [];
  return forms(found.root, node).flatMap((form) => {
    const property = resolve(found.root, asSchema(form.properties?.[discriminator]));
    if (!property) return [];
    if ('const' in property) return [String(property.const)];
    return (property.enum ?? []).map(String);
  });
}
