// The interface's words in each edition: `content/i18n/<lang>/<area>.yaml`, one file per part of
// the page (`article.yaml`, `factbox.yaml`…), each a map of keys to texts. A key is named by its
// file and its path: `factbox.statusAsOf`. A text may hold `{placeholders}`, filled in by `t()`;
// a text that depends on a count is a map of Intl plural categories (`one`, `few`, `many`,
// `other`). The site's own language's files are the reference: an edition's file may not name a
// key they lack or change a placeholder (the build stops, naming the file, line and key); a key
// an edition lacks falls back to the site's own language, is marked `lang` by `<T>`, and is
// listed by the build.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import { readYamlSource } from './content-files.ts';
import { currentEdition, editions, originalEdition, type Edition } from './editions.ts';
import { contentDir, contentIsSettled } from './paths.ts';
import { locate } from './source-text.ts';

/** The folder of the dictionaries, in the content folder. */
export const DICTIONARY_FOLDER = 'i18n';

/** A text, or its forms by plural category. */
export type Entry = string | Partial<Record<Intl.LDMLPluralRule, string>>;

interface Dictionary {
  /** Every key's text. */
  entries: Map<string, Entry>;
  /** Where each key is written: the file and its path in it. */
  written: Map<string, { file: string; path: string[] }>;
}

function isPlural(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((key) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(key)) &&
    Object.values(value).every((text) => typeof text === 'string')
  );
}

function flatten(value: unknown, prefix: string[], file: string, into: Dictionary): void {
  if (typeof value === 'string') {
    into.entries.set(prefix.join('.'), value);
    into.written.set(prefix.join('.'), { file, path: prefix.slice(1) });
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (isPlural(record)) {
      into.entries.set(prefix.join('.'), record);
      into.written.set(prefix.join('.'), { file, path: prefix.slice(1) });
    } else
      for (const [key, item] of Object.entries(record)) flatten(item, [...prefix, key], file, into);
  }
}

const dictionaries = new Map<string, { at: number; dictionary: Dictionary }>();

/**
 * An edition's dictionary, read again at most twice a second: a page asks for dozens of texts, and
 * `astro dev` sees an edit on the next request.
 */
function readDictionary(code: string, dir: string): Dictionary {
  const key = `${dir}:${code}`;
  const cached = dictionaries.get(key);
  if (cached && (contentIsSettled() || Date.now() - cached.at < 500)) return cached.dictionary;
  const dictionary = readDictionaryFiles(code, dir);
  dictionaries.set(key, { at: Date.now(), dictionary });
  return dictionary;
}

/** An edition's dictionary, from every file of its folder. */
function readDictionaryFiles(code: string, dir: string): Dictionary {
  const dictionary: Dictionary = { entries: new Map(), written: new Map() };
  const folder = join(dir, DICTIONARY_FOLDER, code);
  if (!existsSync(folder)) return dictionary;
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = join(folder, name);
    flatten(readYamlSource(file)?.doc.toJS(), [name.replace(/\.yaml$/, '')], file, dictionary);
  }
  return dictionary;
}

/** What `t()` gives: the text, and the language it is in (another when the edition lacks the key). */
export interface Phrase {
  text: string;
  /** The `lang` of the text: the edition's own, or the site's own language's when it fell back. */
  lang: string;
  /** True when the edition lacks the key and the text is the site's own language's. */
  fallback: boolean;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Intl's formatters by language, made once: making one costs more than using it many times. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormat = (lang: string) =>
  numberFormats.get(lang) ?? numberFormats.set(lang, new Intl.NumberFormat(lang)).get(lang)!;
const pluralRule = (lang: string) =>
  pluralRules.get(lang) ?? pluralRules.set(lang, new Intl.PluralRules(lang)).get(lang)!;

function fill(text: string, values: Record<string, string | number>, lang: string): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
}

