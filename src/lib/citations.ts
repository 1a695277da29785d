// Links and labels for citations: "Report ¶7–8" pointing at the source page's paragraph. Pure: the
// words of a label ("Report", "Reuters, 23 May 2025") are given in the page's language by the
// caller (Citation.astro reads them from content/i18n/<lang>/citation.yaml), and a path is the
// site's own, which the caller puts in the page's edition (`pathInEdition`).
import { paths } from './urls.ts';

/** The path of a source's page, or of one paragraph on it. */
export function sourceHref(sourceId: string, paragraph?: number): string {
  return `${paths.source(sourceId)}${paragraph ? `#p${paragraph}` : ''}`;
}

/** "¶7", "¶7–9", "¶2, ¶5–6": consecutive paragraphs are joined into ranges. */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i]!;
    ranges.push(end === start ? `¶${start}` : `¶${start}–${end}`);
  }
  return ranges.join(', ');
}

/** The words a citation names a source with, in the page's language. */
export interface SourceLabelWords {
  /** What a report is called: "Report". */
  report: string;
  /** An outlet's piece, given the outlet and the day it was published (YYYY-MM-DD): "Reuters, 23 May 2025". */
  piece: (outlet: string, published: string) => string;
}

/** How a citation names a source: "Report" for a report, "Reuters, 23 May 2025" for an outlet's piece. */
export function sourceLabel(
  source: {
    kind: string;
    title: string;
    outlet?: string | undefined;
    published?: string | undefined;
  },
  words: SourceLabelWords,
): string {
  if (source.kind === 'report') return words.report;
  return source.outlet && source.published
    ? words.piece(source.outlet, source.published)
    : source.title;
}

/** True when `sourceLabel` names the source by its own title (a headline, in the source's language). */
export function labelIsTitle(source: {
  kind: string;
  outlet?: string | undefined;
  published?: string | undefined;
}): boolean {
  return source.kind !== 'report' && !(source.outlet && source.published);
}
