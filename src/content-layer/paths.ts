// Where the content lives. `CONTENT_DIR` points the build at another copy (the benchmark and the
// malformed-content tests use it); otherwise it is `content/` at the repository root.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

export const contentDir: string = process.env['CONTENT_DIR'] ?? './content';

/**
 * True while `astro build` renders the pages (Vite's production mode): the content cannot change
 * under it, so a file read once is not `stat`ed again. Thousands of pages each ask for dozens of
 * entries and texts: at 100 articles the `stat` calls alone cost 0.8 s of a 13 s build. `astro
 * dev`, the build's own checks (plain Node, no `import.meta.env`) and the tests read a file again
 * when it changed.
 */
export function contentIsSettled(): boolean {
  return (import.meta.env as { PROD?: boolean } | undefined)?.PROD === true;
}

/** Markdown files under a folder, skipping drafts: any file or folder whose name starts with `_`. */
export function listMarkdownFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => name.split(sep).join('/'))
    .filter((name) => name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('_')))
    .sort();
}

/** True for a file (its path under the base) inside the folders a collection reads (`uk/articles`). */
export function inFolders(entry: string, folders: string | undefined): boolean {
  if (!folders) return true;
  const pattern = new RegExp(
    `^${folders
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}/[^/]+$`,
  );
  return pattern.test(entry);
}

/** The id (and address) an article file gets: its path without `.md`. */
export function articleId(entry: string): string {
  return entry.replace(/\.md$/, '');
}
