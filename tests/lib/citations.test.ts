// Citation links and labels: "Report ¶7–8" pointing at the paragraph on the source's page, the
// source named in the words of the page's language.
import { describe, expect, test } from 'vitest';
import {
  formatParagraphs,
  labelIsTitle,
  sourceHref,
  sourceLabel,
  type SourceLabelWords,
} from '../../src/lib/citations.ts';

describe('sourceHref', () => {
  test('links to one paragraph of a source page', () => {
    expect(sourceHref('istanbul-talks-report', 8)).toBe('/sources/istanbul-talks-report/#p8');
    expect(sourceHref('istanbul-talks-report', 17)).toBe('/sources/istanbul-talks-report/#p17');
  });

  test('links to the source page itself when no paragraph is given', () => {
    expect(sourceHref('public-record')).toBe('/sources/public-record/');
    expect(sourceHref('istanbul-talks-report', undefined)).toBe('/sources/istanbul-talks-report/');
  });
});

describe('formatParagraphs', () => {
  test.each<[number[], string]>([
    [[7], '¶7'],
    [[7, 8], '¶7–8'],
    [[7, 8, 9], '¶7–9'],
    [[2, 5, 6], '¶2, ¶5–6'],
    [[5, 8, 9, 10], '¶5, ¶8–10'],
    [[15, 17, 18], '¶15, ¶17–18'],
    [[3, 15, 16], '¶3, ¶15–16'],
    [[5, 11, 13, 17], '¶5, ¶11, ¶13, ¶17'],
  ])('%j reads "%s"', (paragraphs, label) => {
    expect(formatParagraphs(paragraphs)).toBe(label);
  });

  test('joins a range with an en dash, not a hyphen', () => {
    expect(formatParagraphs([7, 8])).toBe('¶7\u20138');
  });

  test('sorts the paragraphs and drops repeats', () => {
    expect(formatParagraphs([9, 7, 8, 7])).toBe('¶7–9');
    expect(formatParagraphs([18, 2, 2])).toBe('¶2, ¶18');
  });

  test('no paragraphs give no label', () => {
    expect(formatParagraphs([])).toBe('');
  });
});

describe('sourceLabel', () => {
  const english: SourceLabelWords = {
    report: 'Report',
    piece: (outlet, published) => `${outlet}, ${published}`,
  };
  const ukrainian: SourceLabelWords = {
    report: 'Звіт',
    piece: (outlet, published) => `${outlet} від ${published}`,
  };
  const report = { kind: 'report', title: 'News report on the Istanbul talks' };
  const piece = {
    kind: 'public-record',
    title: 'Russia and Ukraine complete largest prisoner swap',
    outlet: 'CNA',
    published: '2025-05-25',
  };
  const untitled = { kind: 'public-record', title: 'A headline' };

  test('a report is named by the word for a report, in the words given', () => {
    expect(sourceLabel(report, english)).toBe('Report');
    expect(sourceLabel(report, ukrainian)).toBe('Звіт');
  });

  test('an outlet’s piece by its outlet and day, as the words given put them', () => {
    expect(sourceLabel(piece, english)).toBe('CNA, 2025-05-25');
    expect(sourceLabel(piece, ukrainian)).toBe('CNA від 2025-05-25');
  });

  test('anything else by its own title, in its own language', () => {
    expect(sourceLabel(untitled, ukrainian)).toBe('A headline');
    expect(labelIsTitle(untitled)).toBe(true);
    expect(labelIsTitle(report)).toBe(false);
    expect(labelIsTitle(piece)).toBe(false);
  });
});
