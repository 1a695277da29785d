// The RSS feed of every article: title, link, dek, published and updated dates, and tags.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleModified, getArticleUpdates, getArticles } from '../content-layer/entries.ts';
import { formatDay, formatInstantDay, toUtcIso } from '../lib/dates.ts';
import { absoluteUrl } from '../content-layer/site-address.ts';
import { readSiteSettings } from '../content-layer/site-settings.ts';
import { paths } from '../lib/urls.ts';

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
  const site = readSiteSettings();
  return rss({
    title: site.name,
    description: site.description,
    site: absoluteUrl('/'),
    xmlns: { dcterms: 'http://purl.org/dc/terms/', atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${site.lang}</language>`,
      lastUpdate ? `<lastBuildDate>${new Date(lastUpdate).toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${absoluteUrl('/rss.xml')}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: articles.map(({ article, updates, modified }) => ({
      title: article.data.title,
      link: absoluteUrl(paths.article(article.id)),
      // The account's date, and the latest update of a fact it shows, as a reader of the feed needs them.
      description: [
        article.data.dek,
        `As of ${formatDay(article.data.asOf)}.`,
        ...updates
          .slice(-1)
          .map((u) => `Update, ${formatInstantDay(u.data.published)}: ${u.data.note}`),
      ].join(' '),
      pubDate: new Date(article.data.published),
      categories: [...article.data.tags],
      customData: `<dcterms:modified>${toUtcIso(modified)}</dcterms:modified>`,
    })),
  });
};