function choose(entry: Entry, values: Record<string, string | number>, lang: string): string {
  if (typeof entry === 'string') return entry;
  const count = values['count'];
  const rule = typeof count === 'number' ? pluralRule(lang).select(count) : 'other';
  return entry[rule] ?? entry.other ?? Object.values(entry)[0] ?? '';
}

/** A key's text in an edition (the page's, by default), with `{placeholders}` filled in. */
export function phrase(
  key: string,
  values: Record<string, string | number> = {},
  edition: Edition = currentEdition(),
  dir: string = contentDir,
): Phrase {
  const own = readDictionary(edition.code, dir).entries.get(key);
  if (own !== undefined)
    return {
      text: fill(choose(own, values, edition.lang), values, edition.lang),
      lang: edition.lang,
      fallback: false,
    };
  const original = editions(dir)[0]!;
  const english = readDictionary(original.code, dir).entries.get(key);
  if (english === undefined)
    throw new Error(
      `No text for "${key}" in ${join(dir, DICTIONARY_FOLDER, original.code)}/: add it to ${key.split('.')[0]}.yaml there.`,
    );
  return {
    text: fill(choose(english, values, original.lang), values, original.lang),
    lang: original.lang,
    fallback: !edition.original,
  };
}

/** A key's text in the page's edition, with `{placeholders}` filled in. */
export function t(key: string, values: Record<string, string | number> = {}): string {
  return phrase(key, values).text;
}

export interface DictionaryCheck {
  problems: ContentProblem[];
  /** Each key an edition lacks: `uk: factbox.statusAsOf`. */
  missing: string[];
}

const placeholders = (entry: Entry) =>
  [
    ...new Set(
      (typeof entry === 'string' ? [entry] : Object.values(entry)).flatMap((text) =>
        [...(text ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]!),
      ),
    ),
  ].sort();

/** Every edition's dictionary against the site's own language's. */
export function checkDictionaries(dir: string = contentDir): DictionaryCheck {
  const [original, ...others] = editions(dir);
  const reference = readDictionary(original!.code, dir);
  const problems: ContentProblem[] = [];
  const missing: string[] = [];
  for (const edition of others) {
    const dictionary = readDictionary(edition.code, dir);
    for (const [key, entry] of dictionary.entries) {
      const where = dictionary.written.get(key)!;
      const source = readYamlSource(where.file);
      const at = source ? locate(source, where.path) : undefined;
      const file = where.file.replace(/^\.\//, '');
      const english = reference.entries.get(key);
      if (english === undefined) {
        problems.push({
          file,
          ...at,
          field: key,
          problem: `there is no key "${key}" in content/${DICTIONARY_FOLDER}/${original!.code}/ for this text to translate.`,
          fix: `use a key of content/${DICTIONARY_FOLDER}/${original!.code}/${key.split('.')[0]}.yaml, or remove this one.`,
        });
        continue;
      }
      const want = placeholders(english).join(', ');
      const have = placeholders(entry).join(', ');
      if (want !== have)
        problems.push({
          file,
          ...at,
          field: key,
          problem: `this text's placeholders (${have || 'none'}) are not the original's (${want || 'none'}).`,
          fix: `keep every placeholder of the original, as written: ${want || 'none'}.`,
        });
    }
    for (const key of reference.entries.keys())
      if (!dictionary.entries.has(key)) missing.push(`${edition.code}: ${key}`);
  }
  return { problems, missing };
}

/**
 * A topic's name in the page's edition (content/i18n/<lang>/topics.yaml, keyed by tag), or, for a
 * tag not there, the tag in words; `lang` marks a name shown in English on another edition's page.
 */
export function topicName(tag: string): { text: string; lang: string | undefined } {
  try {
    const { text, lang, fallback } = phrase(`topics.${tag}`);
    return { text, lang: fallback ? lang : undefined };
  } catch {
    const english = !currentEdition().original;
    return { text: tag.replaceAll('-', ' '), lang: english ? originalEdition().lang : undefined };
  }
}
