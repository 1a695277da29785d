// Paths of the site's pages, in one place, so links and tests agree. Pure: the site's address is
// passed in (src/content-layer/site-address.ts reads it and builds the site's absolute URLs).

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  tag: (tag: string) => `/tags/${tag}/`,
  tags: () => '/tags/',
  person: (id: string) => `/people/#${id}`,
  people: () => '/people/',
  /** Search, and every article and topic. */
  search: () => '/search/',
  source: (id: string) => `/sources/${id}/`,
  /** Every source: the reports and each piece from an outlet. */
  sources: () => '/sources/',
  /** A quote's page of its own. */
  quote: (id: string) => `/quotes/${id}/`,
  /** A fact box's page of its own. */
  fact: (id: string) => `/facts/${id}/`,
  /** A fact box alone, for other sites' iframes. */
  embedFactBox: (id: string) => `/embed/factbox/${id}/`,
  /** A fact box's oEmbed response. */
  oembedFactBox: (id: string) => `/oembed/factbox/${id}.json`,
  /** The feed of every article. */
  rss: () => '/rss.xml',
  /** The script other sites load to turn embed placeholders into resizing iframes. */
  embedLoader: () => '/embed.js',
  /** The 1200×630 share image of a page: `kind` is `article`, `tag`, `quote`, `fact` or `home`. */
  shareImage: (kind: string, id: string) => `/og/${kind}/${id}.png`,
};

/** A site's address as every URL is built on it: with one trailing slash, whatever was written. */
export function siteRoot(address: string): string {
  return address.replace(/\/+$/, '') + '/';
}

/** An absolute URL on the site at `siteUrl` (as `siteRoot` gives it), from a path. */
export function urlOnSite(path: string, siteUrl: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}
