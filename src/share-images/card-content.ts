// What each page's share image says: turns content entries into the plain card data that
// templates.ts draws. One card per article, tag, quote and fact box, and one for the home page.
import { roleAtTheTime } from '../lib/names.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { differentInstants, displayEventDate, formatDay, formatInstantDay } from '../lib/dates.ts';
import {
  articleModified,
  getArticleUpdates,
  getArticles,
  getFactBoxView,
  getQuoteView,
  getTags,
  type FactBoxView,
} from '../content-layer/entries.ts';
import type { FactCard, QuoteCard, ShareCard, ShareImageKind, StoryCard } from './cards.ts';
import { countOf } from '../lib/counts.ts';
import { siteUrl } from '../content-layer/site-address.ts';
import { readSiteSettings } from '../content-layer/site-settings.ts';

type Article = CollectionEntry<'articles'>;

/** What every card shows: the site's name and host. */
function common(): { site: string; host: string } {
  return { site: readSiteSettings().name, host: new URL(siteUrl).host };
}

const day = formatInstantDay;

/** When each article last changed, its own edits and the updates of the facts it shows. */
export type ModifiedDates = ReadonlyMap<string, string>;

/** The latest change of some articles. */
function latestUpdate(articles: Article[], modified: ModifiedDates): string {
  return articles
    .map((a) => modified.get(a.id) ?? a.data.updated)
    .reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** An article's card; `modified` is when it last changed (see `articleModified`). */
export function articleCard(article: Article, modified = article.data.updated): StoryCard {
  const { section, title, dek, published, asOf } = article.data;
  return {
    ...common(),
    kind: 'article',
    kicker: section,
    title,
    dek,
    date: `As of ${formatDay(asOf)} · ${differentInstants(published, modified) ? `Updated ${day(modified)}` : `Published ${day(published)}`}`,
  };
}

/** A tag's card; `articles` are the tag's articles in home-page order. */
export function tagCard(
  tag: string,
  articles: Article[],
  modified: ModifiedDates = new Map(),
): StoryCard {
  const name = tag.replaceAll('-', ' ');
  const [lead] = articles;
  if (!lead)
    throw new Error(`The tag "${tag}" has no articles, so it has no page and no share image.`);
  const count = countOf(articles.length, 'article');
  return {
    ...common(),
    kind: 'tag',
    kicker: 'Topic',
    title: name.charAt(0).toUpperCase() + name.slice(1),
    dek:
      articles.length === 1
        ? `${count}: “${lead.data.title}”`
        : `${count}, including “${lead.data.title}”`,
    date: `Updated ${day(latestUpdate(articles, modified))}`,
  };
}

export function homeCard(articles: Article[], modified: ModifiedDates = new Map()): StoryCard {
  return {
    ...common(),
    kind: 'home',
    kicker: 'Explainer',
    title: readSiteSettings().name,
    dek: readSiteSettings().description,
    date: `Updated ${day(latestUpdate(articles, modified))}`,
  };
}

export async function quoteCard(id: string): Promise<QuoteCard> {
  const { quote, speaker } = await getQuoteView(id);
  const said = displayEventDate(quote.data.date);
  return {
    ...common(),
    kind: 'quote',
    text: quote.data.text,
    speaker: speaker.data.name,
    role: roleAtTheTime(speaker.data),
    date: said.datetime ? said.label : '',
  };
}

/**
 * Where a fact box's facts stand, as its card draws it after "Status: " and its page's image
 * description repeats it: "Carried out 23–25 May 2025", "Agreed, not yet carried out".
 */
export function factStatusText({ status, steps }: Pick<FactBoxView, 'status' | 'steps'>): string {
  const latest = steps.filter((s) => s.view.current.status === 'happened').at(-1);
  const when = latest ? displayEventDate(latest.view.current.date) : undefined;
  return status.settled && when?.datetime ? `${status.label} ${when.label}` : status.label;
}

export function factCard(view: FactBoxView): FactCard {
  const { box, status, lastUpdated } = view;
  return {
    ...common(),
    kind: 'fact',
    title: box.data.title,
    figures: box.data.figures.map(({ value, label }) => ({ value, label })),
    status: factStatusText(view),
    date: `Status as of ${formatDay(status.asOf)} · Updated ${day(lastUpdated)}`,
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
  const modified: ModifiedDates = new Map(
    await Promise.all(
      articles.map(async (a) => [a.id, articleModified(a, await getArticleUpdates(a))] as const),
    ),
  );
  return [
    { kind: 'home', id: 'site', card: homeCard(articles, modified) },
    ...articles.map((a) => ({
      kind: 'article' as const,
      id: a.id,
      card: articleCard(a, modified.get(a.id)),
    })),
    ...[...tags].map(([tag, tagged]) => ({
      kind: 'tag' as const,
      id: tag,
      card: tagCard(tag, tagged, modified),
    })),
    ...(await Promise.all(
      quotes.map(async (q) => ({ kind: 'quote' as const, id: q.id, card: await quoteCard(q.id) })),
    )),
    ...(await Promise.all(
      factboxes.map(async (box) => ({
        kind: 'fact' as const,
        id: box.id,
        card: factCard(await getFactBoxView(box.id)),
      })),
    )),
  ];
}
