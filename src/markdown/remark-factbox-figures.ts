// Fails the build when an article that shows a fact box (or tells its story) writes a number that
// contradicts the fact box's figures, e.g. "1,500 prisoners to each side" when the entry says 1,000.
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { FactBoxFigures } from '../content-layer/content-files.ts';
import type { DataPath } from '../content-layer/source-text.ts';
import { findFigureContradictions } from './figure-check.ts';
import { forEachArticleText } from './article-texts.ts';
import { failAt } from './directive-error.ts';
import { translationOfFile } from './remark-edition-structure.ts';
import { formatNumber } from '../lib/edition-numbers.ts';

export interface RemarkFactBoxFiguresOptions {
  /** Each fact box's figures and the slug of its article, or how to read them: read again for each file, so `astro dev` sees new entries. */
  factboxes: Record<string, FactBoxFigures> | ((path?: string) => Record<string, FactBoxFigures>);
}

function slugOf(file: VFile): string {
  return (file.stem ?? '').toLowerCase();
}

export default function remarkFactBoxFigures(options: RemarkFactBoxFiguresOptions) {
  return (tree: Root, file: VFile) => {
    const factboxes =
      typeof options.factboxes === 'function' ? options.factboxes(file.path) : options.factboxes;
    const boxIds = new Set<string>();
    visit(tree, 'leafDirective', (node) => {
      if (node.name === 'factbox' && node.attributes?.['id']) boxIds.add(node.attributes['id']);
    });
    for (const [id, box] of Object.entries(factboxes)) {
      if (box.article && box.article === slugOf(file)) boxIds.add(id);
    }
    if (boxIds.size === 0) return;

    // A translation's language (its numbers and phrases), or English.
    const lang = translationOfFile(file.path)?.code ?? 'en';
    const check = (text: string, node: Node | undefined, field?: DataPath) => {
      for (const id of boxIds) {
        const box = factboxes[id];
        if (!box) continue;
        const [problem] = findFigureContradictions(text, box.figures, lang);
        if (problem) {
          const right = formatNumber(problem.figure.value, lang === 'en' ? 'en-GB' : lang);
          failAt(
            file,
            node,
            `the number ${problem.written} next to "${problem.phrase}" contradicts the fact box "${id}", whose ${problem.figure.key} figure is ${right} (${problem.figure.label}). Sentence: "${problem.sentence}"`,
            `write ${right} here, or correct the figure in content/factboxes.yaml if the article is right.`,
            field,
          );
        }
      }
    };

    // The headline, dek and key points state numbers too.
    forEachArticleText(tree, file, check);
  };
}
