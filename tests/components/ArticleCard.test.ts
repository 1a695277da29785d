// ArticleCard.astro as a reader gets it: an <article> named by its headline, so a screen reader's
// list of articles reads each card's headline, and ids that stay unique when cards share a page;
// on a page of an edition, its words and dates in the edition's language, or marked as English.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import ArticleCard from '../../src/components/ArticleCard.astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import {
  getArticles,
  requireEntry,
  type ArticleInEdition,
} from '../../src/content-layer/entries.ts';
import { loadHtmlFragment } from '../support/html.ts';

/**
 * The content the card reads, with a Ukrainian dictionary of the test's own (content/i18n/uk/
 * belongs to the translators) that words the day the account stands as of, and not the others; and
 * what `articleInEdition` says of the article in each edition, where a test sets it.
 */
const fixture: {
  files: Record<string, string>;
  shown: Record<string, ArticleInEdition>;
  /** The copies of the content made for the tests, removed after them. */
  dirs: string[];
} = vi.hoisted(() => ({
  files: { 'i18n/uk/card.yaml': "asOf: 'Станом на {date}'" },
  shown: {},
  dirs: [],
}));
vi.mock('../../src/content-layer/paths.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/paths.ts')>();
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uk-card-'));
  fixture.dirs.push(dir);
  fs.cpSync(original.contentDir, dir, { recursive: true });
  fs.rmSync(path.join(dir, 'i18n', 'uk'), { recursive: true, force: true });
  for (const [file, text] of Object.entries(fixture.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${text}\n`);
  }
  return { ...original, contentDir: dir };
});
vi.mock('../../src/content-layer/entries.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/entries.ts')>();
  const { currentEdition } = await import('../../src/content-layer/editions.ts');
  return {
    ...original,
    articleInEdition: (article: CollectionEntry<'articles'>) =>
      fixture.shown[currentEdition().code] ?? original.articleInEdition(article),
  };
});
afterEach(() => {
  fixture.shown = {};
});
afterAll(() => {
  for (const dir of fixture.dirs) rmSync(dir, { recursive: true, force: true });
});

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

test('the card is an <article> named by its headline (aria-labelledby points at the heading)', async () => {
  const [article] = await getCollection(
    'articles',
    (a) => a.id === 'prisoner-exchange-what-we-know',
  );
  const $ = loadHtmlFragment(
    await container.renderToString(ArticleCard, { props: { article, headingLevel: 2 } }),
  );
  const card = $('article');
  expect(card).toHaveLength(1);
  const labelledBy = card.attr('aria-labelledby');
  expect(labelledBy).toBe('card-prisoner-exchange-what-we-know');
  const heading = card.find(`#${labelledBy}`);
  expect(heading.is('h2')).toBe(true);
  expect(text(heading.text())).toBe(article!.data.title);
  expect(text(heading.text())).toBe(
    'The prisoner exchange agreed in Istanbul in May 2025: what was agreed, and how it was carried out',
  );
});

test('every article’s card on one page has an id of its own, and each names its own card', async () => {
  const articles = await getArticles();
  const $ = loadHtmlFragment(
    (
      await Promise.all(
        articles.map((article, i) =>
          container.renderToString(ArticleCard, { props: { article, lead: i === 0 } }),
        ),
      )
    ).join('\n'),
  );
  const ids = $('[id]')
    .map((_, el) => $(el).attr('id'))
    .get();
  expect(new Set(ids).size).toBe(ids.length);
  const names = $('article')
    .map((_, card) => text($(`#${$(card).attr('aria-labelledby')}`).text()))
    .get();
  expect(names).toEqual(articles.map((a) => a.data.title));
});

test('on a page of an edition: its dates in the edition’s words, or the English marked, and its link in the edition', async () => {
  const slug = 'prisoner-exchange-what-we-know';
  fixture.shown = { uk: { lang: 'uk', fallback: false, stale: false } };
  const $ = loadHtmlFragment(
    await inEdition('uk', async () =>
      container.renderToString(ArticleCard, {
        props: { article: await requireEntry('articles', slug) },
      }),
    ),
  );
  expect($('h3 a').attr('href')).toBe(`/uk/articles/${slug}/`);
  expect($('h3').attr('lang')).toBeUndefined();
  const dates = $('p.font-sans');
  expect(text(dates.text())).toMatch(/^Станом на 16 травня 2025 р\. · Updated \d+ \S+ 2026 р\.$/);
  // "Updated" is not in the edition's dictionary: the English word is marked; the dates, in
  // Ukrainian, stand outside it in the page's language.
  const marked = dates.find('[lang]');
  expect(marked.map((_, el) => $(el).attr('lang')).get()).toEqual(['en-GB']);
  expect(text(marked.text())).toBe('Updated');
  expect(dates.children('time')).toHaveLength(2);
});

test('on a page of an edition, an article shown in English has its section, headline and dek marked', async () => {
  fixture.shown = { uk: { lang: 'en-GB', fallback: true, stale: false } };
  const article = (await getEntry('articles', 'what-comes-next'))!;
  const $ = loadHtmlFragment(
    await inEdition('uk', () => container.renderToString(ArticleCard, { props: { article } })),
  );
  for (const selector of ['p.kicker', 'h3', 'h3 + p'])
    expect($(`article > ${selector}`).attr('lang'), selector).toBe('en-GB');
  expect(text($('h3').text())).toBe(article.data.title);
});
