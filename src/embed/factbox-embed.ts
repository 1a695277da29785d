// Reads a fact box into what its embed code and its oEmbed response say, in the edition of the page
// (or oEmbed response) being built: its texts, numbers and dates, and the addresses of that edition.
import type { CollectionEntry } from 'astro:content';
import {
  FACTBOX_OEMBED_HEIGHT,
  FACTBOX_OEMBED_WIDTH,
  factBoxEmbedSnippet,
  factBoxIframeSnippet,
  type FactBoxSnippetData,
} from './embed-snippet.ts';
import { formatDay, formatNumber } from '../content-layer/edition-format.ts';
import { getFactBoxView } from '../content-layer/entries.ts';
import { absoluteUrl } from '../content-layer/site-address.ts';
import { readSiteTexts, textLang } from '../content-layer/translations.ts';
import { paths } from '../content-layer/edition-paths.ts';

export interface FactBoxEmbed {
  data: FactBoxSnippetData;
  /** The embed code with the loader (also the oEmbed `html`). */
  snippet: string;
  /** The plain-iframe embed code, for sites that strip scripts. */
  iframeSnippet: string;
}

export async function getFactBoxEmbed(
  id: CollectionEntry<'factboxes'>['id'],
): Promise<FactBoxEmbed> {
  const { box, steps, status } = await getFactBoxView(id);
  // A status that is one step's name is in that name's language.
  const statusStep = steps.findIndex((step) => step.label === status.label);
  const data: FactBoxSnippetData = {
    title: box.data.title,
    summary: box.data.summary,
    figures: box.data.figures.map((figure, i) => ({
      value: formatNumber(figure.value),
      label: figure.label,
      lang: textLang(box.data, 'figures', i, 'label'),
    })),
    status: status.label,
    statusAsOf: formatDay(status.asOf),
    articleUrl: absoluteUrl(paths.article(box.data.article.id)),
    embedUrl: absoluteUrl(paths.embedFactBox(box.id)),
    loaderUrl: absoluteUrl(paths.embedLoader()),
    siteName: readSiteTexts().name,
    titleLang: textLang(box.data, 'title'),
    summaryLang: textLang(box.data, 'summary'),
    statusLang: statusStep >= 0 ? textLang(box.data, 'steps', statusStep, 'label') : undefined,
  };
  return { data, snippet: factBoxEmbedSnippet(data), iframeSnippet: factBoxIframeSnippet(data) };
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/, section 2.3.4). */
export interface OEmbedRichResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  html: string;
  width: number;
  height: number;
}

/** A fact box's oEmbed response: its embed code, at the width and height it needs on a desktop page. */
export async function getFactBoxOEmbed(
  id: CollectionEntry<'factboxes'>['id'],
): Promise<OEmbedRichResponse> {
  const { data, snippet } = await getFactBoxEmbed(id);
  return {
    type: 'rich',
    version: '1.0',
    title: data.title,
    provider_name: readSiteTexts().name,
    provider_url: absoluteUrl(paths.home()),
    // A day: fact boxes change when the story does, and consumers should see that.
    cache_age: 86_400,
    thumbnail_url: absoluteUrl(paths.shareImage('fact', id)),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    html: snippet,
    width: FACTBOX_OEMBED_WIDTH,
    height: FACTBOX_OEMBED_HEIGHT,
  };
}
