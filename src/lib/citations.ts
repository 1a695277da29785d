// Links and labels for citations: "Report ¶7–8" pointing at the source page's paragraph.
import { formatDay } from './dates.ts';
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

/** How a citation names a source: "Report" for a report, "Reuters, 23 May 2025" for an outlet's piece. */
export function sourceLabel(source: {
  kind: string;
  title: string;
  outlet?: string | undefined;
  published?: string | undefined;
}): string {
  if (source.kind === 'report') return 'Report';
  return source.outlet && source.published
    ? `${source.outlet}, ${formatDay(source.published)}`
    : source.title;
}
