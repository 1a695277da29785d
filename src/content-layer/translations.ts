// The editions' texts for the YAML entries: `content/translations/<lang>/<file>` gives, for each
// entry id, only its texts, in the same nesting as the English entry (`src/lib/translation-overlay.ts`
// lays them over it). Figures, dates, statuses, references and sources always come from the one
// English entry, so a number corrected there is corrected in every edition. Checked like content:
// an id that names no entry, a field the English lacks or that is never translated (an id, a date,
// an outlet's own words), and a number the English text does not give each stop the build, naming
// the file, the line and the key. What a translation leaves out is shown in English, marked
// `lang="en"` by the components, and listed by the build (`missingTranslations`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import { numbersIn } from '../lib/edition-numbers.ts';
import {
  overlay,
  pathLabel,
  type OverlayPath,
  type OverlayRules,
} from '../lib/translation-overlay.ts';
import {
  readDataCollection,
  readFactBoxFigures,
  readYamlSource,
  type FactBoxFigures,
} from './content-files.ts';
import { currentEdition, translatedEditions, type Edition } from './editions.ts';
import { readSiteSettings } from './site-settings.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { contentDir } from './paths.ts';
import { COLLECTIONS, type DataCollectionName } from './registry.ts';
import { locate } from './source-text.ts';

/** The folder of an edition's translations, in the content folder. */
export const TRANSLATIONS_FOLDER = 'translations';

/**
 * Fields whose value is never a text a translation gives: ids and references to other entries,
 * dates, kinds and statuses, file paths, the report's own words, and an outlet's name, headline
 * and excerpt (what the outlet published stays as it was published).
 */
const FIXED_FIELDS = new Set([
  'asOf',
  'date',
  'excerpt',
  'explanation',
  'file',
  'from',
  'howWeReport',
  'key',
  'keyQuote',
  'kind',
  'lang',
  'language',
  'lastUpdated',
  'locale',
  'order',
  'outlet',
  'paragraph',
  'part',
  'precision',
  'published',
  'quote',
  'read',
  'reportSaid',
  'reviewBy',
  'side',
  'speaker',
  'status',
  'to',
  'url',
  'value',
]);

/**
 * Fields that name other entries: fixed where they hold ids (`source: istanbul-talks-report`,
 * `people: [rustem-umerov]`), translated where they hold texts of their own (a citation's `note`
 * under `source`, the site's `pages.people.description`).
 */
const REFERENCE_FIELDS = new Set([
  'actors',
  'also',
  'article',
  'event',
  'events',
  'followUps',
  'people',
  'source',
  'sources',
  'tags',
]);

/** An id, a reference as the schema resolves it (`{ collection, id }`), or a list of either. */
const namesEntries = (value: unknown): boolean => {
  const isId = (item: unknown) =>
    typeof item === 'string' ||
    (!!item &&
      typeof item === 'object' &&
      Object.keys(item).sort().join() === 'collection,id' &&
      typeof (item as { id: unknown }).id === 'string');
  return isId(value) || (Array.isArray(value) && value.every(isId));
};

/**
 * The rules for one entry. A source's `title` is the outlet's headline, never translated, but a
 * report's title and its paragraph summaries are this site's own words; the site's `editions` list
 * names languages.
 */
function rulesFor(collection: DataCollectionName | 'site', entry?: unknown): OverlayRules {
  const ownWords =
    collection === 'sources' &&
    !!entry &&
    typeof entry === 'object' &&
    (entry as { kind?: unknown }).kind === 'report';
  return {
    fixed: (path: OverlayPath, english: unknown) => {
      const field = [...path].reverse().find((part): part is string => typeof part === 'string');
      if (field === undefined) return false;
      if (collection === 'site' && path[0] === 'editions') return true;
      if (FIXED_FIELDS.has(field)) return true;
      if (REFERENCE_FIELDS.has(field)) return namesEntries(english);
      return collection === 'sources' && path.length === 1 && field === 'title' && !ownWords;
    },
  };
}

/** The file of an edition's translation of a collection: `content/translations/uk/people.yaml`. */
export function translationFile(
  edition: Pick<Edition, 'code'>,
  file: string,
  dir: string = contentDir,
): string {
  return join(dir, TRANSLATIONS_FOLDER, edition.code, file);
}

