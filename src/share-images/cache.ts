// The share images' cache: each PNG is kept in `.astro/share-images/` under a hash of everything it
// draws, so an unchanged card is never redrawn, and pages built in parallel that need the same card
// share one drawing. Cards are drawn on the worker pool (draw-pool.ts); an article's card comes
// back with its ratio variants, which are cached beside it.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { loadAssets, type ShareImageAssets } from './assets.ts';
import type { ShareCard } from './cards.ts';
import { drawPool } from './draw-pool.ts';
import {
  extendToRatios,
  hasRatioVariants,
  RATIO_NAMES,
  RATIO_VERSION,
  ratioCanvases,
  type ImageRatio,
} from './ratios.ts';
import { CARD_ENCODING } from './rasterise.ts';
import { CARD_SIZE } from './render.ts';
import { cardElement } from './templates.ts';

/**
 * Part of the cache key. The key already covers the whole element tree (so any change to the
 * card's text, layout, sizes or colours), the encoder settings, the fonts and the renderers'
 * versions; raise this only to force every image to be redrawn for some other reason.
 */
export const TEMPLATE_VERSION = 1;

/** Where PNGs are kept between builds: inside Astro's cacheDir, which is git-ignored. */
export const DEFAULT_CACHE_DIR = resolve(
  process.env['ASTRO_CACHE_DIR'] ?? '.astro',
  'share-images',
);

// Resolve from the project root: the build bundles this module into another folder.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

/** The renderers' versions: an upgrade may draw differently, so it redraws every image. */
const rendererVersions = [
  ...['satori', '@resvg/resvg-js'].map(
    (pkg) => `${pkg}@${(projectRequire(`${pkg}/package.json`) as { version: string }).version}`,
  ),
  `sharp@${sharp.versions.sharp}`,
  `libvips@${sharp.versions.vips}`,
];

const assetDigests = new WeakMap<ShareImageAssets, string>();

