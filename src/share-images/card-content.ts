// What each page's share image says: turns content entries into the plain card data that
// templates.ts draws. One card per article, tag, quote and fact box, and one for the home page.
import { roleAtTheTime } from '../lib/names.ts';
import { type CollectionEntry } from 'astro:content';
import { getCollection } from '../content-layer/entries.ts';
import {
  differentInstants,
  displayEventDate,
  formatDay,
  formatInstantDay,
} from '../content-layer/edition-format.ts';
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

import { currentEdition } from '../content-layer/editions.ts';
import { t, topicName } from '../content-layer/dictionary.ts';
import { siteUrl } from '../content-layer/site-address.ts';
import { readSiteTexts } from '../content-layer/translations.ts';

type Article = CollectionEntry<'articles'>;

/** What every card shows: the site's name and host, in the edition's language. */
function common(): Pick<ShareCard, 'lang' | 'edition' | 'labels' | 'site' | 'host'> {
  const edition = currentEdition();
  return {
    lang: edition.lang,
    ...(edition.original ? {} : { edition: edition.code }),
    labels: {
      quote: t(edition.original ? 'sharecard.quote' : 'sharecard.quoteTranslated'),
      factBox: t('sharecard.factBox'),
      status: t('sharecard.status'),
    },
    site: readSiteTexts().name,
    host: new URL(siteUrl).host,
  };
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
    date: t('sharecard.articleDate', {
      asOf: formatDay(asOf),
      when: differentInstants(published, modified)
        ? t('sharecard.updated', { date: day(modified) })
        : t('sharecard.published', { date: day(published) }),
    }),
  };
}

/** A tag's card; `articles` are the tag's articles in home-page order. */
export function tagCard(
  tag: string,
  articles: Article[],
  modified: ModifiedDates = new Map(),
): StoryCard {
  const name = topicName(tag).text;
  const [lead] = articles;
  if (!lead)
    throw new Error(`The tag "${tag}" has no articles, so it has no page and no share image.`);
  const lang = currentEdition().lang;
  return {
    ...common(),
    kind: 'tag',
    kicker: t('sharecard.topic'),
    title: name.charAt(0).toLocaleUpperCase(lang) + name.slice(1),
    dek: t(articles.length === 1 ? 'sharecard.tagOne' : 'sharecard.tagMany', {
      count: articles.length,
      title: lead.data.title,
    }),
    date: t('sharecard.updated', { date: day(latestUpdate(articles, modified)) }),
  };
}

export function homeCard(articles: Article[], modified: ModifiedDates = new Map()): StoryCard {
  return {
    ...common(),
    kind: 'home',
    kicker: t('sharecard.explainer'),
    title: readSiteTexts().name,
    dek: readSiteTexts().description,
    date: t('sharecard.updated', { date: day(latestUpdate(articles, modified)) }),
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
  return status.settled && when?.datetime
    ? t('sharecard.settledOn', { status: status.label, date: when.label })
    : status.label;
}

export function factCard(view: FactBoxView): FactCard {
  const { box, status, lastUpdated } = view;
  return {
    ...common(),
    kind: 'fact',
    title: box.data.title,
    figures: box.data.figures.map(({ value, label }) => ({ value, label })),
    status: factStatusText(view),
    date: t('sharecard.factDate', { asOf: formatDay(status.asOf), updated: day(lastUpdated) }),
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
