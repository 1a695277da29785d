// The site's icons: each app icon is a small PNG of its size, and /favicon.ico holds 16, 32 and
// 48 px PNGs, all rasterised from the one mark.
import { describe, expect, test } from 'vitest';
import { faviconIco, iconPng, SITE_ICONS } from '../../src/share-images/site-icons.ts';
import { pngDimensions } from '../support/png.ts';

describe('the site’s icons', () => {
  for (const icon of SITE_ICONS) {
    test(`/${icon.name}.png is ${icon.size}×${icon.size} and small`, async () => {
      const png = await iconPng(icon);
      expect(pngDimensions(png)).toEqual({ width: icon.size, height: icon.size });
      expect(png.length).toBeLessThan(10 * 1024);
    });
  }

  test('/favicon.ico holds 16, 32 and 48 px PNGs', async () => {
    const ico = await faviconIco();
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => {
      const entry = 6 + 16 * i;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      const { width, height } = pngDimensions(png);
      expect(ico[entry]).toBe(width);
      return `${width}×${height}`;
    });
    expect(sizes).toEqual(['16×16', '32×32', '48×48']);
  });
});
