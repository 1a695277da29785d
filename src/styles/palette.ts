// The site's colours for what is not a stylesheet: the share cards, the mark and the icons made
// from it, the theme-color meta and the web app manifest. They are read from the design tokens in
// theme.css (its `@theme` block, the light scheme), the one place a colour is written: change a
// token there and all of these follow. (Read through Vite, so a change reaches `npm run dev` too.)
import themeCss from './theme.css?raw';
import { themeColors } from './theme-tokens.ts';

const LIGHT = themeColors(themeCss);

/** A colour of the light scheme, by its token's name: `themeColor('accent')` is `--color-accent`. */
export function themeColor(token: string): string {
  const value = LIGHT[token];
  if (value === undefined) {
    throw new Error(
      `src/styles/theme.css has no --color-${token} in its @theme block: add it there, or use one of ${Object.keys(LIGHT).join(', ')}.`,
    );
  }
  // The share cards, the icons and the manifest need a plain colour that every renderer reads.
  if (!/^#[0-9a-f]{6}$/i.test(value)) {
    throw new Error(
      `src/styles/theme.css: --color-${token} is "${value}"; the share images, icons and manifest read it, so write it as #rrggbb.`,
    );
  }
  return value;
}