/** One digest of the fonts' bytes, the mark and the renderers' versions, computed once per assets object. */
function assetsDigest(assets: ShareImageAssets): string {
  let digest = assetDigests.get(assets);
  if (!digest) {
    const hash = createHash('sha256');
    for (const font of assets.fonts)
      hash.update(`${font.name}|${font.weight}|${font.style}|`).update(font.data);
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
  // A build asks for the same card's key several times (its files, its drawing, its variants):
  // hashing its whole element tree once is enough. Cards are data, never changed once made.
  const known = keys.get(card);
  if (known?.assets === assets) return known.key;
  const key = computeKey(card, assets);
  keys.set(card, { assets, key });
  return key;
}

/** Each card's key, for the assets it was computed with. */
const keys = new WeakMap<ShareCard, { assets: ShareImageAssets; key: string }>();

function computeKey(card: ShareCard, assets: ShareImageAssets): string {
  const drawn = {
    template: TEMPLATE_VERSION,
    png: CARD_ENCODING,
    element: cardElement(card, assets.mark),
  };
  return createHash('sha256')
    .update(JSON.stringify(drawn))
    .update(assetsDigest(assets))
    .digest('hex')
    .slice(0, 32);
}

export interface RenderOptions {
  /** Fonts and mark; the site's own (`loadAssets`) when left out. */
  assets?: ShareImageAssets;
  /** The cache folder; `null` turns the cache off. */
  cacheDir?: string | null;
  /**
   * The drawing function, replaceable so tests can count calls. Left out, cards are drawn on the
   * worker pool, and an article's ratio variants with its card.
   */
  draw?: (card: ShareCard, assets: ShareImageAssets) => Promise<Buffer>;
}

/** Where the cache keeps a card (or, given a ratio, the card in that ratio), by the card's key. */
export function shareImageFile(
  key: string,
  ratio?: ImageRatio,
  cacheDir: string = DEFAULT_CACHE_DIR,
): string {
  return join(cacheDir, ratio ? `${key}-${ratio}-v${RATIO_VERSION}.png` : `${key}.png`);
}

/** The card's PNG: from the cache when this exact card was drawn before, drawn (and cached) otherwise. */
export async function renderShareImage(
  card: ShareCard,
  options: RenderOptions = {},
): Promise<Buffer> {
  const assets = options.assets ?? (await loadAssets());
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const { draw } = options;
  if (cacheDir === null) return draw ? draw(card, assets) : (await drawOnPool(card, assets)).png;
  const key = shareImageKey(card, assets);
  return cached(shareImageFile(key, undefined, cacheDir), async () => {
    if (draw) return draw(card, assets);
    const { png, canvases } = await drawOnPool(card, assets);
    // The variants were made from the card's rows while the worker had them: keep them for their
    // pages. (`null`: the card was not a palette PNG; renderShareImageRatio then makes them.)
    if (canvases)
      await Promise.all(
        RATIO_NAMES.map((ratio, i) => store(shareImageFile(key, ratio, cacheDir), canvases[i]!)),
      );
    return png;
  });
}

/** Draws the card on the worker pool, with its ratio variants if it has them. */
function drawOnPool(card: ShareCard, assets: ShareImageAssets) {
  return drawPool(assets.fonts).draw(
    cardElement(card, assets.mark),
    CARD_SIZE,
    hasRatioVariants(card) ? ratioCanvases() : undefined,
  );
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
  await store(file, png);
  return png;
}

/** Keeps `png` in `file`. */
async function store(file: string, png: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a build that stops half-way never leaves a truncated PNG behind; the
  // partial file's name is this process's own, so builds side by side never share one.
  const partial = `${file}.${process.pid}-${++partials}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}

/**
 * Settles once every one of these cards, and every ratio variant of an article's card, is in the
 * cache, for the build to publish (share-image-files.ts). A build calls it before it renders any
 * page: the missing cards start drawing then, on the worker pool, while the articles render. A
 * card drawn brings its variants with it; a variant missing beside a cached card is made from it.
 */
export async function ensureShareImages(
  cards: ShareCard[],
  options: Omit<RenderOptions, 'draw'> = {},
): Promise<void> {
  const assets = options.assets ?? (await loadAssets());
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  if (cacheDir === null)
    throw new Error('Share images are published from the cache: give a cacheDir.');
  const exists = (file: string) =>
    access(file).then(
      () => true,
      () => false,
    );
  await Promise.all(
    cards.map(async (card) => {
      const key = shareImageKey(card, assets);
      const ratios = hasRatioVariants(card) ? RATIO_NAMES : [];
      const missing = async () =>
        (
          await Promise.all(
            ratios.map(async (ratio) =>
              (await exists(shareImageFile(key, ratio, cacheDir))) ? null : ratio,
            ),
          )
        ).filter((ratio) => ratio !== null);
      if ((await exists(shareImageFile(key, undefined, cacheDir))) && !(await missing()).length)
        return;
      // Drawing the card stores its variants too (or, from the cache, draws nothing).
      await renderShareImage(card, { assets, cacheDir });
      for (const ratio of await missing())
        await renderShareImageRatio(card, ratio, { assets, cacheDir });
    }),
  );
}

/** The card in another aspect ratio (see `extendToRatio`), cached beside the card itself. */
export async function renderShareImageRatio(
  card: ShareCard,
  ratio: ImageRatio,
  options: RenderOptions = {},
): Promise<Buffer> {
  const assets = options.assets ?? (await loadAssets());
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const key = shareImageKey(card, assets);
  const drawn = () => renderShareImage(card, { ...options, assets });
  /** This ratio, made from the card with its other two. */
  const fromCard = async (png: () => Promise<Buffer>) =>
    (await allRatios(`${cacheDir}|${key}`, async () => extendToRatios(await png())))[ratio];
  if (cacheDir === null) return fromCard(drawn);
  const file = shareImageFile(key, ratio, cacheDir);
  return cached(file, async () => {
    // Drawing the card on the pool stores its variants too: after it, this one may be on disk.
    const png = await drawn();
    return readFile(file).catch(() => fromCard(async () => png));
  });
}

/**
 * A card's three ratio variants, made together (one decoding of the card for all three) and kept
 * for the card's other variants: pages ask for them one after another. The last few cards' only.
 */
const recentRatios = new Map<string, Promise<Record<ImageRatio, Buffer>>>();
function allRatios(
  key: string,
  make: () => Promise<Record<ImageRatio, Buffer>>,
): Promise<Record<ImageRatio, Buffer>> {
  let pending = recentRatios.get(key);
  if (!pending) {
    pending = make();
    recentRatios.set(key, pending);
    pending.catch(() => recentRatios.delete(key));
    if (recentRatios.size > 32) recentRatios.delete(recentRatios.keys().next().value!);
  }
  return pending;
}
