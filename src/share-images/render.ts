// Share images: the 1200×630 news card drawn for a page, from plain data. Builds satori's element
// tree, loads the fonts from npm packages, rasterises to a palette PNG, and caches each PNG under a
// hash of everything it draws so an unchanged page is never redrawn.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriNode } from 'satori';
import sharp from 'sharp';
import { extendPalettePngMany } from './png-extend';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/**
 * Part of the cache key. The key already covers the whole element tree (so any change to the
 * card's text, layout, sizes or colours), the encoder settings, the fonts and the renderers'
 * versions; raise this only to force every image to be redrawn for some other reason.
 */
export const TEMPLATE_VERSION = 1;

/** Where PNGs are kept between builds: inside Astro's cacheDir, which is git-ignored. */
export const DEFAULT_CACHE_DIR = resolve(process.env['ASTRO_CACHE_DIR'] ?? '.astro', 'share-images');

/** The site's colours (src/styles/global.css, light scheme). */
export const COLORS = {
  paper: '#fbfaf7',
  surface: '#f1eee6',
  ink: '#1b1b1f',
  muted: '#55555f',
  accent: '#0b4f8a',
  accentStrong: '#083a66',
  rule: '#d8d3c7',
} as const;

export type ShareImageKind = 'home' | 'article' | 'tag' | 'quote' | 'fact';

interface CardCommon {
  /** The site's name, shown in the masthead line. */
  site: string;
  /** The site's host, e.g. `istanbul-talks.example.org`, shown bottom right. */
  host: string;
}

/** A headline card: an article, a tag page or the home page. */
export interface StoryCard extends CardCommon {
  kind: 'home' | 'article' | 'tag';
  /** The small label above the headline: the section, "Topic", ... */
  kicker: string;
  title: string;
  dek: string;
  /** The date line, already worded: "27 November 2026" or "Updated 28 November 2026". */
  date: string;
}

export interface QuoteCard extends CardCommon {
  kind: 'quote';
  /** The words exactly as the content gives them, without quotation marks. */
  text: string;
  speaker: string;
  role: string;
  /** When it was said, worded; empty when unknown. */
  date: string;
}

export interface FactCard extends CardCommon {
  kind: 'fact';
  title: string;
  /** The key figures, in the content's order; the card shows the first three. */
  figures: { value: number; label: string }[];
  /** Where things stand, e.g. "Agreed, not yet carried out". */
  status: string;
  date: string;
}

export type ShareCard = StoryCard | QuoteCard | FactCard;

// ---------------------------------------------------------------------------------------------
// Fonts

/** A font file as satori takes it. */
export interface ShareFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
}

/** The typefaces of the card; each subset is a family of its own so satori falls back across them. */
export interface FontFamilySpec {
  /** The npm package that ships the .woff files. */
  pkg: string;
  /** The file prefix inside the package's `files/`. */
  file: string;
  /** The family name the card's styles use. */
  family: string;
  weights: ShareFont['weight'][];
  subsets: string[];
}

/** Latin covers English and Turkish ç and ı; Latin Extended ğ, ş and İ; Cyrillic Ukrainian and Russian. */
export const SUBSETS = ['latin', 'latin-ext', 'cyrillic'];

/** Headlines, quotes and figures: Source Serif 4 Bold (SIL Open Font License). */
const SERIF_FAMILY: FontFamilySpec = { pkg: '@fontsource/source-serif-4', file: 'source-serif-4', family: 'Source Serif 4', weights: [700], subsets: SUBSETS };
/** Labels, deks and the footer: Source Sans 3 Regular and Bold (SIL Open Font License). */
const SANS_FAMILY: FontFamilySpec = { pkg: '@fontsource/source-sans-3', file: 'source-sans-3', family: 'Source Sans 3', weights: [400, 700], subsets: SUBSETS };

export const FONT_FAMILIES: FontFamilySpec[] = [SERIF_FAMILY, SANS_FAMILY];

/** The family name of one subset: the Latin subset keeps the plain name. */
function subsetFamily(family: string, subset: string): string {
  return subset === 'latin' ? family : `${family} ${subset}`;
}

/** A CSS font-family list that tries every subset of a family in turn. */
function familyStack(spec: FontFamilySpec): string {
  return spec.subsets.map((s) => subsetFamily(spec.family, s)).join(', ');
}

const SERIF = familyStack(SERIF_FAMILY);
const SANS = familyStack(SANS_FAMILY);

// Resolve from the project root: the build bundles this module into another folder.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

