// The site's mark: a rounded square in the accent colour with a paper-coloured "i". Served as
// /favicon.svg (src/pages/favicon.svg.ts), drawn in every share card's masthead (assets.ts) and
// rasterised into the app icons and favicon.ico (site-icons.ts); its colours are the theme's.
import { readSiteTexts } from '../content-layer/translations.ts';
import { themeColor } from '../styles/palette.ts';

const accent = themeColor('accent');
const paper = themeColor('paper');
const title = readSiteTexts().name.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The mark as an SVG document, 64×64. */
export const MARK_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <title>${title}</title>
  <rect width="64" height="64" rx="14" fill="${accent}"/>
  <circle cx="32.5" cy="16" r="6" fill="${paper}"/>
  <path d="M22 26H37V47H42V54H22V47H27V33H22Z" fill="${paper}"/>
</svg>
`;
