// The site's own settings (`content/site.yaml`): its name, what it says about itself, its language,
// its address, the place of the talks and the words of its own pages. One object, not entries by
// id: a newsroom that swaps in its content for another story changes them here, never in code.
import { z } from 'astro/zod';

/** The description of one of the site's own pages, for search engines and link previews. */
const pageDescription = z
  .string()
  .min(20)
  .max(200)
  .describe('The page’s meta description: one sentence, for search engines and link previews.');

export const siteSchema = z.strictObject({
  name: z
    .string()
    .min(3)
    .describe(
      'The site’s name as every page prints it: the masthead, the footer, page titles, the feed, share cards and embeds.',
    ),
  shortName: z
    .string()
    .min(2)
    .max(30)
    .describe('A short name, where the full one does not fit: a phone’s home screen.'),
  description: z
    .string()
    .min(20)
    .describe(
      'One or two sentences on what the site is about: the home page’s description, the footer, the feed, the web manifest and the home page’s share card.',
    ),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a language tag, e.g. en-GB')
    .describe(
      'The language the site is written in, as a language tag (`en-GB`): each page’s `lang`, the feed, the manifest, structured data.',
    ),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'a locale as Open Graph writes it, e.g. en_GB')
    .describe('The same language as link previews (Open Graph) write it, e.g. `en_GB`.'),
  languageName: z
    .string()
    .min(2)
    .default('English')
    .describe(
      'The name of the site’s own language, written in that language ("English"): the language switcher shows it.',
    ),
  editions: z
    .array(
      z.strictObject({
        lang: z
          .string()
          .regex(/^[a-z]{2,3}$/, 'a two- or three-letter language code, e.g. uk')
          .describe(
            'The edition’s language code: its pages’ `lang`, and the start of its addresses (`uk` → `/uk/…`). Its words are in `content/translations/<lang>/` and `content/i18n/<lang>/`.',
          ),
        locale: z
          .string()
          .regex(/^[a-z]{2,3}_[A-Z]{2}$/, 'a locale as Open Graph writes it, e.g. uk_UA')
          .describe('The language as link previews (Open Graph) write it, e.g. `uk_UA`.'),
        name: z
          .string()
          .min(2)
          .describe(
            'The language’s name, written in that language ("Українська"): the language switcher shows it.',
          ),
      }),
    )
    .default([])
    .describe(
      'The site’s editions in other languages, in the order the language switcher lists them: every page has its counterpart in each, fed by the same entries. Leave it out for a site in one language.',
    ),
  url: z
    .url({ protocol: /^https?$/, error: 'an address starting https://, e.g. https://example.org/' })
    .describe(
      'The site’s public address, e.g. `https://news.example.org/`: every absolute URL is built on it. `SITE_URL`, when set, overrides it.',
    ),
  place: z
    .string()
    .min(2)
    .describe(
      'Where the talks took place, as printed after "in": "At the table in …", "Led the delegation in …".',
    ),
  howWeReport: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an article’s file name without .md, e.g. how-we-report')
    .optional()
    .describe(
      'The article that says how the site reports and corrects (its file name in `content/articles/`, without `.md`): linked from every page’s header and footer, and named as the publisher’s corrections policy. Leave it out if there is none.',
    ),
  pages: z
    .strictObject({
      people: z
        .strictObject({
          description: pageDescription,
          intro: z
            .string()
            .min(20)
            .describe('The sentence under the page’s heading: who is on the page.'),
        })
        .describe('Who’s who, `/people/`.'),
      search: z.strictObject({ description: pageDescription }).describe('Search, `/search/`.'),
      tags: z.strictObject({ description: pageDescription }).describe('Every topic, `/tags/`.'),
      sources: z
        .strictObject({ description: pageDescription })
        .describe('Every source, `/sources/`.'),
      notFound: z
        .strictObject({ description: pageDescription })
        .describe('The page shown for an address that does not exist (404).'),
    })
    .describe('The words of the site’s own pages, page by page.'),
});

export type SiteSettings = z.output<typeof siteSchema>;
