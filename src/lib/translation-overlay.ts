// Lays a translation over an English entry: the translation gives only the texts, in the same
// nesting as the English (lists matched by position), and everything else (figures, dates,
// statuses, references, sources) stays the English entry's own. Pure: the content layer reads the
// files (src/content-layer/translations.ts).

/** A place in an entry: `['figures', 0, 'label']`. */
export type OverlayPath = readonly (string | number)[];

export interface OverlayProblem {
  /** Where in the translated entry. */
  path: OverlayPath;
  /** What is wrong, in a sentence. */
  problem: string;
  /** What would be right, in a sentence. */
  fix: string;
}

export interface Overlaid {
  /** The English entry with the translation's texts in place. */
  value: unknown;
  /** What the translation gives that it may not. */
  problems: OverlayProblem[];
  /** The English texts the translation leaves out, which the page shows in English. */
  missing: OverlayPath[];
}

export interface OverlayRules {
  /**
   * True for a field whose text is never translated: an id, a reference, a date, an outlet's own
   * words. Given the field's place and its English value (a `source` that names an entry is fixed;
   * a `source` that holds a citation with a note is not).
   */
  fixed: (path: OverlayPath, english: unknown) => boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Every text in an English value that a translation should give, by path. */
export function textPaths(
  english: unknown,
  rules: OverlayRules,
  at: OverlayPath = [],
): OverlayPath[] {
  if (at.length > 0 && rules.fixed(at, english)) return [];
  if (isText(english)) return [at];
  if (Array.isArray(english))
    return english.every(isText) && english.length > 0
      ? [at]
      : english.flatMap((item, i) => textPaths(item, rules, [...at, i]));
  if (isRecord(english))
    return Object.entries(english).flatMap(([key, item]) => textPaths(item, rules, [...at, key]));
  return [];
}

function overlayList(
  english: readonly unknown[],
  translated: readonly unknown[],
  rules: OverlayRules,
  at: OverlayPath,
): Overlaid {
  // A list of texts (key points, phrases) is translated as a whole: its length may differ.
  if (english.length > 0 && english.every(isText)) {
    if (translated.every(isText)) return { value: translated, problems: [], missing: [] };
    return {
      value: english,
      problems: [
        { path: at, problem: 'this list should hold texts only.', fix: 'write each item as text.' },
      ],
      missing: [],
    };
  }
  if (translated.length > english.length)
    return {
      value: english,
      problems: [
        {
          path: at,
          problem: `this list has ${translated.length} items, but the English has ${english.length}.`,
          fix: 'give one item for each English item, in the same order (`{}` for one left untranslated).',
        },
      ],
      missing: [],
    };
  const parts = english.map((item, i) =>
    i < translated.length ? overlay(item, translated[i], rules, [...at, i]) : null,
  );
  return {
    value: parts.map((part, i) => (part ? part.value : english[i])),
    problems: parts.flatMap((part) => part?.problems ?? []),
    missing: parts.flatMap((part, i) =>
      part ? part.missing : textPaths(english[i], rules, [...at, i]),
    ),
  };
}

function overlayRecord(
  english: Record<string, unknown>,
  translated: Record<string, unknown>,
  rules: OverlayRules,
  at: OverlayPath,
): Overlaid {
  const problems: OverlayProblem[] = [];
  const missing: OverlayPath[] = [];
  const value: Record<string, unknown> = { ...english };
  for (const key of Object.keys(translated)) {
    if (!(key in english))
      problems.push({
        path: [...at, key],
        problem: `the English entry has no field "${key}".`,
        fix: `translate only fields the English entry has: ${Object.keys(english).join(', ')}.`,
      });
  }
  for (const [key, item] of Object.entries(english)) {
    if (!(key in translated)) {
      missing.push(...textPaths(item, rules, [...at, key]));
      continue;
    }
    const part = overlay(item, translated[key], rules, [...at, key]);
    value[key] = part.value;
    problems.push(...part.problems);
    missing.push(...part.missing);
  }
  return { value, problems, missing };
}

/** The English value with the translation's texts laid over it, what is wrong with it, and what it leaves out. */
export function overlay(
  english: unknown,
  translated: unknown,
  rules: OverlayRules,
  at: OverlayPath = [],
): Overlaid {
  if (translated === undefined)
    return { value: english, problems: [], missing: textPaths(english, rules, at) };
  if (at.length > 0 && rules.fixed(at, english))
    return {
      value: english,
      problems: [
        {
          path: at,
          problem:
            'this field is never translated: ids, references, dates, figures, statuses and an outlet’s own words come from the English entry.',
          fix: 'leave it out of the translation.',
        },
      ],
      missing: [],
    };
  if (isText(english)) {
    if (isText(translated) && translated.trim() !== '')
      return { value: translated, problems: [], missing: [] };
    return {
      value: english,
      problems: [
        {
          path: at,
          problem: 'the translation of a text must be text.',
          fix: 'write the translated text here.',
        },
      ],
      missing: [],
    };
  }
  if (Array.isArray(english)) {
    if (Array.isArray(translated)) return overlayList(english, translated, rules, at);
    return {
      value: english,
      problems: [
        { path: at, problem: 'the English has a list here.', fix: 'give a list, item for item.' },
      ],
      missing: [],
    };
  }
  if (isRecord(english)) {
    if (isRecord(translated)) return overlayRecord(english, translated, rules, at);
    return {
      value: english,
      problems: [
        {
          path: at,
          problem: 'the English has fields here.',
          fix: 'give the translated fields, in the same nesting.',
        },
      ],
      missing: [],
    };
  }
  return {
    value: english,
    problems: [
      {
        path: at,
        problem:
          'this is not text: figures, dates and yes-or-no values come from the English entry.',
        fix: 'leave it out of the translation.',
      },
    ],
    missing: [],
  };
}

/** A path as a message names it: `figures[0].label`. */
export function pathLabel(path: OverlayPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
