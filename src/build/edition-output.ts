// What each edition needs of the output beyond its pages, once Astro has written them:
// - its "page not found" where static hosts look for it. The page is a route of every edition
//   (`src/pages/[...locale]/404.astro`), which Astro writes as `404/index.html` and
//   `<lang>/404/index.html`; moved to `404.html` and `<lang>/404.html`, it answers every missing
//   page, and hosts that serve the nearest `404.html` up the path (Netlify, Cloudflare Pages)
//   answer `/uk/…` in Ukrainian;
// - its response headers. `public/_headers` writes each page section once, for the original
//   edition's paths; the sections below its line `# Per edition:` are repeated under each other
//   edition's prefix (`/articles/*` → `/uk/articles/*`), so that an edition added in
//   content/site.yaml gets the same framing, caching and security rules without an edit here.
import { existsSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Moves `404/index.html` to `404.html`, and `<code>/404/index.html` to `<code>/404.html` for each code. */
export function moveNotFoundPages(outDir: string, codes: readonly string[]): void {
  for (const code of ['', ...codes]) {
    const from = join(outDir, code, '404', 'index.html');
    if (!existsSync(from)) continue;
    renameSync(from, join(outDir, code, '404.html'));
    rmdirSync(join(outDir, code, '404'));
  }
}

/** The line of `_headers` after which every section is repeated per edition. */
export const PER_EDITION_MARKER = '# Per edition:';

/**
 * A `_headers` text with the sections after PER_EDITION_MARKER repeated under each code's prefix.
 * A text without the marker is returned as it is.
 */
export function headersPerEdition(text: string, codes: readonly string[]): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(PER_EDITION_MARKER));
  if (start < 0 || codes.length === 0) return text;
  const sections = lines.slice(start + 1).filter((line) => !line.startsWith('#'));
  const copies = codes.map((code) =>
    [
      `# ${code}: the sections above, under /${code}/ (src/build/edition-output.ts)`,
      ...sections.map((line) => (line.startsWith('/') ? `/${code}${line}` : line)),
    ].join('\n'),
  );
  return `${text.trimEnd()}\n\n${copies.map((copy) => copy.trimEnd()).join('\n\n')}\n`;
}

export function editionOutput(codes: readonly string[]): AstroIntegration {
  return {
    name: 'explainer:edition-output',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        moveNotFoundPages(outDir, codes);
        const headers = join(outDir, '_headers');
        if (existsSync(headers))
          writeFileSync(headers, headersPerEdition(readFileSync(headers, 'utf8'), codes));
      },
    },
  };
}
