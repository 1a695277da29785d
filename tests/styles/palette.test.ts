// Colours live in one place, the design tokens in src/styles/theme.css: no other file in src/ or
// public/ writes one, and what is not a stylesheet (the share cards, the mark and the icons, the
// theme-color meta, the manifest) reads them through src/styles/palette.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GET as manifest } from '../../src/pages/manifest.webmanifest.ts';
import { COLORS } from '../../src/share-images/templates.ts';
import { themeColor } from '../../src/styles/palette.ts';
import { themeColors } from '../../src/styles/theme-tokens.ts';
import { hexColours } from '../support/hex-colours.ts';

const root = join(import.meta.dirname, '..', '..');
const themeCss = readFileSync(join(root, 'src', 'styles', 'theme.css'), 'utf8');

describe('themeColors', () => {
  test('reads the --color-* tokens of the @theme block, not the dark or print overrides, nor comments', () => {
    const css = `/* --color-old: #123456; */
@theme {
  --font-sans: system-ui;
  --color-paper: #fbfaf7; /* the page */
  --color-accent-strong:#083a66;
}
:root { @variant theme-dark { --color-paper: #141518; } }
@media print { :root { --color-paper: #fff; } }`;
    expect(themeColors(css)).toEqual({ paper: '#fbfaf7', 'accent-strong': '#083a66' });
  });

  test('reads the site’s theme: paper, ink, accent and the rest', () => {
    expect(themeColors(themeCss)).toMatchObject({
      paper: expect.any(String),
      ink: expect.any(String),
      accent: expect.any(String),
      'accent-strong': expect.any(String),
    });
  });
});

describe('themeColor', () => {
  test('gives a token’s value in the light scheme', () => {
    expect(themeColor('accent')).toBe(themeColors(themeCss)['accent']);
    expect(themeColor('accent')).toMatch(/^#[0-9a-f]{6}$/i);
  });

  test('fails loudly for a token theme.css does not have, naming the file and the tokens it has', () => {
    expect(() => themeColor('brand')).toThrow(
      /src\/styles\/theme\.css has no --color-brand in its @theme block: .*paper, .*accent/,
    );
  });
});

describe('one place for colours', () => {
  /** Every file under a folder, as paths from the project root. */
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)));

  test('no file in src/ or public/ but src/styles/theme.css writes a colour', () => {
    const elsewhere = [...files('src'), ...files('public')]
      .filter((file) => file !== join('src', 'styles', 'theme.css'))
      .flatMap((file) =>
        hexColours(readFileSync(join(root, file), 'utf8')).map(
          ({ colour, line }) => `${file}:${line} ${colour}`,
        ),
      );
    expect(
      elsewhere,
      'write the colour as a token in src/styles/theme.css and read it with themeColor()',
    ).toEqual([]);
  });

  test('the share cards draw in the theme’s colours, each the token of its name', () => {
    const token = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    expect(Object.keys(COLORS)).toContain('accentStrong');
    for (const [name, colour] of Object.entries(COLORS))
      expect(colour, name).toBe(themeColor(token(name)));
  });

  test('the web app manifest takes its background and theme colour from the theme', async () => {
    const json = (await (await manifest({} as never)).json()) as {
      background_color: string;
      theme_color: string;
    };
    expect(json).toMatchObject({
      background_color: themeColor('paper'),
      theme_color: themeColor('accent'),
    });
  });
});
