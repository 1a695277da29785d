// ArticleHeader.astro: the headline block. An article that follows its open threads up in "What
// happened next" says there what became of them, so its header announces no update; an article
// without follow-ups still announces the latest update of a fact it shows, under its dates. On a
// page of an edition: its words in the edition's language, or the English marked as such; a note
// when the article itself is shown in English or was translated from an older version; and the
// article page's structured data, which names its language and links the translations.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getEntry, type CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { CheerioAPI } from 'cheerio';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import ArticleHeader from '../../src/components/Article/ArticleHeader.astro';
import ArticlePage from '../../src/pages/[...locale]/articles/[slug].astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import {
  articleModified,
  getArticleUpdates,
  requireEntry,
  type ArticleInEdition,
} from '../../src/content-layer/entries.ts';
import { loadHtml, loadHtmlFragment } from '../support/html.ts';

/**
 * The content the components read, with a small Ukrainian dictionary of the test's own
 * (content/i18n/uk/ belongs to the translators): a few of the article's words, so that the others
 * fall back to English. And what `articleInEdition` says of the article in each edition, where a
 * test sets it: a translation, a fresh or an old one, or none.
 */
const fixture: {
  files: Record<string, string>;
  shown: Record<string, ArticleInEdition>;
  /** The copies of the content made for the tests, removed after them. */
  dirs: string[];
} = vi.hoisted(() => ({
  files: {
    'i18n/uk/article.yaml': [
      "header: { by: 'Автор: {byline}', asOf: 'Станом на {date}' }",
      'untranslated: Цю статтю ще не перекладено; її показано англійською.',
      "stale: 'Перекладено з версії від {date}; {english} відтоді оновлено.'",
      'englishLink: англійський текст',
    ].join('\n'),
  },
  shown: {},
  dirs: [],
}));
vi.mock('../../src/content-layer/paths.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/paths.ts')>();
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uk-article-'));
  fixture.dirs.push(dir);
  fs.cpSync(original.contentDir, dir, { recursive: true });
  // The Ukrainian dictionary is the test's own; the Russian one is left out, so that edition says
  // everything in English, as an edition whose translators have not started would.
  for (const code of ['uk', 'ru'])
    fs.rmSync(path.join(dir, 'i18n', code), { recursive: true, force: true });
  for (const [file, text] of Object.entries(fixture.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${text}\n`);
  }
  return { ...original, contentDir: dir };
});
vi.mock('../../src/content-layer/entries.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/entries.ts')>();
  const { currentEdition } = await import('../../src/content-layer/editions.ts');
  return {
    ...original,
    articleInEdition: (article: CollectionEntry<'articles'>) =>
      fixture.shown[currentEdition().code] ?? original.articleInEdition(article),
  };
});
afterEach(() => {
  fixture.shown = {};
});
afterAll(() => {
  for (const dir of fixture.dirs) rmSync(dir, { recursive: true, force: true });
});

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function header(article: CollectionEntry<'articles'>, edition = 'en'): Promise<CheerioAPI> {
  return inEdition(edition, async () => {
    const updates = await getArticleUpdates(article);
    return loadHtmlFragment(
      await container.renderToString(ArticleHeader, {
        props: { article, modified: articleModified(article, updates), updates },
      }),
    );
  });
}

async function article(slug: string): Promise<CollectionEntry<'articles'>> {
  const entry = await getEntry('articles', slug);
  if (!entry) throw new Error(`no article ${slug}`);
  return entry;
}

describe('the update notice under the dates', () => {
  test.each(['istanbul-talks-what-happened', 'prisoner-exchange-what-we-know', 'what-comes-next'])(
    '%s follows its threads up in "What happened next": no "Update, …" notice',
    async (slug) => {
      const entry = await article(slug);
      expect(entry.data.followUps.length).toBeGreaterThan(0);
      expect((await getArticleUpdates(entry)).length).toBeGreaterThan(0);
      const $ = await header(entry);
      expect($('.article-update')).toHaveLength(0);
      expect(text($.root().text())).not.toContain('Update,');
      // Its dates still say when it last changed.
      expect(text($('header p').eq(-1).text())).toMatch(/^Published .+ · Updated 6 December 2026/);
    },
  );

  test('an article without follow-ups still announces the latest update, with a link to them all', async () => {
    const entry = await article('what-comes-next');
    const $ = await header({ ...entry, data: { ...entry.data, followUps: [] } });
    const notice = $('p.article-update');
    expect(notice).toHaveLength(1);
    // The latest update of an event its timeline shows: the Zelensky–Putin meeting, still pending.
    expect(text(notice.text())).toBe(
      'Update, 6 December 2026: As of 25 February 2026 no meeting of Presidents Zelensky and Putin had been agreed; the Kremlin said a leaders’ summit should come only at the final stage of peace talks. All updates',
    );
    expect(notice.find('time').attr('datetime')).toBe('2026-12-06T10:00:00Z');
    expect(notice.find('a').attr('href')).toBe('#updates-and-corrections');
    expect(text(notice.find('a').text())).toBe('All updates');
  });
});

// What `articleInEdition` says of an article: a translation, none, or one of an older version.
const translated: ArticleInEdition = { lang: 'uk', fallback: false, stale: false };
const untranslated: ArticleInEdition = { lang: 'en-GB', fallback: true, stale: false };
const old: ArticleInEdition = {
  lang: 'uk',
  fallback: false,
  translatedFrom: '2026-11-27T11:00:00+00:00',
  stale: true,
};

describe('on a page of an edition', () => {
  const SLUG = 'prisoner-exchange-what-we-know';
  const inUk = () => inEdition('uk', () => requireEntry('articles', SLUG));

  test('a translation: the words the edition has are its own, unmarked; those it lacks are the English, marked', async () => {
    fixture.shown = { uk: translated };
    const $ = await header(await inUk(), 'uk');
    const lines = $('header > div > p');
    expect(text(lines.eq(0).text())).toMatch(/^Автор: \S/);
    expect(lines.eq(0).find('[lang="en-GB"]')).toHaveLength(0);
    expect(text(lines.eq(1).text())).toBe('Станом на 16 травня 2025 р.');
    expect(lines.eq(1).find('[lang]')).toHaveLength(0);
    // "Published" is not in the edition's dictionary: the English word is marked; the date, in
    // Ukrainian, stands outside it in the page's language.
    expect(text(lines.eq(2).text())).toMatch(/^Published \d+ листопада 2026 р\., \d\d:\d\d UTC/);
    const published = lines.eq(2).children('span').first();
    expect(published.attr('lang')).toBe('en-GB');
    expect(text(published.text())).toBe('Published');
    expect(published.next().is('time:not([lang])')).toBe(true);
    // The article's own texts are the translation's: no mark, no note.
    expect($('h1').attr('lang')).toBeUndefined();
    expect($('.article-edition')).toHaveLength(0);
  });

  test('no translation: the article’s texts are marked as English, and a note says so in the edition’s language', async () => {
    fixture.shown = { uk: untranslated, ru: untranslated };
    const english = await article(SLUG);
    const $ = await header(english, 'uk');
    for (const selector of ['.kicker', 'h1', 'h1 + p'])
      expect($(`header > ${selector}`).attr('lang'), selector).toBe('en-GB');
    expect($('header > div span.font-semibold').attr('lang')).toBe('en-GB');
    const note = $('.article-edition');
    expect(note).toHaveLength(1);
    expect(text(note.text())).toBe('Цю статтю ще не перекладено; її показано англійською.');
    expect(note.find('[lang]')).toHaveLength(0);
    // An edition without the note in its dictionary says it in English, marked.
    const ru = await header(english, 'ru');
    expect(text(ru('.article-edition').text())).toBe(
      'This article has not been translated yet; it is shown in English.',
    );
    expect(ru('.article-edition span').attr('lang')).toBe('en-GB');
  });

  test('a translation of an older version: a note gives its date and links to the English', async () => {
    fixture.shown = { uk: old, ru: old };
    const $ = await header(await inUk(), 'uk');
    const note = $('.article-edition');
    expect(text(note.text())).toBe(
      'Перекладено з версії від 27 листопада 2026 р.; англійський текст відтоді оновлено.',
    );
    const link = note.find('a');
    expect(link.attr('href')).toBe(`/articles/${SLUG}/`);
    expect(link.attr('hreflang')).toBe('en-GB');
    expect($('h1').attr('lang')).toBeUndefined();
    // Without the words in the edition's dictionary: the English, each piece marked, the date in
    // Russian, the link outside the marked words.
    const ru = await header(await article(SLUG), 'ru');
    const ruNote = ru('.article-edition');
    expect(text(ruNote.text())).toBe(
      'Translated from the version of 27 ноября 2026 г.; the English has been updated since.',
    );
    expect(
      ruNote
        .children('span')
        .map((_, el) => ru(el).attr('lang'))
        .get(),
    ).toEqual(['en-GB', 'en-GB']);
    const english = ruNote.children('a');
    expect(english.attr('href')).toBe(`/articles/${SLUG}/`);
    expect(english.attr('lang')).toBeUndefined();
    expect(english.children('span').attr('lang')).toBe('en-GB');
  });
});

describe('the article page’s structured data', () => {
  async function page(edition: string): Promise<CheerioAPI> {
    const prefix = edition === 'en' ? '' : `/${edition}`;
    const request = new Request(
      new URL(`${prefix}/articles/what-comes-next/`, 'https://istanbul-talks.example.org/'),
    );
    const locale = edition === 'en' ? undefined : edition;
    return inEdition(edition, async () =>
      loadHtml(
        // A page whose paths give no props is typed as taking none: the container gives it params.
        await container.renderToString(ArticlePage as unknown as AstroComponentFactory, {
          params: { slug: 'what-comes-next', locale },
          request,
        }),
      ),
    );
  }
  const newsArticle = ($: CheerioAPI): Record<string, unknown> =>
    $('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
      .find((data) => data['@type'] === 'NewsArticle')!;
  const site = 'https://istanbul-talks.example.org';

  test('the English page lists the editions that translate it, and its images in three ratios', async () => {
    fixture.shown = { en: translated, uk: translated, ru: untranslated, tr: untranslated };
    const data = newsArticle(await page('en'));
    expect(data['inLanguage']).toBe('en-GB');
    expect(data['workTranslation']).toEqual([
      { '@id': `${site}/uk/articles/what-comes-next/`, inLanguage: 'uk' },
    ]);
    expect(data['translationOfWork']).toBeUndefined();
    expect(data['image']).toEqual(
      ['16x9', '4x3', '1x1'].map((ratio) => `${site}/og/article/what-comes-next-${ratio}.png`),
    );
  });

  test('a translation names its language and the English it translates, with the edition’s card', async () => {
    fixture.shown = { uk: translated };
    const $ = await page('uk');
    const data = newsArticle($);
    expect(data['inLanguage']).toBe('uk');
    expect(data['translationOfWork']).toEqual({ '@id': `${site}/articles/what-comes-next/` });
    expect(data['workTranslation']).toBeUndefined();
    expect(data['image']).toEqual([`${site}/uk/og/article/what-comes-next.png`]);
    expect($('.article-body').attr('lang')).toBeUndefined();
  });

  test('an edition without a translation: the English body, key points and sections are marked, and the page is no translation', async () => {
    fixture.shown = { ru: untranslated };
    const $ = await page('ru');
    expect($('.article-body').attr('lang')).toBe('en-GB');
    expect($('#what-we-know + ul').attr('lang')).toBe('en-GB');
    expect($('nav.section-nav-rail ol').attr('lang')).toBe('en-GB');
    const data = newsArticle($);
    expect(data['inLanguage']).toBe('ru');
    expect(data['translationOfWork']).toBeUndefined();
    expect(data['image']).toEqual([`${site}/ru/og/article/what-comes-next.png`]);
  });
});