/** Reads the .woff files of the given families from their npm packages. */
export async function loadFonts(families: FontFamilySpec[] = FONT_FAMILIES): Promise<ShareFont[]> {
  const fonts: Promise<ShareFont>[] = [];
  for (const spec of families) {
    for (const subset of spec.subsets) {
      for (const weight of spec.weights) {
        const path = projectRequire.resolve(`${spec.pkg}/files/${spec.file}-${subset}-${weight}-normal.woff`);
        fonts.push(readFile(path).then((data) => ({ name: subsetFamily(spec.family, subset), weight, style: 'normal', data })));
      }
    }
  }
  return Promise.all(fonts);
}

/** The brand mark (public/favicon.svg), drawn in the card's masthead. */
export async function loadMark(path = resolve('public', 'favicon.svg')): Promise<string> {
  return readFile(path, 'utf8');
}

/** Everything besides the card's data that changes what is drawn. */
export interface ShareImageAssets {
  fonts: ShareFont[];
  /** SVG source of the brand mark. */
  mark: string;
}

let defaultAssets: Promise<ShareImageAssets> | undefined;

/** The fonts and mark, read once per process. */
export function loadAssets(): Promise<ShareImageAssets> {
  defaultAssets ??= Promise.all([loadFonts(), loadMark()]).then(([fonts, mark]) => ({ fonts, mark }));
  return defaultAssets;
}

// ---------------------------------------------------------------------------------------------
// The element tree (satori reads React-like `{ type, props }` objects; no JSX needed)

type Style = Record<string, string | number>;
export type ShareChild = ShareElement | string;
export interface ShareElement {
  type: string;
  /** Names the card's regions (`masthead`, `body`, `footer`) so tests can find them in the layout. */
  key: string | null;
  props: { style?: Style; children?: ShareChild | ShareChild[]; src?: string; width?: number; height?: number };
}

function h(type: string, style: Style, ...children: ShareChild[]): ShareElement {
  const [only] = children;
  return { type, key: null, props: { style, children: children.length === 1 && only !== undefined ? only : children } };
}

const PAD_X = 72;

/** A text block that shows at most `lines` lines and ends a longer text with "…". */
function clamped(text: string, lines: number, style: Style): ShareElement {
  // flexShrink 0: a flex column would otherwise squash the block and cut its last line in half.
  return h('div', { display: 'block', lineClamp: lines, overflow: 'hidden', flexShrink: 0, ...style }, text);
}

/** Headline size: the longer the text, the smaller the type, so most titles fit without clamping. */
function headlineSize(text: string, sizes: [maxLength: number, px: number][]): number {
  for (const [maxLength, px] of sizes) if (text.length <= maxLength) return px;
  return sizes[sizes.length - 1]![1];
}

function kickerLine(kicker: string): ShareElement {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 14 },
    h('div', { width: 72, height: 6, backgroundColor: COLORS.accent }),
    clamped(kicker.toUpperCase(), 1, {
      fontFamily: SANS, fontWeight: 700, fontSize: 24, letterSpacing: 3, color: COLORS.accent, lineHeight: 1.2,
    }),
  );
}

function masthead(card: ShareCard, mark: string): ShareElement {
  const markImage: ShareElement = {
    type: 'img',
    key: null,
    props: { src: `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`, width: 44, height: 44, style: { flexShrink: 0 } },
  };
  // The home card's headline is the site's name: the masthead then shows the mark alone.
  const name = 'title' in card && card.title === card.site ? [] : [
    clamped(card.site, 1, { fontFamily: SERIF, fontWeight: 700, fontSize: 28, color: COLORS.ink, lineHeight: 1.2, flexShrink: 1, minWidth: 0 }),
  ];
  return { ...h('div', { display: 'flex', alignItems: 'center', gap: 16, minHeight: 44, flexShrink: 0 }, markImage, ...name), key: 'masthead' };
}

function footer(date: string, host: string): ShareElement {
  const text: Style = { fontFamily: SANS, fontWeight: 400, fontSize: 24, color: COLORS.muted, lineHeight: 1.2 };
  const element = h(
    'div',
    {
      display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 24,
      borderTop: `2px solid ${COLORS.rule}`, paddingTop: 20, marginTop: 'auto', flexShrink: 0,
    },
    clamped(date, 1, { ...text, flexShrink: 1, minWidth: 0 }),
    clamped(host, 1, { ...text, fontWeight: 700, color: COLORS.accentStrong, flexShrink: 0 }),
  );
  return { ...element, key: 'footer' };
}

