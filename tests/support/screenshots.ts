// Takes screenshots of built pages at phone and desktop widths, light and dark, for a person to look at.
// Usage, with `astro preview` running: `npx node --experimental-strip-types tests/support/screenshots.ts /path ...`
// Long pages are also cut into tiles (`…-tile-N.png`) so each can be read at full size.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'tests/.output/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
for (const path of paths) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const tile = width < 800 ? 1300 : 1600;
      for (let y = 0, n = 1; height > tile && y < height; y += tile, n++) {
        const tileName = name.replace('.png', `-tile-${n}.png`);
        await page.screenshot({
          path: `${out}/${tileName}`,
          fullPage: true,
          clip: { x: 0, y, width, height: Math.min(tile, height - y) },
        });
        console.log(`${out}/${tileName}`);
      }
      await page.close();
    }
  }
}
await browser.close();
