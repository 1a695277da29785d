// The RSS feed of every article: title, link, dek, published and updated dates, and tags.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/entries';
import { toUtcIso } from '../lib/dates';
import { SITE } from '../lib/site';
import { absoluteUrl, paths } from '../lib/urls';

export const GET: APIRoute = async () => {
  const articles = (await getArticles()).sort((a, b) => b.data.published.localeCompare(a.data.published));
  const lastUpdate = articles.map((a) => toUtcIso(a.data.updated)).sort().at(-1);
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: absoluteUrl('/'),
    xmlns: { dcterms: 'http://purl.org/dc/terms/', atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${SITE.lang}</language>`,
      lastUpdate ? `<lastBuildDate>${new Date(lastUpdate).toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${absoluteUrl('/rss.xml')}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: articles.map((article) => ({
      title: article.data.title,
      link: absoluteUrl(paths.article(article.id)),
      description: article.data.dek,
      pubDate: new Date(article.data.published),
      categories: [...article.data.tags],
      customData: `<dcterms:modified>${toUtcIso(article.data.updated)}</dcterms:modified>`,
    })),
  });
};
