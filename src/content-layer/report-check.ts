// Words we attribute to the report must be the report's words: each quote's text must stand in
// the paragraph it cites, inside quotation marks the report itself puts there (words it only
// reports are not anyone's own words), and what a person entry says the report got wrong must
// stand in the paragraph it names. A changed word, a tidied phrase or a wrong paragraph number
// fails the build. The report's text ships with the content (`content/sources/`, named by its
// entry's `file` in `content/sources.yaml`), so the check runs on every machine that builds the site.
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

// A passage runs from “ to the next ” (or „ to “, « to »); one left open runs to the paragraph's
// end, as a quote that continues into the next paragraph is written. Straight "…" pairs count
// too, for sources typed plainly. Single marks do not: ’ is also the apostrophe ("nothing’s").
const QUOTED = /„([^“”]*)(?:[“”]|$)|“([^”]*)(?:”|$)|«([^»]*)(?:»|$)|"([^"]*)"/g;

/** The passages a paragraph puts in quotation marks, as written (punctuation inside the marks kept). */
function quotedSpans(paragraph: string): string[] {
  return [...paragraph.matchAll(QUOTED)].map((m) =>
    squash(m.slice(1).find((g) => g !== undefined) ?? ''),
  );
}

/** The passages a paragraph puts in quotation marks, without trailing commas and full stops. */
export function quotedPassages(paragraph: string): string[] {
  return quotedSpans(paragraph)
    .map((q) => q.replace(/[,.]+$/, ''))
    .filter((q) => q !== '');
}

/**
 * Whether a paragraph puts these words in quotation marks: they lie inside one passage it quotes,
 * not merely somewhere in the paragraph. Words the paragraph only reports ("he said that …") are
 * not a quote, whoever said them. Spacing is ignored; every other character must match. Marks
 * around the words themselves (“noted”) are not part of them: the quote schema refuses those.
 */
export function isQuoted(paragraph: string, words: string): boolean {
  const wanted = squash(words)
    .replace(/^[“„«"]+|[”“»"]+$/g, '')
    .trim();
  return wanted !== '' && quotedSpans(paragraph).some((passage) => passage.includes(wanted));
}

export interface ReportCitation {
  /** The words that must appear. */
  words: string;
  /** The paragraphs they are said to be in (1-based). */
  paragraphs: readonly number[];
  /** `quote`: someone's words, which the report puts in quotation marks; `report`: the report's own words. */
  kind?: 'quote' | 'report';
}

type CitationProblem = { problem: string; fix: string };

/** What is wrong with a citation of the report, or undefined when the words are where it says. */
export function checkCitation(
  report: readonly string[],
  citation: ReportCitation,
): CitationProblem | undefined {
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
  const quote = (citation.kind ?? 'quote') === 'quote';
  const containing = citation.paragraphs.filter((n) => squash(report[n - 1]!).includes(words));
  if (containing.length) {
    // The report's own words need only stand there; a quote must be words the report quotes.
    if (!quote || containing.some((n) => isQuoted(report[n - 1]!, words))) return undefined;
    return notQuoted(report, containing, words);
  }
  if (elsewhere.length) {
    return {
      problem: `"${words}" is not in ¶${citation.paragraphs.join(', ¶')} of the report; it is in ¶${elsewhere.join(', ¶')}.`,
      fix: `cite ¶${elsewhere.join(', ¶')} instead.`,
    };
  }
  return notThere(report, citation.paragraphs, words, quote);
}

/** The passages the given paragraphs put in quotation marks, as `“…” (¶n)`. */
function passagesIn(report: readonly string[], paragraphs: readonly number[]): string[] {
  return paragraphs.flatMap((n) => quotedPassages(report[n - 1]!).map((q) => `“${q}” (¶${n})`));
}

/** Words a paragraph holds but only reports, never quotes: shown as a quote, they would put words in someone's mouth. */
function notQuoted(
  report: readonly string[],
  paragraphs: readonly number[],
  words: string,
): CitationProblem {
  const where = `¶${paragraphs.join(', ¶')}`;
  const quotedAt = report.flatMap((p, i) => (isQuoted(p, words) ? [i + 1] : []));
  const passages = paragraphs.flatMap((n) => {
    const quoted = quotedPassages(report[n - 1]!).map((q) => `“${q}”`);
    return quoted.length ? [`¶${n} quotes ${quoted.join(', ')}`] : [];
  });
  const paraphrase = `say it in the article's own words, without quotation marks, and cite the report (${where}) instead of making it a quote.`;
  return {
    problem: `"${words}" is in ${where}, but the report does not put it in quotation marks: it reports what was said, it does not quote it.`,
    fix: quotedAt.length
      ? `cite ¶${quotedAt.join(', ¶')} instead, where the report quotes these words.`
      : passages.length
        ? `quote only words the report puts in quotation marks (${passages.join('; ')}), or ${paraphrase}`
        : `${where} puts no words in quotation marks, so it quotes no one: ${paraphrase}`,
  };
}

/** Words that are not in the cited paragraphs, nor anywhere in the report. */
function notThere(
  report: readonly string[],
  paragraphs: readonly number[],
  words: string,
  quote: boolean,
): CitationProblem {
  const cited = paragraphs.map((n) => squash(report[n - 1]!));
  const passages = quote ? passagesIn(report, paragraphs) : [];
  const nearly = cited.some((p) => loose(p).includes(loose(words)));
  return {
    problem: nearly
      ? `"${words}" differs from the report's words in ¶${paragraphs.join(', ¶')} in punctuation, apostrophes or capitals.`
      : `"${words}" is not what the report says in ¶${paragraphs.join(', ¶')}: ${quote ? "a quote must be the speaker's exact words" : 'what the report said must be quoted exactly'}.`,
    fix: passages.length
      ? `copy the words exactly as the report gives them; it quotes ${passages.join(', ')}.`
      : `copy the words exactly as the report gives them; ¶${paragraphs[0]} reads: ${cited[0]}`,
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