function storyBody(card: StoryCard): ShareElement[] {
  const size = headlineSize(card.title, [[40, 76], [64, 66], [90, 58], [Infinity, 52]]);
  return [
    kickerLine(card.kicker),
    clamped(card.title, 3, {
      fontFamily: SERIF, fontWeight: 700, fontSize: size, lineHeight: 1.12, color: COLORS.ink, marginTop: 18,
      letterSpacing: -0.5,
    }),
    clamped(card.dek, size >= 66 ? 3 : 2, {
      fontFamily: SANS, fontWeight: 400, fontSize: 28, lineHeight: 1.35, color: COLORS.muted, marginTop: 20,
    }),
  ];
}

function quoteBody(card: QuoteCard): ShareElement[] {
  const size = headlineSize(card.text, [[24, 92], [60, 68], [110, 54], [Infinity, 46]]);
  return [
    kickerLine('Quote'),
    clamped(`“${card.text}”`, 3, {
      fontFamily: SERIF, fontWeight: 700, fontSize: size, lineHeight: 1.15, color: COLORS.ink, marginTop: 18,
    }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', marginTop: 24, paddingLeft: 20, borderLeft: `6px solid ${COLORS.accent}` },
      clamped(card.speaker, 1, { fontFamily: SANS, fontWeight: 700, fontSize: 30, color: COLORS.ink, lineHeight: 1.25 }),
      clamped(card.role, 2, { fontFamily: SANS, fontWeight: 400, fontSize: 24, color: COLORS.muted, lineHeight: 1.3 }),
    ),
  ];
}

const NUMBER = new Intl.NumberFormat('en-GB');

function factBody(card: FactCard): ShareElement[] {
  const figures = card.figures.slice(0, 3);
  return [
    kickerLine('Fact box'),
    clamped(card.title, 2, {
      fontFamily: SERIF, fontWeight: 700, fontSize: headlineSize(card.title, [[40, 56], [Infinity, 44]]),
      lineHeight: 1.12, color: COLORS.ink, marginTop: 14,
    }),
    h(
      'div',
      { display: 'flex', gap: 20, marginTop: 20, flexShrink: 0 },
      ...figures.map((figure) =>
        h(
          'div',
          {
            display: 'flex', flexDirection: 'column', flex: 1, gap: 4, padding: '12px 24px',
            backgroundColor: COLORS.surface, borderRadius: 8, borderTop: `6px solid ${COLORS.accent}`,
          },
          clamped(NUMBER.format(figure.value), 1, {
            fontFamily: SERIF, fontWeight: 700, lineHeight: 1.05, color: COLORS.accentStrong,
            fontSize: headlineSize(NUMBER.format(figure.value), figures.length > 2 ? [[5, 64], [7, 56], [Infinity, 44]] : [[7, 68], [Infinity, 56]]),
          }),
          clamped(figure.label, 2, { fontFamily: SANS, fontWeight: 400, fontSize: 23, lineHeight: 1.3, color: COLORS.ink }),
        ),
      ),
    ),
    clamped(`Status: ${card.status}`, 1, { fontFamily: SANS, fontWeight: 700, fontSize: 24, color: COLORS.ink, marginTop: 14, lineHeight: 1.2 }),
  ];
}

/** The card's element tree, ready for satori. */
export function cardElement(card: ShareCard, mark: string): ShareElement {
  const body = card.kind === 'quote' ? quoteBody(card) : card.kind === 'fact' ? factBody(card) : storyBody(card);
  return h(
    'div',
    {
      display: 'flex', flexDirection: 'column', boxSizing: 'border-box', width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT,
      backgroundColor: COLORS.paper, borderTop: `14px solid ${COLORS.accent}`, padding: `36px ${PAD_X}px 40px`,
    },
    masthead(card, mark),
    // The body gives way (and clips) before the masthead or the footer would.
    {
      ...h('div', { display: 'flex', flexDirection: 'column', margin: '30px 0 24px', minHeight: 0, flexShrink: 1, overflow: 'hidden' }, ...body),
      key: 'body',
    },
    footer(card.date, card.host),
  );
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** Ways to watch a drawing, for tests. */
export interface DrawHooks {
  /** Hears of text that no loaded font can draw (satori's own check), with the language it guessed. */
  onMissingGlyphs?: (languageCode: string, segment: string) => void;
  /** Hears of every laid-out element: its box and, for text, the full text before any clamping. */
  onNodeDetected?: (node: SatoriNode) => void;
}

/** The card as SVG, its text turned into glyph outlines. */
export async function cardSvg(card: ShareCard, assets: ShareImageAssets, hooks: DrawHooks = {}): Promise<string> {
  const { onMissingGlyphs, onNodeDetected } = hooks;
  return satori(cardElement(card, assets.mark), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: assets.fonts,
    ...(onNodeDetected && { onNodeDetected }),
    ...(onMissingGlyphs && {
      // Satori asks for more fonts only for characters that none of the loaded fonts has.
      loadAdditionalAsset: async (languageCode: string, segment: string) => {
        onMissingGlyphs(languageCode, segment);
        return [];
      },
    }),
  });
}

