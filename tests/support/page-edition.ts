// Which edition a built page belongs to, and what that edition calls things, for tests that check
// every page of every edition: `/uk/…` is the Ukrainian edition's, a path under no edition's
// prefix the site's own language's. Read from content/, as the build reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readSiteSettings } from '../../src/content-layer/site-settings.ts';

export interface PageEdition {
  /** `en` for the site's own language, else the edition's `lang` (`uk`). */
  code: string;
  /** The pages' `lang`: `en-GB`, `uk`. */
  lang: string;
  /** Open Graph's locale: `en_GB`, `uk_UA`. */
  locale: string;
  /** The site's name and short name in the edition. */
  name: string;
  shortName: string;
  /** The main menu's label for screen readers. */
  mainMenu: string;
}

const site = readSiteSettings();
const content = join(import.meta.dirname, '..', '..', 'content');
const readYaml = (...path: string[]) => parse(readFileSync(join(content, ...path), 'utf8'));

/** The edition of the built page at `path`. */
export function pageEdition(path: string): PageEdition {
  const edition = site.editions.find((e) => path.startsWith(`/${e.lang}/`));
  const code = edition?.lang ?? 'en';
  const { main } = readYaml('i18n', code, 'header.yaml') as { main: string };
  if (!edition)
    return {
      code,
      lang: site.lang,
      locale: site.locale,
      name: site.name,
      shortName: site.shortName,
      mainMenu: main,
    };
  const { name, shortName } = readYaml('translations', code, 'site.yaml') as {
    name: string;
    shortName: string;
  };
  return { code, lang: edition.lang, locale: edition.locale, name, shortName, mainMenu: main };
}
