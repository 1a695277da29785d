// Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
// code are the same as in the last build is copied from it instead of rendered again. A key must
// change whenever anything the page shows changes, so it is a hash of all of it: the article's own
// data and rendered HTML, and everything every page may show from elsewhere (the YAML entries, as
// bytes, so that the editor's order counts too, and every article's frontmatter, for lists and
// references). The page's code, styles and scripts are Astro's part: it hashes each page's module graph.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleModified, getArticleUpdates } from './entries.ts';
import { contentDir } from './paths.ts';
import { siteUrl } from './site-address.ts';

let shared: Promise<string> | undefined;

/** One hash of everything a page may show that is not its own article: computed once a build. */
export function sharedContentDigest(): Promise<string> {
  shared ??= (async () => {
    const hash = createHash('sha256').update(siteUrl);
    for (const name of readdirSync(contentDir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      hash.update(`\0${name}\0`).update(readFileSync(join(contentDir, name)));
    }
    // The editions' words: their dictionaries and translations, every file.
    for (const folder of ['i18n', 'translations']) {
      if (!existsSync(join(contentDir, folder))) continue;
      const files = readdirSync(join(contentDir, folder), { recursive: true, encoding: 'utf8' });
      for (const name of files.filter((n) => /\.(ya?ml|md)$/.test(n)).sort())
        hash.update(`\0${folder}/${name}\0`).update(readFileSync(join(contentDir, folder, name)));
    }
    for (const article of await getCollection('articles'))
      hash.update(`\0${article.id}\0${JSON.stringify(article.data)}`);
    return hash.digest('hex');
  })();
  return shared;
}

/** The key of an article's page: its own rendered HTML and data, and the shared content. */
export async function articlePageKey(
  article: CollectionEntry<'articles'>,
  edition = '',
): Promise<string> {
  return createHash('sha256')
    .update(await sharedContentDigest())
    .update(`\0${edition}\0`)
    .update(JSON.stringify(article.data))
    .update(article.rendered?.html ?? '')
    .digest('hex');
}

/**
 * The key of a page of article cards (ArticleCard): the shared content, and when each article on
 * it last changed. A card shows only its article's data, which the shared content covers, and that
 * date, which also counts the updates of the fact boxes and timelines its body shows; where the
 * page sits among the others (its number, the links to the next) follows from the shared content.
 */
export async function articleCardsPageKey(
  articles: readonly CollectionEntry<'articles'>[],
  edition = '',
): Promise<string> {
  const hash = createHash('sha256')
    .update(await sharedContentDigest())
    .update(`\0${edition}\0`);
  for (const article of articles)
    hash.update(`\0${article.id}\0${articleModified(article, await getArticleUpdates(article))}`);
  return hash.digest('hex');
}
