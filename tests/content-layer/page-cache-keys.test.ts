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

test('a card whose date changes changes the key: its own update, or an update of a fact its body shows or of a thread it follows', async () => {
  const guide = (await getArticles()).find((a) => a.id === 'prisoner-exchange-what-we-know')!;
  const exchange = (await getArticleUpdates(guide)).find(
    (u) => u.id === 'prisoner-exchange-carried-out',
  );
  expect(exchange, 'the guide shows the update of the exchange').toBeDefined();
  // Every real article was itself last updated as late as any update it shows or follows (6 December
  // 2026), so none is dated by one. As first published, the guide is dated by the update of the
  // exchange (30 November 2026): through the fact box in its body, and through the thread it follows.
  const asPublished = changed(guide, { updated: guide.data.published });
  const noBox = '<p>No fact box.</p>';

  // The fact box its body shows, and no thread followed.
  const bodyOnly = changed(asPublished, { followUps: [] });
  expect(articleModified(bodyOnly, await getArticleUpdates(bodyOnly))).toBe(
    exchange!.data.published,
  );
  const key = await articleCardsPageKey([bodyOnly]);
  expect(await articleCardsPageKey([changed(bodyOnly, {}, noBox)])).not.toBe(key);
  expect(
    await articleCardsPageKey([changed(bodyOnly, { updated: '2099-01-01T00:00:00Z' })]),
  ).not.toBe(key);

  // The threads it follows, and no fact box in its body.
  const followsOnly = changed(asPublished, {}, noBox);
  expect(articleModified(followsOnly, await getArticleUpdates(followsOnly))).toBe(
    exchange!.data.published,
  );
  expect(await articleCardsPageKey([followsOnly])).not.toBe(
    await articleCardsPageKey([changed(followsOnly, { followUps: [] })]),
  );
});
