// The RSS feed of every article: title, link, dek, published and updated dates, and tags.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentEdition, inEveryEdition } from '../../content-layer/editions.ts';
import { t } from '../../content-layer/dictionary.ts';
import { articleModified, getArticleUpdates, getArticles } from '../../content-layer/entries.ts';
import { formatDay, formatInstantDay, toUtcIso } from '../../content-layer/edition-format.ts';
import { absoluteUrl } from '../../content-layer/site-address.ts';
import { readSiteTexts } from '../../content-layer/translations.ts';
import { paths } from '../../content-layer/edition-paths.ts';

// A feed per edition: `/rss.xml`, `/uk/rss.xml`, … each in its language.
export const getStaticPaths = (() => inEveryEdition([{ params: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const articles = await Promise.all(
    (await getArticles())
      .sort((a, b) => b.data.published.localeCompare(a.data.published))
      .map(async (article) => {
        const updates = await getArticleUpdates(article);
        return { article, updates, modified: articleModified(article, updates) };
      }),
  );
  const lastUpdate = articles
    .map((a) => toUtcIso(a.modified))
    .sort()
    .at(-1);
  const site = readSiteTexts();
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl(paths.home()),
    xmlns: { dcterms: 'http://purl.org/dc/terms/', atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${currentEdition().lang}</language>`,
      lastUpdate ? `<lastBuildDate>${new Date(lastUpdate).toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${absoluteUrl(paths.rss())}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: articles.map(({ article, updates, modified }) => ({
      title: article.data.title,
      link: absoluteUrl(paths.article(article.id)),
      // The account's date, and the latest update of a fact it shows, as a reader of the feed needs them.
      description: [
        article.data.dek,
        t('feed.asOf', { date: formatDay(article.data.asOf) }),
        ...updates
          .slice(-1)
          .map((u) =>
            t('feed.update', { date: formatInstantDay(u.data.published), note: u.data.note }),
          ),
      ].join(' '),
      pubDate: new Date(article.data.published),
      categories: [...article.data.tags],
      customData: `<dcterms:modified>${toUtcIso(modified)}</dcterms:modified>`,
    })),
  });
};
