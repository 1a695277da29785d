// Problems in the texts of a YAML document, found with their place: a date that is not a real
// calendar date or time ("2025-02-30"), and an HTML tag in a field that is plain text. The strict
// loaders run them on every data file and every article's frontmatter.
import { isPair, isScalar, isSeq, visit } from 'yaml';
import type { ContentProblem } from '../lib/content-problem.ts';
import { lineOf, type YamlSource } from './source-text.ts';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why a `YYYY-MM-DD…` text is not a real date, or undefined when it is one. */
export function impossibleDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss] = match.map(Number);
  if (m! < 1 || m! > 12) return `there is no month ${m} (months run from 01 to 12)`;
  const leap = (y! % 4 === 0 && y! % 100 !== 0) || y! % 400 === 0;
  const days = m === 2 && leap ? 29 : DAYS_IN_MONTH[m! - 1]!;
  if (d! < 1 || d! > days)
    return `${MONTH_NAMES[m! - 1]} ${y} has ${days} days, so day ${d} does not exist`;
  if (
    hh !== undefined &&
    !Number.isNaN(hh) &&
    (hh > 23 || mm! > 59 || (ss !== undefined && !Number.isNaN(ss) && ss > 59))
  ) {
    return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')} is not a time of day`;
  }
  return undefined;
}

/** The data path of a node from the ancestors `yaml`'s visitor passes. */
function pathFromAncestors(key: unknown, ancestors: readonly unknown[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const [i, node] of ancestors.entries()) {
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    else if (isSeq(node)) {
      const child = ancestors[i + 1];
      const index = child === undefined ? Number(key) : node.items.indexOf(child);
      if (index >= 0) path.push(index);
    }
  }
  return path;
}

/**
 * A problem at every text of the document that `problemWith` finds wrong. `entryLevel`: the first
 * key of the path is an entry id (a data file), not a field (frontmatter).
 */
function findInTexts(
  file: string,
  source: YamlSource,
  entryLevel: boolean,
  problemWith: (text: string) => Pick<ContentProblem, 'problem' | 'fix'> | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(source.doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const found = problemWith(node.value);
      if (!found) return;
      const path = pathFromAncestors(key, ancestors);
      const fieldPath = entryLevel ? path.slice(1) : path;
      const field = fieldPath.reduce<string>(
        (name, part) =>
          typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part,
        '',
      );
      problems.push({
        file,
        ...lineOf(source, node),
        entry: entryLevel && path[0] !== undefined ? String(path[0]) : undefined,
        field: field || undefined,
        ...found,
      });
    },
  });
  return problems;
}

/**
 * Every date-like text in the document that is not a real calendar date or time. `entryLevel`:
 * the first key of the path is an entry id (a data file), not a field (frontmatter).
 */
export function findImpossibleDates(
  file: string,
  source: YamlSource,
  entryLevel = false,
): ContentProblem[] {
  return findInTexts(file, source, entryLevel, (text) => {
    const why = impossibleDate(text);
    return why
      ? {
          problem: `"${text}" is not a real date: ${why}.`,
          fix: 'check the date against the source and correct the day, month or time.',
        }
      : undefined;
  });
}

/** A tag as HTML writes it: `<em>`, `</a>`, `<script src="…">`, `<br/>`. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/**
 * Every YAML text that contains an HTML tag. Fields are plain text: the site shows them as they are,
 * so a reader would see the tag itself, and nothing in them is ever run.
 */
export function findHtmlInText(
  file: string,
  source: YamlSource,
  entryLevel = false,
): ContentProblem[] {
  return findInTexts(file, source, entryLevel, (text) => {
    const tag = HTML_TAG.exec(text)?.[0];
    return tag
      ? {
          problem: `this text contains the HTML tag ${tag.length > 40 ? `${tag.slice(0, 37)}…>` : tag}; fields are plain text, so readers would see the tag itself.`,
          fix: 'remove the tag and write the words alone: the page gives them their style.',
        }
      : undefined;
  });
}