/**
 * 256 colours hold the card's flat colours and anti-aliased text; no dithering keeps files small.
 * Effort 3 quantises in a third of the time of effort 10 (37 ms against 57 ms a card, measured)
 * and makes smaller files; no channel of any pixel moves by more than 1 in 255 from the drawing.
 */
const PNG_OPTIONS = { palette: true, colours: 256, dither: 0, effort: 3, compressionLevel: 9 } as const;

/**
 * Cards keep zlib level 9, like the icons: level 6 encodes in about half the time (16 ms against
 * 29 ms, measured on 20 cards) but makes every card 4.5% larger (20.8 KB against 19.9 KB), and
 * readers' bytes are not traded for build time. (Their ratio variants are level 6: png-extend.ts.)
 */
const CARD_PNG_OPTIONS = PNG_OPTIONS;

/** Rasterises an SVG to a palette PNG: flat colours and anti-aliased text fit in 256 colours. */
export async function svgToPng(svg: string, width: number, background?: string, png: typeof PNG_OPTIONS | typeof CARD_PNG_OPTIONS = PNG_OPTIONS): Promise<Buffer> {
  // renderAsync rasterises on libuv's thread pool, so the main thread lays out the next page meanwhile.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
    ...(background && { background }),
  });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png(png)
    .toBuffer();
}

/** Draws the card: data in, PNG bytes out. Deterministic: the same card and assets give the same bytes. */
export async function drawShareImage(card: ShareCard, assets: ShareImageAssets): Promise<Buffer> {
  return svgToPng(await cardSvg(card, assets), SHARE_IMAGE_WIDTH, undefined, CARD_PNG_OPTIONS);
}

// ---------------------------------------------------------------------------------------------
// The cache

/** The renderers' versions: an upgrade may draw differently, so it redraws every image. */
const rendererVersions = [
  ...['satori', '@resvg/resvg-js'].map((pkg) => `${pkg}@${(projectRequire(`${pkg}/package.json`) as { version: string }).version}`),
  `sharp@${sharp.versions.sharp}`,
  `libvips@${sharp.versions.vips}`,
];

const assetDigests = new WeakMap<ShareImageAssets, string>();

/** One digest of the fonts' bytes, the mark and the renderers' versions, computed once per assets object. */
function assetsDigest(assets: ShareImageAssets): string {
  let digest = assetDigests.get(assets);
  if (!digest) {
    const hash = createHash('sha256');
    for (const font of assets.fonts) hash.update(`${font.name}|${font.weight}|${font.style}|`).update(font.data);
    hash.update(assets.mark).update(rendererVersions.join('|'));
    digest = hash.digest('hex');
    assetDigests.set(assets, digest);
  }
  return digest;
}

/**
 * The cache key: a hash of what is drawn. That is the card's element tree (its text, the mark and
 * every style, so a change to the template's look changes the key too), the template version, the
 * encoder settings, the font files and the renderers' versions.
 */
export function shareImageKey(card: ShareCard, assets: ShareImageAssets): string {
  const drawn = { template: TEMPLATE_VERSION, png: CARD_PNG_OPTIONS, element: cardElement(card, assets.mark) };
  return createHash('sha256')
    .update(JSON.stringify(drawn))
    .update(assetsDigest(assets))
    .digest('hex')
    .slice(0, 32);
}

export interface RenderOptions {
  /** Fonts and mark; loaded from the packages and public/ when left out. */
  assets?: ShareImageAssets;
  /** The cache folder; `null` turns the cache off. */
  cacheDir?: string | null;
  /** The drawing function, replaceable so tests can count calls. */
  draw?: (card: ShareCard, assets: ShareImageAssets) => Promise<Buffer>;
}

/** The card's PNG: from the cache when this exact card was drawn before, drawn (and cached) otherwise. */
export async function renderShareImage(card: ShareCard, options: RenderOptions = {}): Promise<Buffer> {
  const assets = options.assets ?? (await loadAssets());
  const draw = options.draw ?? drawShareImage;
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  if (cacheDir === null) return draw(card, assets);
  return cached(join(cacheDir, `${shareImageKey(card, assets)}.png`), () => draw(card, assets));
}

