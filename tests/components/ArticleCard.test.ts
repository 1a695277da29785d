// ArticleCard.astro as a reader gets it: an <article> named by its headline, so a screen reader's
// list of articles reads each card's headline, and ids that stay unique when cards share a page.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection } from 'astro:content';
import { beforeAll, expect, test } from 'vitest';
import ArticleCard from '../../src/components/ArticleCard.astro';
import { getArticles } from '../../src/content-layer/entries.ts';
import { loadHtmlFragment } from '../support/html.ts';

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
