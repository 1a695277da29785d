// Writes a content folder for the benchmark: the real YAML entries and articles, plus N synthetic
// articles of about 1,200 words with headings, lists, quotes and every component directive. The
// prose is drawn from the real articles' vocabulary with a seeded generator, so runs are repeatable.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';

/** A small, seeded pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words from the real articles' prose: no numbers, no directives, no Markdown. */
export function vocabulary(articlesDir: string): string[] {
  const words = new Set<string>();
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.md'))) {
    const { body } = splitMarkdown(readFileSync(join(articlesDir, name), 'utf8'));
    for (const word of body
      .replace(/:+[a-z]+(\{[^}]*\})?|\[[^\]]*\]\([^)]*\)|[#*_`>]/g, ' ')
      .split(/\s+/)) {
      const clean = word.replace(/[^\p{L}’'-]/gu, '').toLowerCase();
      if (/^\p{L}[\p{L}’'-]*\p{L}$/u.test(clean)) words.add(clean);
    }
  }
  return [...words].sort();
}

const TAGS = [
  'istanbul-talks',
  'diplomacy',
  'prisoner-exchange',
  'ceasefire',
  'sanctions',
  'delegations',
  'analysis',
  'europe',
];

export function syntheticArticle(
  index: number,
  words: readonly string[],
  quoteIds: readonly string[],
): string {
  const random = seeded(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (min = 12, max = 24) => {
    const length = min + Math.floor(random() * (max - min));
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence()).join(' ');
  const heading = () => sentence(3, 7).slice(0, -1);
  const day = String(1 + (index % 28)).padStart(2, '0');
  const hour = String(index % 24).padStart(2, '0');
  const published = `2026-0${1 + (index % 9)}-${day}T${hour}:00:00+00:00`;
  const tags = [...new Set([pick(TAGS), pick(TAGS), 'istanbul-talks'])];

  const sections: string[] = [];
  for (let s = 0; s < 6; s++) {
    sections.push(`## ${heading()} ${s + 1}`, paragraph(), paragraph());
    if (s === 1)
      sections.push(
        `Ukraine’s delegation called the outcome :quote{#${pick(quoteIds)}}, and ${sentence().toLowerCase()}`,
      );
    if (s === 2) sections.push(Array.from({ length: 4 }, () => `- ${sentence(6, 12)}`).join('\n'));
    if (s === 3)
      sections.push(
        `::quote{#${pick(quoteIds)}}`,
        'Under the deal, 1,000 prisoners of war return to each side, 2,000 people in all.',
      );
    if (s === 4) sections.push('::factbox{#prisoner-exchange}', '::timeline{#after-istanbul}');
    if (s === 5) sections.push('::delegations', `### ${heading()}`, paragraph());
  }
  return [
    '---',
    `title: "Synthetic explainer ${index}: ${heading().slice(0, 60)}"`,
    `dek: "${sentence(10, 16)}"`,
    'byline: "Benchmark desk"',
    'section: "Explainer"',
    // The report's day: what every synthetic article, like the real ones, stands as of.
    'asOf: 2025-05-16',
    `published: "${published}"`,
    `updated: "${published}"`,
    `tags: [${tags.join(', ')}]`,
    'keyPoints:',
    ...Array.from({ length: 4 }, () => `  - "${sentence(8, 14)}"`),
    'sources: [istanbul-talks-report]',
    `order: ${100 + index}`,
    '---',
    '',
    paragraph(),
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

/** Makes `dir` a content folder with the real content and `count` synthetic articles; returns the article paths. */
export function writeSyntheticContent(realContent: string, dir: string, count: number): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(realContent, dir, { recursive: true });
  const words = vocabulary(join(realContent, 'articles'));
  const quoteIds = Object.keys(
    parse(readFileSync(join(realContent, 'quotes.yaml'), 'utf8')) as object,
  );
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const file = join(dir, 'articles', `synthetic-${String(i).padStart(5, '0')}.md`);
    writeFileSync(file, syntheticArticle(i, words, quoteIds));
    files.push(file);
  }
  return files;
}
