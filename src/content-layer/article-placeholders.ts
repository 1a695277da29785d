// The placeholders a component directive leaves in an article's rendered HTML
// (`<div data-component="timeline" data-id="…"></div>`): src/markdown/remark-component-directives.ts
// writes them, and the article page, its body and its list of updates read them back here.

export type ArticlePart =
  { kind: 'html'; html: string } | { kind: 'component'; component: string; id: string };

/** The attribute that marks a placeholder in the rendered HTML, with the directive it stands for. */
export const PLACEHOLDER_ATTRIBUTE = 'data-component';

/** A placeholder as remark-component-directives writes it: `<div data-component="timeline" data-id="…"></div>`. */
const PLACEHOLDER = new RegExp(
  `<(div|span) ${PLACEHOLDER_ATTRIBUTE}="([a-z-]+)" data-id="([a-z0-9-]*)"></\\1>`,
  'g',
);

/** An article's rendered HTML split at its placeholders, so a page can render the components there. */
export function splitArticleHtml(html: string): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let last = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'html', html: html.slice(last, match.index) });
    parts.push({ kind: 'component', component: match[2]!, id: match[3]! });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
  return parts;
}
