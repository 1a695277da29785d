// The built share images and icons: one 1200×630 PNG under 150 KB for the home page and for every
// article, tag, quote and fact box in content/, and the icons and manifest at the site's root.
// They only read dist/, so they run once, in the `built-files` project.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { splitMarkdown } from '../../src/content-layer/source-text.ts';
import { paths } from '../../src/lib/urls.ts';
import { pngDimensions } from '../support/png.ts';
import { distDir } from '../support/site-pages.ts';

const contentDir = join(import.meta.dirname, '..', '..', process.env['CONTENT_DIR'] ?? 'content');
const readYaml = (file: string) =>
  parse(readFileSync(join(contentDir, file), 'utf8')) as Record<string, unknown>;

/** What content/ says should have a share image, as the paths the pages link to. */
function expectedShareImages(): string[] {
  const articleFiles = readdirSync(join(contentDir, 'articles')).filter(
    (f) => f.endsWith('.md') && !f.startsWith('_'),
  );
  const tags = new Set<string>();
  for (const file of articleFiles) {
    const frontmatter = parse(
      splitMarkdown(readFileSync(join(contentDir, 'articles', file), 'utf8')).frontmatter ?? '',
    ) as { tags: string[] };
    for (const tag of frontmatter.tags) tags.add(tag);
  }
  return [
    paths.shareImage('home', 'site'),
    ...articleFiles.flatMap((f) => [
      paths.shareImage('article', basename(f, '.md')),
      ...RATIOS.map(([ratio]) => paths.shareImage('article', `${basename(f, '.md')}-${ratio}`)),
    ]),
    ...[...tags].map((t) => paths.shareImage('tag', t)),
    ...Object.keys(readYaml('quotes.yaml')).map((id) => paths.shareImage('quote', id)),
    ...Object.keys(readYaml('factboxes.yaml')).map((id) => paths.shareImage('fact', id)),
  ].sort();
}

/** Articles' extra sizes for JSON-LD: 16:9, 4:3 and 1:1, 1200 px wide. */
const RATIOS = [
  ['16x9', 675],
  ['4x3', 900],
  ['1x1', 1200],
] as const;
const expectedHeight = (path: string) =>
  RATIOS.find(([ratio]) => path.endsWith(`-${ratio}.png`))?.[1] ?? 630;

function builtShareImages(): string[] {
  const og = join(distDir, 'og');
  return readdirSync(og, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(og, f)).isFile())
    .map((f) => `/og/${f.split('\\').join('/')}`)
    .sort();
}

test('dist/og/ holds exactly one share image for the home page and each article (with its three JSON-LD ratios), tag, quote and fact box', () => {
  const expected = expectedShareImages();
  expect(expected.filter((p) => p.startsWith('/og/quote/'))).toHaveLength(10);
  expect(builtShareImages()).toEqual(expected);
});

test('every share image is a 1200×630 PNG (ratio variants 1200 wide) under 150 KB', () => {
  const sizes: string[] = [];
  for (const path of builtShareImages()) {
    const bytes = readFileSync(join(distDir, path));
    expect(pngDimensions(bytes), path).toEqual({ width: 1200, height: expectedHeight(path) });
    expect(bytes.length, `${path} is ${bytes.length} bytes`).toBeLessThan(150 * 1024);
    sizes.push(`${path} ${(bytes.length / 1024).toFixed(1)} KB`);
  }
  test.info().annotations.push({ type: 'sizes', description: sizes.join('\n') });
});

test('the icons are built from the mark at their sizes, and the manifest lists the app icons', () => {
  for (const [file, size] of [
    ['favicon-32.png', 32],
    ['apple-touch-icon.png', 180],
    ['icon-192.png', 192],
    ['icon-512.png', 512],
  ] as const) {
    const bytes = readFileSync(join(distDir, file));
    expect(pngDimensions(bytes), file).toEqual({ width: size, height: size });
    expect(bytes.length, file).toBeLessThan(10 * 1024);
  }
  expect(readFileSync(join(distDir, 'favicon.svg'), 'utf8')).toContain('<svg');
  expect(readFileSync(join(distDir, 'favicon.ico')).readUInt16LE(4)).toBe(3);
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
    icons: { src: string; sizes: string }[];
  };
  expect(manifest.icons).toEqual(
    expect.arrayContaining([
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ]),
  );
});
