// schema.org JSON-LD for the site's pages, as Google's article guidance describes: NewsArticle
// with its images in three ratios, the publisher, corrections and the source it is based on;
// BreadcrumbList on articles; WebSite on the home page. Pure: what it says about the site is
// passed in (src/content-layer/site-address.ts gathers it from content/site.yaml).
import { toUtcIso } from './dates.ts';

type JsonLd = Record<string, unknown>;

/** What structured data says about the site and its publisher. */
export interface SiteFacts {
  /** The site's address, with its trailing slash. */
  url: string;
  name: string;
  description: string;
  /** A language tag, e.g. `en-GB`. */
  lang: string;
  /** Absolute URL of the page on how the site reports and corrects, when it has one. */
  correctionsPolicy?: string | undefined;
}

export interface ArticleFacts {
  url: string;
  headline: string;
  description: string;
  published: string;
  modified: string;
  section: string;
  tags: readonly string[];
  /** Absolute URLs of the article's image in 16:9, 4:3 and 1:1. */
  images: readonly string[];
  authorName: string;
  authorUrl: string;
  /** Absolute URLs of the sources the article is based on. */
  basedOn: readonly string[];
  corrections: readonly { date: string; note: string }[];
  /** Updates: the article's own and those of the facts it shows (a day or an instant each). */
  updates: readonly { date: string; note: string }[];
}

export function publisher(site: SiteFacts): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${site.url}#publisher`,
    name: site.name,
    url: site.url,
    logo: {
      '@type': 'ImageObject',
      url: new URL('icon-512.png', site.url).href,
      width: 512,
      height: 512,
    },
    ...(site.correctionsPolicy && { correctionsPolicy: site.correctionsPolicy }),
  };
}

export function newsArticle(article: ArticleFacts, site: SiteFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    headline: article.headline,
    description: article.description,
    datePublished: toUtcIso(article.published),
    dateModified: toUtcIso(article.modified),
    articleSection: article.section,
    keywords: article.tags.join(', '),
    inLanguage: site.lang,
    image: article.images,
    // One object, not a list of one: link-preview clients read `author.name`, and some (metascraper
    // before 5.50, as behind Microlink) find nothing in an array.
    author: { '@type': 'Organization', name: article.authorName, url: article.authorUrl },
    publisher: publisher(site),
    isBasedOn: article.basedOn,
    ...(article.corrections.length > 0 && {
      correction: article.corrections.map((c) => ({
        '@type': 'CorrectionComment',
        text: c.note,
        datePublished: c.date,
      })),
    }),
    // schema.org has no type for an update note; a Comment named "Update" sits beside the corrections.
    ...(article.updates.length > 0 && {
      comment: article.updates.map((u) => ({
        '@type': 'Comment',
        name: 'Update',
        text: u.note,
        datePublished: u.date.length > 10 ? toUtcIso(u.date) : u.date,
      })),
    }),
  };
}

export function breadcrumbs(trail: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function webSite(site: SiteFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site.url}#website`,
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: site.lang,
    publisher: publisher(site),
  };
}

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in the content. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