/** An edition's translated texts of one collection, by entry id, as written. */
function readTranslated(
  edition: Pick<Edition, 'code'>,
  file: string,
  dir: string,
): Record<string, unknown> {
  const path = translationFile(edition, file, dir);
  if (!existsSync(path)) return {};
  const data: unknown = readYamlSource(path)?.doc.toJS();
  return data && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

const laid = new WeakMap<object, Map<string, unknown>>();
/** The English texts a translated entry's data shows, because its translation leaves them out. */
const untranslated = new WeakMap<object, { lang: string; paths: Set<string> }>();

/**
 * The `lang` an element holding one of an entry's texts needs: the site's own language's tag when
 * the edition shows that text in English (its translation leaves it out), or undefined when the
 * text is in the page's language. `textLang(person.data, 'role')`, `textLang(box.data, 'figures', 0, 'label')`.
 */
export function textLang(data: object, ...path: (string | number)[]): string | undefined {
  const marks = untranslated.get(data);
  if (!marks) return undefined;
  const key = pathLabel(path);
  for (const missing of marks.paths)
    if (key === missing || key.startsWith(`${missing}.`) || key.startsWith(`${missing}[`))
      return marks.lang;
  return undefined;
}

/**
 * An entry's data in an edition: the English entry with the edition's texts laid over it. The same
 * object for the site's own language; made once per entry and edition.
 */
export function translatedData<T extends object>(
  collection: DataCollectionName,
  id: string,
  english: T,
  edition: Pick<Edition, 'code' | 'original'>,
  dir: string = contentDir,
): T {
  if (edition.original) return english;
  let byEdition = laid.get(english);
  if (!byEdition) laid.set(english, (byEdition = new Map<string, unknown>()));
  const cached = byEdition.get(edition.code);
  if (cached) return cached as T;
  const translated = readTranslated(edition, COLLECTIONS[collection].source.file, dir)[id];
  const laidOver = overlay(english, translated, rulesFor(collection, english));
  // A copy even when nothing is translated, so that the English entry itself is never marked.
  const value = (laidOver.value === english ? { ...english } : laidOver.value) as T;
  if (laidOver.missing.length && value && typeof value === 'object')
    untranslated.set(value, {
      lang: readSiteSettings(dir).lang,
      paths: new Set(laidOver.missing.map(pathLabel)),
    });
  byEdition.set(edition.code, value);
  return value;
}

/** The site settings' texts in an edition (`content/translations/<lang>/site.yaml`). */
export function translatedSiteData<T extends object>(
  english: T,
  edition: Pick<Edition, 'code' | 'original'>,
  dir: string = contentDir,
): T {
  if (edition.original) return english;
  const path = translationFile(edition, 'site.yaml', dir);
  if (!existsSync(path)) return english;
  return overlay(english, readYamlSource(path)?.doc.toJS(), rulesFor('site')).value as T;
}

/** The numbers a translated text gives that its English does not, or the reverse. */
function numberMismatch(english: string, translated: string, lang: string): string | undefined {
  const expected = numbersIn(english, 'en').sort((a, b) => a - b);
  const found = numbersIn(translated, lang).sort((a, b) => a - b);
  if (expected.join(',') === found.join(',')) return undefined;
  const fmt = (list: number[]) => (list.length ? list.join(', ') : 'none');
  return `its numbers (${fmt(found)}) are not the English text's (${fmt(expected)})`;
}

function valueAt(value: unknown, path: OverlayPath): unknown {
  return path.reduce<unknown>(
    (at, part) =>
      at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined,
    value,
  );
}

export interface TranslationCheck {
  /** What stops the build. */
  problems: ContentProblem[];
  /** Each English text an edition does not translate: `content/translations/uk/people.yaml: rustem-umerov role`. */
  missing: string[];
}

/** Every translation of every YAML collection, checked against its English entries. */
export function checkTranslations(dir: string = contentDir): TranslationCheck {
  const problems: ContentProblem[] = [];
  const missing: string[] = [];
  for (const edition of translatedEditions(dir)) {
    for (const name of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) {
      const spec = COLLECTIONS[name];
      if (!('file' in spec.source)) continue;
      const collection = name as DataCollectionName;
      const file = translationFile(edition, spec.source.file, dir);
      const shown = file.replace(/^\.\//, '');
      const english = readDataCollection(dir, collection).entries;
      const translated = readTranslated(edition, spec.source.file, dir);
      const source = existsSync(file) ? readYamlSource(file) : undefined;
      const at = (path: OverlayPath) => (source ? locate(source, path) : undefined);
      for (const [id, texts] of Object.entries(translated)) {
        const entry = english.get(id);
        if (!entry) {
          problems.push({
            file: shown,
            ...at([id]),
            entry: id,
            problem: `there is no entry "${id}" in content/${spec.source.file} for this translation to translate.`,
            fix: `use the id of an entry of content/${spec.source.file}, or remove this one.`,
          });
          continue;
        }
        const laidOver = overlay(entry, texts, rulesFor(collection, entry));
        for (const problem of laidOver.problems)
          problems.push({
            file: shown,
            ...at([id, ...problem.path]),
            entry: id,
            field: pathLabel(problem.path),
            problem: problem.problem,
            fix: problem.fix,
          });
        missing.push(...laidOver.missing.map((path) => `${shown}: ${id} ${pathLabel(path)}`));
        problems.push(...numberProblems(entry, laidOver.value, edition.code, shown, id, at));
      }
      // An entry with no text of its own to translate (an outlet's piece: its headline, excerpt
      // and address stay as published) is not missing.
      for (const [id, entry] of english)
        if (!(id in translated) && overlay(entry, {}, rulesFor(collection, entry)).missing.length)
          missing.push(`${shown}: ${id} (the whole entry)`);
    }
  }
  return { problems, missing };
}

function numberProblems(
  english: object,
  translated: unknown,
  lang: string,
  file: string,
  id: string,
  at: (path: OverlayPath) => { line: number; column: number } | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: unknown, path: OverlayPath) => {
    if (typeof value === 'string') {
      const original = valueAt(english, path);
      if (typeof original !== 'string' || original === value) return;
      const mismatch = numberMismatch(original, value, lang);
      if (mismatch)
        problems.push({
          file,
          ...at([id, ...path]),
          entry: id,
          field: pathLabel(path),
          problem: `this translation does not say what the English says: ${mismatch}.`,
          fix: `give every number of the English text, written as ${lang} writes numbers, and no other: "${original}".`,
        });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(translated, []);
  return problems;
}

const siteTexts = new Map<string, SiteSettings>();

/** The site's settings with their texts in the page's edition (its name, descriptions, place). */
export function readSiteTexts(): SiteSettings {
  const settings = readSiteSettings();
  const edition = currentEdition();
  if (edition.original) return settings;
  const key = `${edition.code}`;
  const cached = siteTexts.get(key);
  if (cached && siteTexts.get(`${key}:english`) === settings) return cached;
  const translated = translatedSiteData(settings, edition);
  siteTexts.set(key, translated);
  siteTexts.set(`${key}:english`, settings);
  return translated;
}

/** Every quote's words in an edition (our translation of the report's English), by quote id. */
export function translatedQuoteTexts(
  code: string,
  dir: string = contentDir,
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [id, entry] of Object.entries(readTranslated({ code }, 'quotes.yaml', dir))) {
    const text = (entry as { text?: unknown } | null)?.text;
    if (typeof text === 'string') texts[id] = text;
  }
  return texts;
}

/** Each fact box's figures in an edition: the English values, with the edition's labels and phrases. */
export function translatedFactBoxFigures(
  code: string,
  dir: string = contentDir,
): Record<string, FactBoxFigures> {
  const english = readFactBoxFigures(dir);
  const translated = readTranslated({ code }, 'factboxes.yaml', dir);
  return Object.fromEntries(
    Object.entries(english).map(([id, box]) => {
      const figures = (translated[id] as { figures?: unknown } | undefined)?.figures;
      const laidOver = overlay(box.figures, figures, rulesFor('factboxes'), ['figures']);
      return [id, { ...box, figures: laidOver.value as FactBoxFigures['figures'] }];
    }),
  );
}
