// What each page's share image says: turns content entries into the plain card data that
// share-image.ts draws. One card per article, tag, quote and fact box, and one for the home page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { differentInstants, displayEventDate, formatDay, toUtcIso } from './dates';
import { getArticles, getQuoteView, getTags } from './entries';
import type { FactCard, QuoteCard, ShareCard, ShareImageKind, StoryCard } from './share-image';
import { SITE } from './site';
import { siteUrl } from './site-url';

type Article = CollectionEntry<'articles'>;

const common = { site: SITE.name, host: new URL(siteUrl).host };

/** "27 November 2026" for an ISO instant, in UTC like the rest of the site. */
function day(iso: string): string {
  return formatDay(toUtcIso(iso).slice(0, 10));
}

/** The latest `updated` of some articles. */
function latestUpdate(articles: Article[]): string {
  return articles.map((a) => a.data.updated).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

export function articleCard(article: Article): StoryCard {
  const { section, title, dek, published, updated } = article.data;
  return {
    ...common,
    kind: 'article',
    kicker: section,
    title,
    dek,
    date: differentInstants(published, updated) ? `Updated ${day(updated)}` : day(published),
  };
}

/** A tag's card; `articles` are the tag's articles in home-page order. */
export function tagCard(tag: string, articles: Article[]): StoryCard {
  const name = tag.replaceAll('-', ' ');
  const [lead] = articles;
  if (!lead) throw new Error(`The tag "${tag}" has no articles, so it has no page and no share image.`);
  const count = `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`;
  return {
    ...common,
    kind: 'tag',
    kicker: 'Topic',
    title: name.charAt(0).toUpperCase() + name.slice(1),
    dek: articles.length === 1 ? `${count}: “${lead.data.title}”` : `${count}, including “${lead.data.title}”`,
    date: `Updated ${day(latestUpdate(articles))}`,
  };
}

export function homeCard(articles: Article[]): StoryCard {
  return {
    ...common,
    kind: 'home',
    kicker: 'Explainer',
    title: SITE.name,
    dek: SITE.description,
    date: `Updated ${day(latestUpdate(articles))}`,
  };
}

export async function quoteCard(id: string): Promise<QuoteCard> {
  const { quote, speaker } = await getQuoteView(id);
  const said = displayEventDate(quote.data.date);
  return {
    ...common,
    kind: 'quote',
    text: quote.data.text,
    speaker: speaker.data.name,
    role: speaker.data.role,
    date: said.datetime ? said.label : '',
  };
}

export function factCard(box: CollectionEntry<'factboxes'>): FactCard {
  const agreed = displayEventDate(box.data.status.agreed);
  const updated = `Updated ${day(box.data.lastUpdated)}`;
  return {
    ...common,
    kind: 'fact',
    title: box.data.title,
    figures: box.data.figures.map(({ value, label }) => ({ value, label })),
    status: box.data.status.label,
    date: agreed.datetime ? `Agreed ${agreed.label} · ${updated}` : updated,
  };
}

export interface ShareCardPage {
  kind: ShareImageKind;
  /** The id in `paths.shareImage(kind, id)`. */
  id: string;
  card: ShareCard;
}

/** Every share image the site has, with the kind and id that name its path. */
export async function getShareCards(): Promise<ShareCardPage[]> {
  const [articles, tags, quotes, factboxes] = await Promise.all([
    getArticles(),
    getTags(),
    getCollection('quotes'),
    getCollection('factboxes'),
  ]);
  return [
    { kind: 'home', id: 'site', card: homeCard(articles) },
    ...articles.map((a) => ({ kind: 'article' as const, id: a.id, card: articleCard(a) })),
    ...[...tags].map(([tag, tagged]) => ({ kind: 'tag' as const, id: tag, card: tagCard(tag, tagged) })),
    ...(await Promise.all(quotes.map(async (q) => ({ kind: 'quote' as const, id: q.id, card: await quoteCard(q.id) })))),
    ...factboxes.map((box) => ({ kind: 'fact' as const, id: box.id, card: factCard(box) })),
  ];
}
