// The site's name, the words it uses about itself, and its public address.

/** The site's public address: the one place every absolute URL comes from. Set `SITE_URL` to deploy elsewhere. */
export const siteUrl: string =
  (process.env['SITE_URL'] ?? 'https://istanbul-talks.example.org').replace(/\/+$/, '') + '/';

export const SITE = {
  name: 'The Istanbul Talks, Explained',
  shortName: 'Istanbul Talks',
  description:
    'A calm, sourced explainer on the Russia–Ukraine talks in Istanbul on 16 May 2025: what happened, who said what, and what became of what they left open.',
  locale: 'en_GB',
  lang: 'en-GB',
} as const;

/** A page's `<title>`: its own title and the site's name, or the site's name alone on the home page. */
export function documentTitle(title: string): string {
  return title === SITE.name ? title : `${title} | ${SITE.name}`;
}
