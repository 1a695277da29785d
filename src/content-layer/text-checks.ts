// Checks of the words in the YAML content files, run by their loaders: no quote's words typed in
// quotation marks outside its own entry, and no wording that is true only on some day ("not yet",
// "expected", "will") where the page shows no as-of date beside it.
import type { ContentProblem } from '../lib/content-problem.ts';
import { findTypedQuote, pendingWording } from '../lib/dated-wording.ts';
import type { DataPath } from './source-text.ts';
import type { EntryCheckContext } from './strict-file-loader.ts';

export interface TextRules {
  /** Every quote's words, by quote id (`content/quotes.yaml`). */
  quotes: Readonly<Record<string, string>>;
  /**
   * Whether an entry may use pending wording: only where its page shows the day it stands as of.
   * Returns why not, or undefined when it may.
   */
  pendingRefused: (entry: Record<string, unknown>) => string | undefined;
  /** Fields that hold someone's exact words (a quote's `text`, what the report said): not ours to word. */
  exempt?: readonly string[];
}

/** Every text in an entry with its path below the entry. */
function texts(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => texts(item, [...path, key]));
  return [];
}

const fieldName = (path: DataPath) =>
  path.reduce<string>(
    (name, part) =>
      typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part,
    '',
  );

export function checkTexts(context: EntryCheckContext, rules: TextRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, entry] of Object.entries(context.entries)) {
    if (!entry || typeof entry !== 'object') continue;
    const refused = rules.pendingRefused(entry as Record<string, unknown>);
    for (const { path, text } of texts(entry)) {
      if (rules.exempt?.includes(String(path.at(-1)))) continue;
      const where = {
        file: context.file,
        ...context.locate([id, ...path]),
        entry: id,
        field: fieldName(path),
      };
      const typed = findTypedQuote(text, rules.quotes);
      if (typed) {
        problems.push({
          ...where,
          problem: `${typed.typed} are the words of the quote "${typed.id}", typed in quotation marks; only its entry in content/quotes.yaml may hold them, where they are checked against the report.`,
          fix: `say it in your own words without quotation marks, or show the quote itself: a timeline event takes "quote: ${typed.id}", and an article writes :quote{#${typed.id}}.`,
        });
      }
      const phrase = refused && pendingWording(text);
      if (phrase) {
        problems.push({
          ...where,
          problem: `"${phrase}" says how things stood on one day, and the page does not say which: ${refused}.`,
          fix: 'write it as of a dated source, in the past tense (e.g. "had not been announced as of the report"), or make it a pending event in content/timeline.yaml, which shows the day it stands as of and changes only through content/updates.yaml.',
        });
      }
    }
  }
  return problems;
}
