// Splits an article's rendered HTML at the component placeholders that
// `remark-component-directives` leaves, so the page can render the real components there.

export type ArticlePart =
  | { kind: 'html'; html: string }
  | { kind: 'component'; component: string; id: string };

const PLACEHOLDER = /<(div|span) data-component="([a-z-]+)" data-id="([a-z0-9-]*)"><\/\1>/g;

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
