// Keeps an edition's translation of an article (`content/translations/<lang>/articles/<slug>.md`)
// the same article as the English: the same component directives in the same order (the same
// fact boxes, timelines and quotes), and the same headings at the same levels. Each translated
// heading takes the id the English heading has, so `#the-numbers` is the same section in every
// edition and the language switcher's links, deep links and the section lists agree. Any other
// file passes untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { splitMarkdown } from '../content-layer/source-text.ts';
import { failAt } from './directive-error.ts';

export interface RemarkEditionStructureOptions {
  /** The content folder, where `articles/<slug>.md` is the English of a translation. */
  contentDir: string;
}

/** The edition and article of a translation's file, or undefined for any other file. */
export function translationOfFile(
  path: string | undefined,
): { code: string; slug: string } | undefined {
  const match = /(?:^|[\\/])translations[\\/]([a-z]{2,3})[\\/]articles[\\/]([^\\/]+)\.md$/.exec(
    path ?? '',
  );
  return match ? { code: match[1]!, slug: match[2]! } : undefined;
}

interface Structure {
  /** Each component directive, as written: `::factbox{#prisoner-exchange}`. */
  directives: { label: string; node: Node }[];
  /** Each heading: its level, the id its text gives, and the node. */
  headings: { depth: number; id: string; node: Heading }[];
}

function structureOf(tree: Root): Structure {
  const directives: Structure['directives'] = [];
  const headings: Structure['headings'] = [];
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (
      node.type === 'leafDirective' ||
      node.type === 'textDirective' ||
      node.type === 'containerDirective'
    ) {
      const colons =
        node.type === 'leafDirective' ? '::' : node.type === 'containerDirective' ? ':::' : ':';
      const id = node.attributes?.['id'];
      directives.push({ label: `${colons}${node.name}${id ? `{#${id}}` : ''}`, node });
    }
    if (node.type === 'heading')
      headings.push({ depth: node.depth, id: slugger.slug(toString(node)), node });
  });
  return { directives, headings };
}

const parser = unified().use(remarkParse).use(remarkDirective);

export default function remarkEditionStructure(options: RemarkEditionStructureOptions) {
  return (tree: Root, file: VFile) => {
    const translation = translationOfFile(file.path);
    if (!translation) return;
    const englishFile = join(options.contentDir, 'articles', `${translation.slug}.md`);
    let englishText: string;
    try {
      englishText = readFileSync(englishFile, 'utf8');
    } catch {
      failAt(
        file,
        undefined,
        `there is no English article ${englishFile} for this file to translate.`,
        `name the file as the English article it translates (content/articles/<slug>.md), or remove it.`,
      );
    }
    const english = structureOf(parser.parse(splitMarkdown(englishText).body));
    const translated = structureOf(tree);
    const count = Math.max(english.directives.length, translated.directives.length);
    for (let i = 0; i < count; i++) {
      const want = english.directives[i]?.label;
      const have = translated.directives[i];
      if (want === have?.label) continue;
      const inEnglish = !!have && english.directives.some((d) => d.label === have.label);
      failAt(
        file,
        have?.node,
        !have
          ? `the English article has ${want} here (its directive number ${i + 1}), which this translation lacks.`
          : !inEnglish
            ? `the English article has no directive ${have.label}: a translation shows what the English shows, no more.`
            : `the directive ${have.label} is not the English article's ${want ? `${want} (its directive number ${i + 1})` : 'own: it has no more directives'}.`,
        `place the same directives as ${englishFile}, in the same order: ${english.directives.map((d) => d.label).join(', ') || 'none'}.`,
      );
    }
    const levels = (list: Structure['headings']) => list.map((h) => '#'.repeat(h.depth)).join(' ');
    if (levels(english.headings) !== levels(translated.headings))
      failAt(
        file,
        translated.headings.find((h, i) => h.depth !== english.headings[i]?.depth)?.node,
        `its headings (${levels(translated.headings) || 'none'}) are not the English article's (${levels(english.headings)}).`,
        `translate each heading of ${englishFile}, at the same level and in the same order, and add none.`,
      );
    // Each heading keeps the English heading's id (rehype-slug keeps an id already there).
    translated.headings.forEach((heading, i) => {
      const data = (heading.node.data ??= {});
      data.hProperties = { ...data.hProperties, id: english.headings[i]!.id };
    });
  };
}
