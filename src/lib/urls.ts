// Paths of the site's pages, in one place, so links and tests agree.
import { siteUrl } from './site-url';

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  tag: (tag: string) => `/tags/${tag}/`,
  tags: () => '/tags/',
  person: (id: string) => `/people/#${id}`,
  people: () => '/people/',
  source: (id: string) => `/sources/${id}/`,
};

/** An absolute URL on the site, from a path. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}
