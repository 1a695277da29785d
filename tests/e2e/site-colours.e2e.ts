// The built site's colours all come from the design tokens in src/styles/theme.css: every colour
// in dist/ is one of them, and the favicon, the manifest and every page's theme-color meta show
// the theme's accent and paper. (The share cards and icons: tests/styles/palette.test.ts.)
// They only read dist/, so they run once, in the `built-files` project.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { themeColors } from '../../src/styles/theme-tokens.ts';
import { hexColours } from '../support/hex-colours.ts';
import { distDir } from '../support/site-pages.ts';

const themeCss = readFileSync(
  join(import.meta.dirname, '..', '..', 'src', 'styles', 'theme.css'),
  'utf8',
);
const light = themeColors(themeCss);

/** The files of dist/ the site's own sources write, as paths inside it (Pagefind's files are its own). */
const builtTextFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(html|css|js|svg|webmanifest|json|xml)$/.test(entry.name))
  .map((entry) => relative(distDir, join(entry.parentPath, entry.name)))
  .filter((file) => !file.startsWith('pagefind'));

test('every colour in the built site is one that theme.css writes', () => {
  // The light, dark and print values; and #0000, which the CSS minifier writes for `transparent`.
  const allowed = new Set([...hexColours(themeCss).map(({ colour }) => colour), '#0000']);
  const strays = builtTextFiles.flatMap((file) =>
    hexColours(readFileSync(join(distDir, file), 'utf8'))
      .filter(({ colour }) => !allowed.has(colour))
      .map(({ colour, line }) => `${file}:${line} ${colour}`),
  );
  expect(builtTextFiles.length).toBeGreaterThan(30);
  expect(strays).toEqual([]);
});

test('the favicon, the manifest and every page’s theme-color are the theme’s accent and paper', () => {
  const favicon = readFileSync(join(distDir, 'favicon.svg'), 'utf8');
  expect([...favicon.matchAll(/fill="([^"]+)"/g)].map(([, fill]) => fill)).toEqual([
    light['accent'],
    light['paper'],
    light['paper'],
  ]);

  const manifest = JSON.parse(
    readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8'),
  ) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    theme_color: light['accent'],
    background_color: light['paper'],
  });

  const pages = builtTextFiles.filter(
    (file) => file.endsWith('.html') && !/^([a-z]{2}\/)?embed\//.test(file),
  );
  for (const page of pages) {
    const themeColor = /<meta name="theme-color" content="([^"]*)"/.exec(
      readFileSync(join(distDir, page), 'utf8'),
    )?.[1];
    expect(themeColor, page).toBe(light['accent']);
  }
  expect(pages.length).toBeGreaterThan(10);
});
