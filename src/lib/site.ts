// The words a page's document uses about the site. Pure: the site's settings are read from
// content/site.yaml by src/content-layer/site-settings.ts, and passed in.

/** The longest `<title>` a page gives (what the HTML checks allow); search results cut far sooner. */
export const TITLE_MAX_LENGTH = 142;

/**
 * A page's `<title>`: its own title and the site's name, or the site's name alone on the home
 * page. A long title (a headline in Ukrainian or Russian) takes the site's short name, or, if even
 * that is too long, stands alone: the page's own words come first.
 */
export function documentTitle(
  title: string,
  siteName: string,
  shortName: string = siteName,
): string {
  if (title === siteName) return title;
  return (
    [`${title} | ${siteName}`, `${title} | ${shortName}`].find(
      (full) => full.length <= TITLE_MAX_LENGTH,
    ) ?? title
  );
}
