// What each edition still lacks, and which of its translations are older than the English they
// translate: `npm run build` and `npm run review` list them. None of it stops a build: a missing
// text is shown in English, marked as such, and a stale translation says so on its page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { updatedOf } from './content-files.ts';
import { checkDictionaries } from './dictionary.ts';
import { translatedEditions } from './editions.ts';
import { articleId, contentDir, listMarkdownFiles } from './paths.ts';
import { splitMarkdown } from './source-text.ts';
import { checkTranslations, TRANSLATIONS_FOLDER } from './translations.ts';

export interface StaleTranslation {
  /** The translation's file, as the project names it. */
  file: string;
  /** The English `updated` it was translated from. */
  translatedFrom: string;
  /** The English article's `updated` now. */
  updated: string;
}

export interface EditionStatus {
  /** Each English article an edition has no translation of: `content/translations/uk/articles/x.md`. */
  missingArticles: string[];
  /** Each interface text an edition lacks: `uk: factbox.statusAsOf`. */
  missingTexts: string[];
  /** Each entry text an edition lacks: `content/translations/uk/people.yaml: rustem-umerov role`. */
  missingEntryTexts: string[];
  /** Each translation made from an older version of its English article. */
  stale: StaleTranslation[];
}

/** The `translatedFrom` of a translation's frontmatter, as an ISO instant, or undefined. */
function translatedFromOf(text: string): string | undefined {
  const frontmatter = splitMarkdown(text).frontmatter;
  const value = frontmatter
    ? (parse(frontmatter) as { translatedFrom?: unknown } | null)?.translatedFrom
    : undefined;
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function editionStatus(dir: string = contentDir): EditionStatus {
  const status: EditionStatus = {
    missingArticles: [],
    missingTexts: [],
    missingEntryTexts: [],
    stale: [],
  };
  const articles = listMarkdownFiles(join(dir, 'articles')).map(articleId);
  for (const edition of translatedEditions(dir)) {
    for (const slug of articles) {
      const file = join(dir, TRANSLATIONS_FOLDER, edition.code, 'articles', `${slug}.md`);
      const shown = file.replace(/^\.\//, '');
      if (!existsSync(file)) {
        status.missingArticles.push(shown);
        continue;
      }
      const updated = updatedOf(
        splitMarkdown(readFileSync(join(dir, 'articles', `${slug}.md`), 'utf8')).frontmatter ?? '',
      );
      const translatedFrom = translatedFromOf(readFileSync(file, 'utf8'));
      if (updated && translatedFrom && Date.parse(updated) > Date.parse(translatedFrom))
        status.stale.push({ file: shown, translatedFrom, updated });
    }
  }
  status.missingTexts = checkDictionaries(dir).missing;
  status.missingEntryTexts = checkTranslations(dir).missing;
  return status;
}

/** The status as lines for a terminal, or none when every edition is complete and current. */
export function formatEditionStatus(status: EditionStatus): string[] {
  const lines: string[] = [];
  const list = (title: string, items: string[]) => {
    if (items.length)
      lines.push(`  ${title} (${items.length}):`, ...items.map((item) => `    ${item}`));
  };
  list(
    'Translations older than their English article',
    status.stale.map(
      (s) =>
        `${s.file}: translated from the version of ${s.translatedFrom.slice(0, 10)}; the English was updated ${s.updated.slice(0, 10)}`,
    ),
  );
  list('Articles not yet translated (shown in English)', status.missingArticles);
  list('Interface texts not yet translated (shown in English)', status.missingTexts);
  list('Entry texts not yet translated (shown in English)', status.missingEntryTexts);
  return lines;
}
