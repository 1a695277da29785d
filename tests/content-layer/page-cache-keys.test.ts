// The cache keys of pages of article cards (src/content-layer/page-cache-keys.ts): a rebuild copies
// such a page from the last build only if no card on it would show anything different.
import { expect, test } from 'vitest';
import type { CollectionEntry } from 'astro:content';
import {
  articleModified,
  getArticles,
  getArticleUpdates,
} from '../../src/content-layer/entries.ts';
import { articleCardsPageKey } from '../../src/content-layer/page-cache-keys.ts';

/** An article as it would be with other data or another body. */
function changed(
  article: CollectionEntry<'articles'>,
  data: Partial<CollectionEntry<'articles'>['data']>,
  html = article.rendered?.html ?? '',
): CollectionEntry<'articles'> {
  return {
    ...article,
    data: { ...article.data, ...data },
    rendered: { ...article.rendered, html },
  };
}

test('the same cards give the same key; other cards, or the same in another order, another', async () => {
  const [a, b] = await getArticles();
  const key = await articleCardsPageKey([a!, b!]);
  expect(await articleCardsPageKey([a!, b!])).toBe(key);
  expect(await articleCardsPageKey([b!, a!])).not.toBe(key);
  expect(await articleCardsPageKey([a!])).not.toBe(key);
});

test('a card whose date changes changes the key: its own update, or an update of a fact its body shows', async () => {
  const articles = await getArticles();
  const shown = await Promise.all(
    articles.map(async (article) => ({
      article,
      updates: await getArticleUpdates(article),
    })),
  );
  // An article dated by an update of a fact box or timeline event it shows, not by its own date.
  const dated = shown.find(
    ({ article, updates }) => articleModified(article, updates) !== articleModified(article, []),
  );
  expect(dated, 'an article of the real content dated by an update it shows').toBeDefined();
  const { article } = dated!;
  const key = await articleCardsPageKey([article]);
  expect(await articleCardsPageKey([changed(article, {}, '<p>No fact box.</p>')])).not.toBe(key);
  expect(
    await articleCardsPageKey([changed(article, { updated: '2099-01-01T00:00:00Z' })]),
  ).not.toBe(key);
});
