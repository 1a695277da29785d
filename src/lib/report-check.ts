// Words we attribute to the report must be the report's words: each quote's text must stand in
// the paragraph it cites, and so must what a person entry says the report got wrong. A changed
// word, a tidied phrase or a wrong paragraph number fails the build.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentProblem } from './content-problem';
import type { EntryCheckContext } from './strict-file-loader';

/** The report's paragraphs, ¶1 first, or undefined when the file is not there. */
export function readReport(path: string): string[] | undefined {
  const file = resolve(process.cwd(), path);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const loose = (text: string) => squash(text).toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[^\p{L}\p{N}' ]/gu, '');

/** The passages a paragraph puts in quotation marks, without trailing commas and full stops. */
export function quotedPassages(paragraph: string): string[] {
  return [...paragraph.matchAll(/“([^”]+)”/g)].map((m) => m[1]!.replace(/[,.]+$/, ''));
}

export interface ReportCitation {
  /** The words that must appear. */
  words: string;
  /** The paragraphs they are said to be in (1-based). */
  paragraphs: readonly number[];
  /** `quote`: someone's words, which the report puts in quotation marks; `report`: the report's own words. */
  kind?: 'quote' | 'report';
}

/** What is wrong with a citation of the report, or undefined when the words are where it says. */
export function checkCitation(report: readonly string[], citation: ReportCitation): { problem: string; fix: string } | undefined {
  const words = squash(citation.words);
  const missing = citation.paragraphs.filter((n) => n < 1 || n > report.length);
  if (missing.length) {
    return {
      problem: `the report has ${report.length} paragraphs, so ¶${missing.join(', ¶')} does not exist.`,
      fix: `cite the paragraph (1 to ${report.length}) that contains "${words}".`,
    };
  }
  const elsewhere = report.flatMap((p, i) => (squash(p).includes(words) ? [i + 1] : []));
  if (citation.paragraphs.length === 0) {
    return {
      problem: 'it cites the report but no paragraph, so a reader cannot check the words.',
      fix: elsewhere.length ? `add paragraphs: [${elsewhere.join(', ')}]: the words are in ¶${elsewhere.join(', ¶')}.` : 'add the paragraph number(s) where the words appear.',
    };
  }
  const cited = citation.paragraphs.map((n) => squash(report[n - 1]!));
  if (cited.some((p) => p.includes(words))) return undefined;
  if (elsewhere.length) {
    return {
      problem: `"${words}" is not in ¶${citation.paragraphs.join(', ¶')} of the report; it is in ¶${elsewhere.join(', ¶')}.`,
      fix: `cite ¶${elsewhere.join(', ¶')} instead.`,
    };
  }
  const quote = (citation.kind ?? 'quote') === 'quote';
  const passages = quote ? citation.paragraphs.flatMap((n) => quotedPassages(report[n - 1]!).map((q) => `“${q}” (¶${n})`)) : [];
  const nearly = cited.some((p) => loose(p).includes(loose(words)));
  return {
    problem: nearly
      ? `"${words}" differs from the report's words in ¶${citation.paragraphs.join(', ¶')} in punctuation, apostrophes or capitals.`
      : `"${words}" is not what the report says in ¶${citation.paragraphs.join(', ¶')}: ${quote ? "a quote must be the speaker's exact words" : 'what the report said must be quoted exactly'}.`,
    fix: passages.length
      ? `copy the words exactly as the report gives them; it quotes ${passages.join(', ')}.`
      : `copy the words exactly as the report gives them; ¶${citation.paragraphs[0]} reads: ${cited[0]}`,
  };
}

interface CitationData {
  source?: unknown;
  paragraphs?: unknown;
}

function paragraphsOf(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/** Checks every quote in `content/quotes.yaml` that cites the report. */
export function checkQuotesAgainstReport(report: readonly string[], reportId: string, context: EntryCheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, entry] of Object.entries(context.entries)) {
    const quote = entry as { text?: unknown; source?: CitationData } | null;
    if (!quote || typeof quote.text !== 'string' || quote.source?.source !== reportId) continue;
    const wrong = checkCitation(report, { words: quote.text, paragraphs: paragraphsOf(quote.source.paragraphs) });
    if (wrong) problems.push({ file: context.file, ...context.locate([id, 'text']), entry: id, field: 'text', ...wrong });
  }
  return problems;
}

/** Checks every person's `reportError.reportSaid` against the paragraph it names. */
export function checkReportErrorsAgainstReport(report: readonly string[], context: EntryCheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, entry] of Object.entries(context.entries)) {
    const said = (entry as { reportError?: { reportSaid?: unknown; paragraph?: unknown } } | null)?.reportError;
    if (!said || typeof said.reportSaid !== 'string' || typeof said.paragraph !== 'number') continue;
    const wrong = checkCitation(report, { words: said.reportSaid, paragraphs: [said.paragraph], kind: 'report' });
    if (wrong) problems.push({ file: context.file, ...context.locate([id, 'reportError', 'reportSaid']), entry: id, field: 'reportError.reportSaid', ...wrong });
  }
  return problems;
}
