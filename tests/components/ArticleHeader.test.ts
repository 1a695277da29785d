// ArticleHeader.astro: the headline block. An article that follows its open threads up in "What
// happened next" says there what became of them, so its header announces no update; an article
// without follow-ups still announces the latest update of a fact it shows, under its dates.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getEntry, type CollectionEntry } from 'astro:content';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import ArticleHeader from '../../src/components/Article/ArticleHeader.astro';
import { articleModified, getArticleUpdates } from '../../src/content-layer/entries.ts';
import { loadHtmlFragment } from '../support/html.ts';

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function header(article: CollectionEntry<'articles'>): Promise<CheerioAPI> {
  const updates = await getArticleUpdates(article);
  return loadHtmlFragment(
    await container.renderToString(ArticleHeader, {
      props: { article, modified: articleModified(article, updates), updates },
    }),
  );
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
