// The site's public address, the one place every absolute URL comes from: `SITE_URL` when it is set
// and not empty (to deploy elsewhere), otherwise `url` in content/site.yaml. Read once, when first imported
// (astro.config.mjs gives it to Astro as `site`).
import type { SiteFacts } from '../lib/structured-data.ts';
import { paths, siteRoot, urlOnSite } from '../lib/urls.ts';
import { readSiteSettings } from './site-settings.ts';

/** The site's address, with its trailing slash: `https://example.org/`. */
export const siteUrl: string = siteRoot(process.env['SITE_URL'] || readSiteSettings().url);

/** An absolute URL on the site, from a path. */
export function absoluteUrl(path: string): string {
  return urlOnSite(path, siteUrl);
}

/** What the site's structured data says about it and its publisher, from content/site.yaml. */
export function siteFacts(): SiteFacts {
  const { name, description, lang, howWeReport } = readSiteSettings();
  return {
    url: siteUrl,
    name,
    description,
    lang,
    correctionsPolicy: howWeReport ? absoluteUrl(paths.article(howWeReport)) : undefined,
  };
}
