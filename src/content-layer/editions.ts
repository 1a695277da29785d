// The site's editions: its own language at `/` and each language of `editions` in content/site.yaml
// at `/<lang>/`, and which of them the page being rendered belongs to. Astro gives each request
// its locale (`Astro.currentLocale`, from the i18n routing in astro.config.mjs); src/middleware.ts
// runs the page's rendering inside `inEdition`, so that the content reader, the dictionary and the
// date and number formats read the page's edition without every component passing it down. Outside
// a page (getStaticPaths, the checks, the tests), the edition is the site's own language.
import { AsyncLocalStorage } from 'node:async_hooks';
import { contentDir } from './paths.ts';
import { readSiteSettings } from './site-settings.ts';

export interface Edition {
  /** The edition's language code and the start of its addresses: `en`, `uk`. */
  code: string;
  /** Its pages' `lang` attribute: `en-GB`, `uk`. */
  lang: string;
  /** Open Graph's locale: `en_GB`, `uk_UA`. */
  locale: string;
  /** The language's name, in that language: "English", "Українська". */
  name: string;
  /** Prefixed to every path of the edition: '' for the site's own language, `/uk` for Ukrainian. */
  prefix: string;
  /** True for the site's own language, the one every entry is written in. */
  original: boolean;
}

/** The code of the site's own language: `en` for `en-GB`. */
export function originalCode(lang: string): string {
  return lang.split('-')[0]!;
}

/** Every edition, the site's own first, then in the order of `editions` in content/site.yaml. */
export function editions(dir: string = contentDir): Edition[] {
  const site = readSiteSettings(dir);
  const made = editionLists.get(site);
  if (made) return made;
  const code = originalCode(site.lang);
  const list: Edition[] = [
    {
      code,
      lang: site.lang,
      locale: site.locale,
      name: site.languageName,
      prefix: '',
      original: true,
    },
    ...site.editions.map((edition) => ({
      code: edition.lang,
      lang: edition.lang,
      locale: edition.locale,
      name: edition.name,
      prefix: `/${edition.lang}`,
      original: false,
    })),
  ];
  editionLists.set(site, list);
  return list;
}

/** The editions made from each reading of site.yaml: every text on every page asks for them. */
const editionLists = new WeakMap<object, Edition[]>();

/** The site's own language's edition. */
export function originalEdition(dir: string = contentDir): Edition {
  return editions(dir)[0]!;
}

/** The editions in other languages than the site's own. */
export function translatedEditions(dir: string = contentDir): Edition[] {
  return editions(dir).filter((edition) => !edition.original);
}

/** The edition with the code `code`; the site's own for an unknown or missing code. */
export function editionOf(code: string | undefined): Edition {
  const all = editions();
  return all.find((edition) => edition.code === code) ?? all[0]!;
}

const rendering = new AsyncLocalStorage<string>();

/** Runs `render` (a page's rendering) as a page of the edition `code`. */
export function inEdition<T>(code: string | undefined, render: () => T): T {
  return rendering.run(editionOf(code).code, render);
}

/** The edition of the page being rendered; the site's own language outside a page. */
export function currentEdition(): Edition {
  return editionOf(rendering.getStore());
}

/** A path of the site (`/articles/x/`) in an edition: `/uk/articles/x/`. */
export function pathInEdition(path: string, edition: Edition = currentEdition()): string {
  return `${edition.prefix}${path}`;
}

/** The path of the same page in the site's own language: `/uk/articles/x/` → `/articles/x/`. */
export function originalPath(path: string): string {
  for (const edition of translatedEditions())
    if (path === edition.prefix || path.startsWith(`${edition.prefix}/`))
      return path.slice(edition.prefix.length) || '/';
  return path;
}

/** The route parameter that names a page's edition: `src/pages/[...locale]/`. */
export type EditionParams = {
  /** The edition's code, or undefined for the site's own language (no prefix). */
  locale: string | undefined;
};

/**
 * Each path of a page (as its `getStaticPaths` gives them), once in every edition: every page has
 * its counterpart in each. Props made here are read outside any page, in the site's own language:
 * a page reads its entries again, by id, to have them in its edition.
 */
export function inEveryEdition<P extends { params: object }>(
  paths: readonly P[],
): (P & { params: P['params'] & EditionParams })[] {
  return editions().flatMap((edition) =>
    paths.map((path) => ({
      ...path,
      params: { ...path.params, locale: edition.original ? undefined : edition.code },
    })),
  );
}
