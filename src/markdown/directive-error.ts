// One error type for every Markdown check, so a failed build names the file, line and column.
import type { Node } from 'unist';
import type { VFile } from 'vfile';

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/** Throws an error that starts with `file:line:column` and ends with how to fix it. */
export function failAt(file: VFile, node: Node | undefined, problem: string, fix: string): never {
  const start = node?.position?.start;
  const where = `${file.path || '<markdown>'}${start ? `:${start.line}:${start.column}` : ''}`;
  throw new ContentError(`${where}: ${problem}\n  How to fix: ${fix}`);
}
