// The words a page's document uses about the site. Pure: the site's settings are read from
// content/site.yaml by src/content-layer/site-settings.ts, and passed in.

/** A page's `<title>`: its own title and the site's name, or the site's name alone on the home page. */
export function documentTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title} | ${siteName}`;
}
