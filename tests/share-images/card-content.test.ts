// What each page's share card says: one card for the home page and for every article, tag, quote
// and fact box, showing what its content says.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAssets, type ShareImageAssets } from '../../src/share-images/assets.ts';
import { getFactBoxView } from '../../src/content-layer/entries.ts';
import {
  factStatusText,
  getShareCards,
  type ShareCardPage,
} from '../../src/share-images/card-content.ts';
import type { ShareCard } from '../../src/share-images/cards.ts';
import { layout as layoutWith, texts } from '../support/share-card-layout.ts';

let assets: ShareImageAssets;
let pages: ShareCardPage[];
beforeAll(async () => {
  [assets, pages] = await Promise.all([loadAssets(), getShareCards()]);
});

const layout = (card: ShareCard) => layoutWith(card, assets);

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

  test('an article’s card shows the site, its section, title, dek and date', async () => {
    const page = pages.find(
      (p) => p.kind === 'article' && p.id === 'prisoner-exchange-what-we-know',
    )!;
    expect(texts(await layout(page.card))).toEqual([
      'The Istanbul Talks, Explained',
      'EXPLAINER',
      'The prisoner exchange agreed in Istanbul in May 2025: what was agreed, and how it was carried out',
      'The only concrete result of the Istanbul talks of 16 May 2025 was a swap of prisoners of war; the numbers were clear, but as of the report its date had not been made public.',
      'As of 16 May 2025 · Updated 6 December 2026',
      'istanbul-talks.example.org',
    ]);
  });

  test('the fact box’s card shows its figures from the entry: 1,000 each side, 2,000 in all', async () => {
    const page = pages.find((p) => p.kind === 'fact')!;
    const shown = texts(await layout(page.card));
    expect(shown).toContain('Prisoner exchange: 1,000 for 1,000');
    expect(shown).toContain('1,000');
    expect(shown).toContain('to be returned to each side, as agreed');
    expect(shown).not.toContain('prisoners of war returned to each side');
    expect(shown).toContain('2,000');
    expect(shown).toContain('people in all');
    // The status reads the dated update of the exchange (CNA, with AFP and MENAFN), like the box
    // itself: it stands as of 26 May 2025, the day its latest source was published.
    expect(shown).toContain('Status: Carried out 23–25 May 2025');
    expect(shown).toContain('Status as of 26 May 2025 · Updated 30 November 2026');
  });

  test('a quote’s card shows the words in quotation marks, the speaker and their role', async () => {
    const page = pages.find((p) => p.kind === 'quote' && p.id === 'umerov-know-the-date')!;
    const shown = texts(await layout(page.card));
    expect(shown).toEqual(
      expect.arrayContaining(['QUOTE', '“We know the date”', 'Rustem Umerov', '16 May 2025']),
    );
    expect(shown).toContain(
      'Defence Minister of Ukraine; head of Ukraine’s delegation (at the time)',
    );
  });

  test('a tag’s card names the topic and the number of articles', async () => {
    const page = pages.find((p) => p.kind === 'tag' && p.id === 'prisoner-exchange')!;
    const shown = texts(await layout(page.card));
    expect(shown).toContain('Prisoner exchange');
    expect(shown.some((t) => /^3 articles, including “/.test(t))).toBe(true);
  });

  test('a tag with one article says "1 article", not "1 articles"', async () => {
    const page = pages.find((p) => p.kind === 'tag' && p.id === 'sanctions')!;
    const shown = texts(await layout(page.card));
    expect(shown.some((t) => /^1 article: “/.test(t))).toBe(true);
    expect(shown.join('\n')).not.toContain('1 articles');
  });

  test('the fact card’s status line is factStatusText, the words the fact page’s alt text repeats', async () => {
    const page = pages.find((p) => p.kind === 'fact')!;
    const status = factStatusText(await getFactBoxView(page.id));
    expect(status).toBe('Carried out 23–25 May 2025');
    expect(texts(await layout(page.card))).toContain(`Status: ${status}`);
  });
});
