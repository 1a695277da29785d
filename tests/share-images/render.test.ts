// Share images: every kind of card is a 1200×630 PNG under 150 KB, says what its content says,
// keeps its text inside the card however long it is, and comes out the same every time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SatoriNode } from 'satori';
import { beforeAll, describe, expect, test } from 'vitest';
import { getShareCards, type ShareCardPage } from '../../src/share-images/card-content';
import {
  cardSvg,
  drawShareImage,
  loadAssets,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type ShareCard,
  type ShareImageAssets,
} from '../../src/share-images/render';
import { faviconIco, iconPng, SITE_ICONS } from '../../src/share-images/site-icons';
import { pngDimensions } from '../support/png';

const MAX_BYTES = 150 * 1024;
const outputDir = join(import.meta.dirname, '..', '.output', 'share-images');

let assets: ShareImageAssets;
let pages: ShareCardPage[];
beforeAll(async () => {
  [assets, pages] = await Promise.all([loadAssets(), getShareCards()]);
  mkdirSync(outputDir, { recursive: true });
});

/** The text of every element the card lays out, with its box. */
async function layout(card: ShareCard): Promise<SatoriNode[]> {
  const nodes: SatoriNode[] = [];
  await cardSvg(card, assets, { onNodeDetected: (node) => nodes.push(node) });
  return nodes;
}

function texts(nodes: SatoriNode[]): string[] {
  return nodes.flatMap((n) => (n.textContent ? [n.textContent] : []));
}

describe('the site’s share images', () => {
  test('there is one for the home page and for every article, tag, quote and fact box', () => {
    const ids = (kind: string) => pages.filter((p) => p.kind === kind).map((p) => p.id);
    expect(ids('home')).toEqual(['site']);
    expect(ids('article')).toContain('prisoner-exchange-what-we-know');
    expect(ids('article')).toHaveLength(5);
    expect(ids('tag')).toContain('prisoner-exchange');
    expect(ids('quote')).toContain('kyslytsya-excellent-news');
    expect(ids('quote')).toHaveLength(10);
    expect(ids('fact')).toEqual(['prisoner-exchange']);
  });

  test('every card is a 1200×630 PNG under 150 KB', { timeout: 60_000 }, async () => {
    for (const { kind, id, card } of pages) {
      const png = await drawShareImage(card, assets);
      writeFileSync(join(outputDir, `${kind}-${id}.png`), png);
      expect(pngDimensions(png), `${kind}/${id}`).toEqual({ width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
      expect(png.length, `${kind}/${id} is ${png.length} bytes`).toBeLessThan(MAX_BYTES);
    }
  });

  test('an article’s card shows the site, its section, title, dek and date', async () => {
    const page = pages.find((p) => p.kind === 'article' && p.id === 'prisoner-exchange-what-we-know')!;
    expect(texts(await layout(page.card))).toEqual([
      'The Istanbul Talks, Explained',
      'EXPLAINER',
      'The 1,000-for-1,000 prisoner exchange: what was agreed, and what the report left open',
      'The only concrete result of the Istanbul talks was a swap of prisoners of war; the numbers were clear, but as of the report its date had not been made public.',
      'As of 16 May 2025 · Updated 30 November 2026',
      'istanbul-talks.example.org',
    ]);
  });

  test('the fact box’s card shows its figures from the entry: 1,000 each side, 2,000 in all', async () => {
    const page = pages.find((p) => p.kind === 'fact')!;
    const shown = texts(await layout(page.card));
    expect(shown).toContain('Prisoner exchange: 1,000 for 1,000');
    expect(shown).toContain('1,000');
    expect(shown).toContain('prisoners of war returned to each side');
    expect(shown).toContain('2,000');
    expect(shown).toContain('people in all');
    // The status reads the public record's dated update of the exchange, like the box itself.
    expect(shown).toContain('Status: Carried out 23–25 May 2025');
    expect(shown).toContain('Status as of 25 May 2025 · Updated 30 November 2026');
  });

  test('a quote’s card shows the words in quotation marks, the speaker and their role', async () => {
    const page = pages.find((p) => p.kind === 'quote' && p.id === 'umerov-know-the-date')!;
    const shown = texts(await layout(page.card));
    expect(shown).toEqual(expect.arrayContaining(['QUOTE', '“We know the date”', 'Rustem Umerov', '16 May 2025']));
    expect(shown).toContain('Defence Minister of Ukraine; head of Ukraine’s delegation');
  });

  test('a tag’s card names the topic and the number of articles', async () => {
    const page = pages.find((p) => p.kind === 'tag' && p.id === 'prisoner-exchange')!;
    const shown = texts(await layout(page.card));
    expect(shown).toContain('Prisoner exchange');
    expect(shown.some((t) => /^3 articles, including “/.test(t))).toBe(true);
  });

  test('the same card gives the same bytes every time', async () => {
    const { card } = pages.find((p) => p.kind === 'fact')!;
    expect((await drawShareImage(card, assets)).equals(await drawShareImage(card, assets))).toBe(true);
  });
});

describe('text never leaves the card', () => {
  const long = 'Russia and Ukraine meet face to face in Istanbul, agree a prisoner swap but no truce, and then talk for hours more about everything else that is still open between them';
  const common = { site: `${long} (site)`, host: 'a-very-long-host-name-for-a-mirror.istanbul-talks.example.org' };
  const cards: ShareCard[] = [
    { ...common, kind: 'article', kicker: long, title: long, dek: `${long}. ${long}.`, date: long },
    { ...common, kind: 'article', kicker: 'News', title: 'Supercalifragilistic-expialidocious-antidisestablishmentarianism-pneumonoultramicroscopic', dek: 'Short.', date: '' },
    { ...common, kind: 'quote', text: `${long}, ${long}`, speaker: long, role: long, date: long },
    { ...common, kind: 'fact', title: long, figures: [{ value: 123_456_789, label: long }, { value: 2000, label: long }, { value: 3, label: 'x' }, { value: 4, label: 'y' }], status: long, date: long },
    { ...common, kind: 'fact', title: long, figures: [{ value: 1_000_000, label: long }, { value: 2000, label: long }], status: long, date: long },
  ];

  for (const [i, card] of cards.entries()) {
    test(`a ${card.kind} card with far too much text keeps every line inside its region and apart`, async () => {
      const nodes = await layout(card);
      const region = (key: string) => {
        const found = nodes.find((n) => n.key === key);
        if (!found) throw new Error(`the card has no ${key}`);
        return found;
      };
      // Document order: the masthead's text, then the body's, then the footer's.
      const [masthead, body, footer] = [region('masthead'), region('body'), region('footer')];
      const boxes = nodes.filter((n) => n.textContent);
      for (const box of boxes) {
        const within = nodes.indexOf(box) > nodes.indexOf(footer) ? footer : nodes.indexOf(box) > nodes.indexOf(body) ? body : masthead;
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
          const apart = a.left + a.width <= b.left + 0.5 || b.left + b.width <= a.left + 0.5 || a.top + a.height <= b.top + 0.5 || b.top + b.height <= a.top + 0.5;
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
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const { width, height } = pngDimensions(png);
      expect(ico[entry]).toBe(width);
      return `${width}×${height}`;
    });
    expect(sizes).toEqual(['16×16', '32×32', '48×48']);
  });
});
