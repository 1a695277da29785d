// Words we attribute to the report must be the report's words: each quote's text must stand in
// the paragraph it cites, and so must what a person entry says the report got wrong. A changed
// word, a tidied phrase or a wrong paragraph number fails the build. The report's text ships with
// the content (`content/sources/`, named by its entry's `file` in `content/sources.yaml`), so the
// check runs on every machine that builds the site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import { readDataCollection } from './content-files.ts';
import type { EntryCheckContext } from './strict-file-loader.ts';

/** A source's text as the checks read it: its paragraphs (¶1 first), or why it cannot be read. */
export type SourceText = { file: string; paragraphs: string[] } | { file: string; problem: string };

/** A text file's paragraphs, one a line, ¶1 first; blank lines do not count. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/**
 * The texts of the sources that have one (`file:` in `content/sources.yaml`), by source id, or
 * undefined when content/sources.yaml itself cannot be read (its loader says why, and the checks
 * that need a text wait for it). A text that cannot be read comes back with its problem: the
 * sources' loader reports it with its line.
 */
export function readSourceTexts(contentDir: string): Map<string, SourceText> | undefined {
  const sources = readDataCollection(contentDir, 'sources');
  if (sources.unreadable) return undefined;
  const texts = new Map<string, SourceText>();
  for (const [id, entry] of sources.entries) {
    if (!entry.file) continue;
    const file = join(contentDir, entry.file).replace(/^\.\//, '');
    try {
      texts.set(id, { file, paragraphs: splitParagraphs(readFileSync(file, 'utf8')) });
    } catch {
      texts.set(id, { file, problem: `${file} cannot be read` });
    }
  }
  return texts;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const loose = (text: string) =>
  squash(text)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}' ]/gu, '');

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
export function checkCitation(
  report: readonly string[],
  citation: ReportCitation,
): { problem: string; fix: string } | undefined {
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
      fix: elsewhere.length
        ? `add paragraphs: [${elsewhere.join(', ')}]: the words are in ¶${elsewhere.join(', ¶')}.`
        : 'add the paragraph number(s) where the words appear.',
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
  const passages = quote
    ? citation.paragraphs.flatMap((n) =>
        quotedPassages(report[n - 1]!).map((q) => `“${q}” (¶${n})`),
      )
    : [];
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

/** Checks every quote in `content/quotes.yaml` that cites a source whose text the project holds. */
export function checkQuotesAgainstSources(
  texts: ReadonlyMap<string, SourceText>,
  context: EntryCheckContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, entry] of Object.entries(context.entries)) {
    const quote = entry as { text?: unknown; source?: CitationData } | null;
    const text =
      typeof quote?.source?.source === 'string' ? texts.get(quote.source.source) : undefined;
    // A text that cannot be read is reported once, at its entry in content/sources.yaml
    // (checkSourceFiles), not again at every quote that cites it.
    if (!quote || typeof quote.text !== 'string' || !text || 'problem' in text) continue;
    const wrong = checkCitation(text.paragraphs, {
      words: quote.text,
      paragraphs: paragraphsOf(quote.source?.paragraphs),
    });
    if (wrong)
      problems.push({
        file: context.file,
        ...context.locate([id, 'text']),
        entry: id,
        field: 'text',
        ...wrong,
      });
  }
  return problems;
}

/** Checks every person's `reportError.reportSaid` against the paragraph of the report it names. */
export function checkReportErrorsAgainstReport(
  texts: ReadonlyMap<string, SourceText>,
  reportId: string,
  context: EntryCheckContext,
): ContentProblem[] {
  const report = texts.get(reportId);
  const problems: ContentProblem[] = [];
  for (const [id, entry] of Object.entries(context.entries)) {
    const said = (entry as { reportError?: { reportSaid?: unknown; paragraph?: unknown } } | null)
      ?.reportError;
    if (!said || typeof said.reportSaid !== 'string' || typeof said.paragraph !== 'number')
      continue;
    // A report text that cannot be read is reported once, at its entry in content/sources.yaml.
    if (report && 'problem' in report) continue;
    const wrong = !report
      ? {
          problem: `the report ("${reportId}") has no text in the project to check these words against.`,
          fix: `give "${reportId}" in content/sources.yaml a \`file\` with its text.`,
        }
      : checkCitation(report.paragraphs, {
          words: said.reportSaid,
          paragraphs: [said.paragraph],
          kind: 'report',
        });
    if (wrong)
      problems.push({
        file: context.file,
        ...context.locate([id, 'reportError', 'reportSaid']),
        entry: id,
        field: 'reportError.reportSaid',
        ...wrong,
      });
  }
  return problems;
}

/**
 * Checks each source that names its text (`file:`): the file is there, and it has as many paragraphs
 * as the entry describes, so that ¶ numbers point at the same words in both.
 */
export function checkSourceFiles(
  texts: ReadonlyMap<string, SourceText>,
  context: EntryCheckContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, entry] of Object.entries(context.entries)) {
    const text = texts.get(id);
    if (!text) continue;
    if ('problem' in text) {
      problems.push({
        file: context.file,
        ...context.locate([id, 'file']),
        entry: id,
        field: 'file',
        problem: `${text.problem}: without it no quote that cites "${id}" can be checked.`,
        fix: `put the source's text at ${text.file}, one paragraph a line, or correct the path (relative to the content folder).`,
      });
      continue;
    }
    const described = (entry as { paragraphs?: unknown } | null)?.paragraphs;
    if (
      Array.isArray(described) &&
      described.length > 0 &&
      described.length !== text.paragraphs.length
    ) {
      problems.push({
        file: context.file,
        ...context.locate([id, 'paragraphs']),
        entry: id,
        field: 'paragraphs',
        problem: `the entry describes ${described.length} paragraphs, but ${text.file} has ${text.paragraphs.length} (one a line, blank lines not counted).`,
        fix: `describe each paragraph of ${text.file} once, in order, so that ¶ numbers point at the same words in both.`,
      });
    }
  }
  return problems;
}
