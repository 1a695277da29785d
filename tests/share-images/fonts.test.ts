// Share images draw Turkish and Cyrillic text with real glyphs, never a missing-glyph box. Satori
// itself reports the characters that none of the loaded fonts has; these tests listen for that
// report, and show that it does come for fonts that lack a script.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { loadMark, type ShareImageAssets } from '../../src/share-images/assets.ts';
import type { ShareCard } from '../../src/share-images/cards.ts';
import { FONT_FAMILIES, loadFonts, type FontFamilySpec } from '../../src/share-images/fonts.ts';
import { svgToPng } from '../../src/share-images/rasterise.ts';
import { cardSvg } from '../../src/share-images/render.ts';
import { SHARE_IMAGE_WIDTH } from '../../src/share-images/templates.ts';

const TITLE = 'Dolmabahçe: Медінський, Мединский, їжак, ґанок';
const card: ShareCard = {
  kind: 'article',
  lang: 'en-GB',
  labels: { quote: 'Quote', factBox: 'Fact box', status: 'Status' },
  site: 'The Istanbul Talks, Explained',
  host: 'istanbul-talks.example.org',
  kicker: 'Türkçe · Українська · Русский',
  title: TITLE,
  dek: 'Turkish çağrı, şeker, İstanbul, Iğdır; Ukrainian і, ї, є, ґ; Russian ё, ы, э, ъ; quotes “’”, dashes – —.',
  date: '16 May 2025',
};

let mark: string;
beforeAll(async () => {
  mark = await loadMark();
});

async function assetsWith(families: FontFamilySpec[]): Promise<ShareImageAssets> {
  return { fonts: await loadFonts(families), mark };
}

/** The characters satori found no glyph for, in the order it reported them. */
async function missingGlyphs(drawn: ShareCard, assets: ShareImageAssets): Promise<string[]> {
  const missing: string[] = [];
  await cardSvg(drawn, assets, {
    onMissingGlyphs: (_language, segment) => missing.push(...segment),
  });
  return [...new Set(missing)];
}

const onlySubsets = (subsets: string[]) => FONT_FAMILIES.map((family) => ({ ...family, subsets }));

test('with the site’s fonts, every Turkish, Ukrainian and Russian character has a glyph', async () => {
  const assets = await assetsWith(FONT_FAMILIES);
  expect(await missingGlyphs(card, assets)).toEqual([]);
  // Written for a person to look at: tests/.output/share-image-turkish-cyrillic.png
  const out = join(import.meta.dirname, '..', '.output');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'share-image-turkish-cyrillic.png'),
    await svgToPng(await cardSvg(card, assets), SHARE_IMAGE_WIDTH),
  );
});

for (const family of FONT_FAMILIES) {
  test(`${family.family} alone covers the same text, so headlines and labels never borrow from the other face`, async () => {
    expect(await missingGlyphs(card, await assetsWith([family]))).toEqual([]);
  });
}

test('the check fails for fonts without Cyrillic: it names every Cyrillic letter', async () => {
  const missing = await missingGlyphs(card, await assetsWith(onlySubsets(['latin', 'latin-ext'])));
  // The kicker is drawn in capitals.
  const drawnText = `${card.kicker.toUpperCase()}${card.title}${card.dek}`;
  const cyrillic = [...new Set([...drawnText].filter((c) => /\p{Script=Cyrillic}/u.test(c)))];
  expect(missing.sort()).toEqual(cyrillic.sort());
  expect(missing).toEqual(expect.arrayContaining(['і', 'ї', 'є', 'ґ', 'ы']));
});

test('the check fails for fonts without Latin Extended: it names ğ, ş and İ, but not ç or ı', async () => {
  const missing = await missingGlyphs(card, await assetsWith(onlySubsets(['latin', 'cyrillic'])));
  expect(missing).toEqual(expect.arrayContaining(['ğ', 'ş', 'İ']));
  expect(missing).not.toContain('ç');
  expect(missing).not.toContain('ı');
});

test('characters no font has at all (Georgian, Chinese) are reported with the site’s fonts too', async () => {
  const missing = await missingGlyphs(
    { ...card, title: `${TITLE} ქართული 漢字` },
    await assetsWith(FONT_FAMILIES),
  );
  expect(missing.sort()).toEqual(
    [...'ქართული漢字'].filter((c, i, all) => all.indexOf(c) === i).sort(),
  );
});
