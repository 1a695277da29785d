// An article's `##` sections, read from its rendered HTML, for "In this article". Its component
// placeholders are split in src/content-layer/article-placeholders.ts.

export interface ArticleSection {
  /** The heading's id: `#id` links to it. */
  id: string;
  /** The heading's text, as a reader sees it. */
  text: string;
}

const SECTION_HEADING = /<h2\b([^>]*)>([\s\S]*?)<\/h2>/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Text from HTML: tags dropped, white space collapsed, character references decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/^ | $/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * The article's `##` sections, in order, from its rendered HTML: what "In this article" lists.
 * Read from the HTML rather than from Astro's heading metadata, so it lists exactly the ids the
 * page carries, whatever the Markdown processor collects.
 */
export function articleSections(html: string): ArticleSection[] {
  const sections: ArticleSection[] = [];
  for (const [, attributes, inner] of html.matchAll(SECTION_HEADING)) {
    const id = /\bid="([^"]+)"/.exec(attributes!)?.[1];
    const text = htmlText(inner!);
    if (id && text) sections.push({ id: htmlText(id), text });
  }
  return sections;
}