/** Images being read or drawn right now, by cache file: pages built in parallel share one drawing. */
const inFlight = new Map<string, Promise<Buffer>>();
let partials = 0;

/** The bytes in `file`, or else `make()`'s, written there for next time. */
function cached(file: string, make: () => Promise<Buffer>): Promise<Buffer> {
  let pending = inFlight.get(file);
  if (!pending) {
    pending = readOrMake(file, make).finally(() => inFlight.delete(file));
    inFlight.set(file, pending);
  }
  return pending;
}

async function readOrMake(file: string, make: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    // Not made yet.
  }
  const png = await make();
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a build that stops half-way never leaves a truncated PNG behind; the
  // partial file's name is this process's own, so builds side by side never share one.
  const partial = `${file}.${process.pid}-${++partials}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}

/** The card in another aspect ratio (see `extendToRatio`), cached beside the card itself. */
export async function renderShareImageRatio(card: ShareCard, ratio: ImageRatio, options: RenderOptions = {}): Promise<Buffer> {
  const assets = options.assets ?? (await loadAssets());
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const key = shareImageKey(card, assets);
  const make = async () => (await allRatios(`${cacheDir}|${key}`, async () => extendToRatios(await renderShareImage(card, { ...options, assets }))))[ratio];
  if (cacheDir === null) return make();
  return cached(join(cacheDir, `${key}-${ratio}-v${RATIO_VERSION}.png`), make);
}

/**
 * A card's three ratio variants, made together (one decoding of the card for all three) and kept
 * for the card's other variants: pages ask for them one after another. The last few cards' only.
 */
const recentRatios = new Map<string, Promise<Record<ImageRatio, Buffer>>>();
function allRatios(key: string, make: () => Promise<Record<ImageRatio, Buffer>>): Promise<Record<ImageRatio, Buffer>> {
  let pending = recentRatios.get(key);
  if (!pending) {
    pending = make();
    recentRatios.set(key, pending);
    pending.catch(() => recentRatios.delete(key));
    if (recentRatios.size > 32) recentRatios.delete(recentRatios.keys().next().value!);
  }
  return pending;
}

/** Part of a ratio variant's cache name: raised when `extendToRatio` writes different bytes. */
const RATIO_VERSION = 3;

/** The other aspect ratios search engines ask an article's image in (Google: 16:9, 4:3 and 1:1). */
export const IMAGE_RATIOS = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const;
export type ImageRatio = keyof typeof IMAGE_RATIOS;

/** A `#rrggbb` colour as red, green and blue. */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 0xff, n & 0xff];
}

/** Rows to add above and below the 1200×630 card for a ratio, 1200 px wide. */
function canvasRows(ratio: ImageRatio): { top: number; bottom: number } {
  const [w, h] = IMAGE_RATIOS[ratio];
  const extra = Math.round((SHARE_IMAGE_WIDTH * h) / w) - SHARE_IMAGE_HEIGHT;
  return { top: Math.floor(extra / 2), bottom: Math.ceil(extra / 2) };
}

/**
 * The 1200×630 card set on a paper-coloured canvas of another ratio, 1200 px wide: nothing is
 * cropped or redrawn, so every ratio shows the same card, pixel for pixel. The card's own PNG rows
 * are reused (`extendPalettePngMany`); should the card ever not be a palette PNG with the paper colour
 * in it, sharp decodes and re-encodes it instead, at ten times the cost.
 */
export async function extendToRatio(png: Buffer, ratio: ImageRatio): Promise<Buffer> {
  return (await extendToRatios(png, [ratio]))[ratio];
}

/** `extendToRatio` for several ratios (every ratio by default), decoding the card once. */
export async function extendToRatios(png: Buffer, ratios: readonly ImageRatio[] = Object.keys(IMAGE_RATIOS) as ImageRatio[]): Promise<Record<ImageRatio, Buffer>> {
  // The card's quantiser may have moved the paper colour by 1 in 255 (PNG_OPTIONS): the canvas
  // takes the card's own paper, so no seam can show where the card ends.
  const fast = await extendPalettePngMany(png, ratios.map(canvasRows), { rgb: rgb(COLORS.paper), tolerance: 1 });
  const variants = await Promise.all(
    ratios.map((ratio, i) => fast?.[i] ?? sharp(png).extend({ ...canvasRows(ratio), background: COLORS.paper }).png(PNG_OPTIONS).toBuffer()),
  );
  return Object.fromEntries(ratios.map((ratio, i) => [ratio, variants[i]!])) as Record<ImageRatio, Buffer>;
}
