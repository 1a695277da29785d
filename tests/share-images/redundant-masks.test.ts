// Satori's masks that repeat a clip are dropped before resvg draws a card (redundant-masks.ts):
// every card of the site, and a clamped one, draws the same pixels without them; a mask that
// does more than its element's clip stays.
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAssets, type ShareImageAssets } from '../../src/share-images/assets.ts';
import { getShareCards, type ShareCardPage } from '../../src/share-images/card-content.ts';
import { elementSvg } from '../../src/share-images/rasterise.ts';
import { dropRedundantMasks } from '../../src/share-images/redundant-masks.ts';
import { CARD_SIZE } from '../../src/share-images/render.ts';
import { cardElement } from '../../src/share-images/templates.ts';
import { SAMPLE_ARTICLE_CARD } from '../support/sample-card.ts';

const pixels = (svg: string) =>
  new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { loadSystemFonts: false },
  }).render().pixels;
const masked = (svg: string) => svg.match(/ mask="url\(#/g)?.length ?? 0;

let assets: ShareImageAssets;
let pages: ShareCardPage[];
beforeAll(async () => {
  [assets, pages] = await Promise.all([loadAssets(), getShareCards()]);
});

describe('on the site’s cards', () => {
  test(
    'every card draws the same pixels without the masks that repeat its clips, and most masks go',
    { timeout: 60_000 },
    async () => {
      const long = {
        ...SAMPLE_ARTICLE_CARD,
        title: `${SAMPLE_ARTICLE_CARD.title}, `.repeat(6),
        dek: `${SAMPLE_ARTICLE_CARD.dek} `.repeat(6),
      };
      const cards = [
        ...pages.map(({ kind, id, card }) => ({ name: `${kind}/${id}`, card })),
        { name: 'a clamped article', card: long },
      ];
      for (const { name, card } of cards) {
        const svg = await elementSvg(cardElement(card, assets.mark), assets.fonts, CARD_SIZE);
        const lighter = dropRedundantMasks(svg);
        expect(masked(lighter), name).toBeLessThan(masked(svg) / 2);
        expect(pixels(lighter).equals(pixels(svg)), name).toBe(true);
      }
    },
  );
});

describe('on hand-made SVG', () => {
  const svg = (mask: string, clip: string, parent = '') =>
    `<svg width="100" height="100" xmlns="http://www.w3.org/2000/svg">${parent}<mask id="m">${mask}</mask><clipPath id="c">${clip}</clipPath><g mask="url(#m)" clip-path="url(#c)"><rect x="0" y="0" width="100" height="100" fill="#000"/></g></svg>`;

  test('a white rectangle masking an element clipped to that rectangle goes', () => {
    const out = dropRedundantMasks(
      svg(
        '<rect x="10" y="10" width="50" height="20" fill="#fff"/>',
        '<rect x="10" y="10" width="50" height="20"/>',
      ),
    );
    expect(out).toContain('<g clip-path="url(#c)">');
  });

  test('a mask of another rectangle, of half-pixel edges, of grey, or cut by its own mask, stays', () => {
    const clip = '<rect x="10" y="10" width="50" height="20"/>';
    for (const [mask, parent] of [
      ['<rect x="10" y="10" width="40" height="20" fill="#fff"/>', ''],
      ['<rect x="10.5" y="10" width="50" height="20" fill="#fff"/>', ''],
      ['<rect x="10" y="10" width="50" height="20" fill="#888"/>', ''],
      [
        '<rect x="10" y="10" width="50" height="20" fill="#fff" mask="url(#p)"/>',
        '<mask id="p"><rect x="0" y="0" width="30" height="30" fill="#fff"/></mask>',
      ],
    ] as const) {
      const input = svg(mask, clip, parent);
      expect(dropRedundantMasks(input), mask).toBe(input);
    }
  });

  test('a mask nested in a mask that covers it all goes', () => {
    const out = dropRedundantMasks(
      svg(
        '<rect x="10" y="10" width="50" height="20" fill="#fff" mask="url(#p)"/>',
        '<rect x="10" y="10" width="50" height="20"/>',
        '<mask id="p"><rect x="0" y="0" width="100" height="100" fill="#fff"/></mask>',
      ),
    );
    expect(out).toContain('<g clip-path="url(#c)">');
  });
});
