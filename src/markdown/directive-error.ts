// One way for every Markdown check to fail, so a failed build names the file, line and column (of
// the file as the editor sees it, frontmatter included), what is wrong and how to fix it.
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { ContentError } from '../content-layer/content-error.ts';
import type { ContentProblem } from '../lib/content-problem.ts';
import {
  locateFrontmatterField,
  markdownBodyLineOffset,
  type DataPath,
} from '../content-layer/source-text.ts';

export { ContentError };

/** The problem at a node of the Markdown body, or at a frontmatter field when there is no node. */
export function problemAt(
  file: VFile,
  node: Node | undefined,
  problem: string,
  fix: string,
  frontmatterField?: DataPath,
): ContentProblem {
  const path = file.path || '<markdown>';
  const start = node?.position?.start;
  if (start) {
    return {
      file: path,
      line: start.line + (file.path ? markdownBodyLineOffset(file.path, String(file.value)) : 0),
      column: start.column,
      problem,
      fix,
    };
  }
  if (frontmatterField && file.path) {
    const field = frontmatterField
      .map((part) => (typeof part === 'number' ? `[${part}]` : part))
      .join('.')
      .replace(/\.\[/g, '[');
    return {
      file: path,
      ...locateFrontmatterField(file.path, frontmatterField),
      field,
      problem,
      fix,
    };
  }
  return { file: path, problem, fix };
}

/** Throws an error that starts with `file:line:column` and ends with how to fix it. */
export function failAt(
  file: VFile,
  node: Node | undefined,
  problem: string,
  fix: string,
  frontmatterField?: DataPath,
): never {
  throw new ContentError([problemAt(file, node, problem, fix, frontmatterField)]);
}
