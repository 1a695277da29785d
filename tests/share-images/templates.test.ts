// How a share card looks: however long its text, every line stays inside its region (masthead,
// body, footer), no two lines overlap, and the card is still a 1200×630 PNG under 150 KB.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAssets, type ShareImageAssets } from '../../src/share-images/assets.ts';
import type { ShareCard } from '../../src/share-images/cards.ts';
import { drawShareImage } from '../../src/share-images/render.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '../../src/share-images/templates.ts';
import { pngDimensions } from '../support/png.ts';
import { layout } from '../support/share-card-layout.ts';

const MAX_BYTES = 150 * 1024;
const outputDir = join(import.meta.dirname, '..', '.output', 'share-images');

let assets: ShareImageAssets;
beforeAll(async () => {
  assets = await loadAssets();
  mkdirSync(outputDir, { recursive: true });
});

describe('text never leaves the card', () => {
  const long =
    'Russia and Ukraine meet face to face in Istanbul, agree a prisoner swap but no truce, and then talk for hours more about everything else that is still open between them';
  const common = {
    lang: 'en-GB',
    labels: { quote: 'Quote', factBox: 'Fact box', status: 'Status' },
    site: `${long} (site)`,
    host: 'a-very-long-host-name-for-a-mirror.istanbul-talks.example.org',
  };
  const cards: ShareCard[] = [
    { ...common, kind: 'article', kicker: long, title: long, dek: `${long}. ${long}.`, date: long },
    {
      ...common,
      kind: 'article',
      kicker: 'News',
      title:
        'Supercalifragilistic-expialidocious-antidisestablishmentarianism-pneumonoultramicroscopic',
      dek: 'Short.',
      date: '',
    },
    { ...common, kind: 'quote', text: `${long}, ${long}`, speaker: long, role: long, date: long },
    {
      ...common,
      kind: 'fact',
      title: long,
      figures: [
        { value: 123_456_789, label: long },
        { value: 2000, label: long },
        { value: 3, label: 'x' },
        { value: 4, label: 'y' },
      ],
      status: long,
      date: long,
    },
    {
      ...common,
      kind: 'fact',
      title: long,
      figures: [
        { value: 1_000_000, label: long },
        { value: 2000, label: long },
      ],
      status: long,
      date: long,
    },
  ];

  for (const [i, card] of cards.entries()) {
    test(`a ${card.kind} card with far too much text keeps every line inside its region and apart`, async () => {
      const nodes = await layout(card, assets);
      const region = (key: string) => {
        const found = nodes.find((n) => n.key === key);
        if (!found) throw new Error(`the card has no ${key}`);
        return found;
      };
      // Document order: the masthead's text, then the body's, then the footer's.
      const [masthead, body, footer] = [region('masthead'), region('body'), region('footer')];
      const boxes = nodes.filter((n) => n.textContent);
      for (const box of boxes) {
        const within =
          nodes.indexOf(box) > nodes.indexOf(footer)
            ? footer
            : nodes.indexOf(box) > nodes.indexOf(body)
              ? body
              : masthead;
        const label = `“${box.textContent?.slice(0, 30)}…” in the ${within.key}`;
        expect(box.left, label).toBeGreaterThanOrEqual(within.left);
        expect(box.left + box.width, label).toBeLessThanOrEqual(within.left + within.width + 0.5);
        expect(box.top, label).toBeGreaterThanOrEqual(within.top - 0.5);
        expect(box.top + box.height, label).toBeLessThanOrEqual(within.top + within.height + 0.5);
      }
      expect(masthead.top + masthead.height).toBeLessThanOrEqual(body.top);
      expect(body.top + body.height).toBeLessThanOrEqual(footer.top);
      expect(footer.top + footer.height).toBeLessThanOrEqual(SHARE_IMAGE_HEIGHT);
      for (const [j, a] of boxes.entries()) {
        for (const b of boxes.slice(j + 1)) {
          const apart =
            a.left + a.width <= b.left + 0.5 ||
            b.left + b.width <= a.left + 0.5 ||
            a.top + a.height <= b.top + 0.5 ||
            b.top + b.height <= a.top + 0.5;
          expect(apart, `“${a.textContent}” overlaps “${b.textContent}”`).toBe(true);
        }
      }
      const png = await drawShareImage(card, assets);
      writeFileSync(join(outputDir, `overflow-${i}-${card.kind}.png`), png);
      expect(pngDimensions(png)).toEqual({ width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
      expect(png.length).toBeLessThan(MAX_BYTES);
    });
  }
});
