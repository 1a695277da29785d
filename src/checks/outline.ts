// The structure of a built page: ids used once (the build checks this: an article's heading can
// repeat a section's id), and one h1, headings in order, a language, a title, a description and
// alt text on every image (the end-to-end tests check these on every page: only templates make
// them).
import { existsSync, readFileSync } from 'node:fs';
import type { ContentProblem } from '../lib/content-problem.ts';
import { textOf } from '../lib/parse-html.ts';
import type { BuiltPage, PageIndex } from './built-site.ts';

/** A simple slug, to find the heading in an article that produced an id. */
function roughSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The article file a page was made from: where to read it, and its name in messages. */
export interface ArticleFile {
  path: string;
  name: string;
}

/**
 * Ids used more than once on a page: a `#link` to them is ambiguous and the page is invalid. On an
 * article's page, an id that an article heading produced is reported at that heading's line.
 */
export function checkDuplicateIds(page: PageIndex, article?: ArticleFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, count] of page.ids) {
    if (count < 2) continue;
    let line: number | undefined;
    if (article && existsSync(article.path)) {
      const index = readFileSync(article.path, 'utf8')
        .split('\n')
        .findIndex((l) => /^#{1,6}\s/.test(l) && roughSlug(l.replace(/^#+\s*/, '')) === id);
      if (index >= 0) line = index + 1;
    }
    problems.push(
      line && article
        ? {
            file: article.name,
            line,
            problem: `this heading gets the id "${id}", which the page ${page.path} already uses for another element, so links to #${id} are ambiguous.`,
            fix: 'reword the heading so that it differs from the page’s own section names (What we know, Sources, Topics, …) and from timeline event ids.',
          }
        : {
            file: page.path,
            problem: `the id "${id}" is used ${count} times on the page.`,
            fix: 'give each element its own id.',
          },
    );
  }
  return problems;
}

const HEADING = /^h[1-6]$/;

/** One h1, headings in order, a language, a title, a description and alt text on every image. */
export function checkPageOutline(page: BuiltPage): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (problem: string, fix: string) => problems.push({ file: page.path, problem, fix });
  const { elements } = page;
  if (!elements.find((el) => el.name === 'html')?.attribs['lang'])
    add('the page has no lang attribute on <html>.', 'set lang (Base.astro does: en-GB).');
  const title = elements
    .filter(
      (el) => el.name === 'title' && el.parent && 'name' in el.parent && el.parent.name === 'head',
    )
    .map(textOf)
    .join('');
  if (!title.trim()) add('the page has no <title>.', 'give the page a title.');
  const description = elements.find(
    (el) => el.name === 'meta' && el.attribs['name'] === 'description',
  );
  if (!(description?.attribs['content'] ?? '').trim())
    add('the page has no meta description.', 'give the page a description.');
  const headings = elements.filter((el) => HEADING.test(el.name));
  const h1 = headings.filter((el) => el.name === 'h1').length;
  if (h1 !== 1)
    add(
      `the page has ${h1} h1 headings; it needs exactly one.`,
      h1 ? 'make the others h2.' : 'give the page one h1, visually hidden if need be.',
    );
  let previous = 0;
  for (const heading of headings) {
    const rank = Number(heading.name.slice(1));
    const text = textOf(heading).trim();
    if (!text) add(`an empty <h${rank}>.`, 'give the heading text, or remove it.');
    if (rank > previous + 1)
      add(
        `<h${rank}> "${text.slice(0, 50)}" follows ${previous ? `an <h${previous}>` : 'no heading'}: it skips a level.`,
        `make it an <h${previous + 1}>, or add the missing level.`,
      );
    previous = rank;
  }
  for (const { attribs } of elements.filter((el) => el.name === 'img')) {
    const decorative =
      attribs['aria-hidden'] === 'true' ||
      attribs['role'] === 'presentation' ||
      attribs['role'] === 'none';
    if (attribs['alt'] === undefined || (!decorative && !attribs['alt'].trim()))
      add(
        `the image ${attribs['src']} has no alt text.`,
        'describe what it shows in alt, or mark it decorative (alt="" with aria-hidden="true").',
      );
  }
  return problems;
}
