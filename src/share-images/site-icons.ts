// The favicon and app icons, all rasterised at build time from the one mark (mark.ts, also served
// as /favicon.svg).
import { themeColor } from '../styles/palette.ts';
import { MARK_SVG } from './mark.ts';
import { svgToPng } from './rasterise.ts';

export interface SiteIcon {
  /** The file name at the site's root, without `.png`. */
  name: string;
  size: number;
  /**
   * Fill the mark's transparent corners with the accent colour: iOS puts a touch icon on black and
   * rounds the corners itself, so the Apple icon is a full square.
   */
  fullBleed: boolean;
}

export const SITE_ICONS: SiteIcon[] = [
  { name: 'favicon-32', size: 32, fullBleed: false },
  { name: 'apple-touch-icon', size: 180, fullBleed: true },
  { name: 'icon-192', size: 192, fullBleed: false },
  { name: 'icon-512', size: 512, fullBleed: false },
];

/** The sizes inside /favicon.ico, for browsers and tools that ask for it without reading the page. */
export const ICO_SIZES = [16, 32, 48];

export async function iconPng(
  icon: Pick<SiteIcon, 'size' | 'fullBleed'>,
  mark?: string,
): Promise<Buffer> {
  return svgToPng(mark ?? MARK_SVG, icon.size, icon.fullBleed ? themeColor('accent') : undefined);
}

/** An ICO file holding PNG images (understood by every browser since Internet Explorer 9). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width; 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // colours in the palette: 0, as the PNG carries its own
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

export async function faviconIco(mark?: string): Promise<Buffer> {
  const svg = mark ?? MARK_SVG;
  return icoFromPngs(
    await Promise.all(
      ICO_SIZES.map(async (size) => ({
        size,
        png: await iconPng({ size, fullBleed: false }, svg),
      })),
    ),
  );
}
