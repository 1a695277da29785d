// A project folder in a temporary directory with article files and a built site, for tests of the
// checks that read both: `projectWith({ "a.md": markdown }, { "/articles/a/": html })`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuiltSite } from './built-site.ts';

export function projectWith(
  articleFiles: Record<string, string>,
  builtPages: Record<string, string>,
) {
  const root = mkdtempSync(join(tmpdir(), 'project-'));
  const articles = join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  for (const [name, markdown] of Object.entries(articleFiles))
    writeFileSync(join(articles, name), markdown);
  for (const [path, html] of Object.entries(builtPages)) {
    mkdirSync(join(root, 'dist', path), { recursive: true });
    writeFileSync(join(root, 'dist', path, 'index.html'), html);
  }
  return { root, articles, dist: join(root, 'dist'), site: readBuiltSite(join(root, 'dist')) };
}
