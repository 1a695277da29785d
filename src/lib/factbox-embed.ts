// Reads a fact box into what its embed code says.
import type { CollectionEntry } from 'astro:content';
import { factBoxEmbedSnippet, factBoxIframeSnippet, type FactBoxSnippetData } from './embed-snippet';
import { requireEntry } from './entries';
import { SITE } from './site';
import { absoluteUrl, paths } from './urls';

export interface FactBoxEmbed {
  data: FactBoxSnippetData;
  /** The embed code with the loader (also the oEmbed `html`). */
  snippet: string;
  /** The plain-iframe embed code, for sites that strip scripts. */
  iframeSnippet: string;
}

const number = new Intl.NumberFormat('en-GB');

export async function getFactBoxEmbed(id: CollectionEntry<'factboxes'>['id']): Promise<FactBoxEmbed> {
  const box = await requireEntry('factboxes', id);
  const data: FactBoxSnippetData = {
    title: box.data.title,
    summary: box.data.summary,
    figures: box.data.figures.map((figure) => ({ value: number.format(figure.value), label: figure.label })),
    status: box.data.status.label,
    articleUrl: absoluteUrl(paths.article(box.data.article.id)),
    embedUrl: absoluteUrl(paths.embedFactBox(box.id)),
    loaderUrl: absoluteUrl(paths.embedLoader()),
    siteName: SITE.name,
  };
  return { data, snippet: factBoxEmbedSnippet(data), iframeSnippet: factBoxIframeSnippet(data) };
}

