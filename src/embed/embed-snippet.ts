// The HTML another site pastes to show one of our fact boxes: a <blockquote> with the box's words
// and a link (what readers get where scripts do not run), plus our loader, which swaps it for a
// resizing iframe. And a plain <iframe> for sites whose editors strip scripts. Its words are in
// content/i18n/<lang>/embed.yaml, in the edition of the page that builds it: the English ones are
// marked with their `lang` where that edition lacks them, and the whole code carries the edition's
// `lang` outside English, since the host page may be in any language.
import { phrase, t } from '../content-layer/dictionary.ts';
import { currentEdition } from '../content-layer/editions.ts';
import { sentenceParts } from '../lib/names.ts';
import { EMBED_TITLE_ATTRIBUTE, EMBED_URL_ATTRIBUTE } from './embed-protocol.ts';

/** Everything a fact box's embed code says, already formatted. */
export interface FactBoxSnippetData {
  title: string;
  summary: string;
  /** Figures as the box shows them: "1,000" and "prisoners of war returned to each side". */
  figures: {
    value: string;
    label: string;
    /** Set when the label is not in the edition's language. */ lang?: string | undefined;
  }[];
  /** Where the fact stands, e.g. "Carried out". */
  status: string;
  /** The day the status stands as of, worded: "25 May 2025". */
  statusAsOf: string;
  /** Absolute URL of the full article. */
  articleUrl: string;
  /** Absolute URL of the embed page (`/embed/factbox/<id>/`). */
  embedUrl: string;
  /** Absolute URL of the loader (`/embed.js`). */
  loaderUrl: string;
  siteName: string;
  /** The `lang` of a text that is not in the edition's language (shown in English instead). */
  titleLang?: string | undefined;
  summaryLang?: string | undefined;
  statusLang?: string | undefined;
}

/**
 * Height of the plain iframe, in CSS pixels. The prisoner-exchange box is 941 px tall at 320 px
 * wide, 865 px at 375 and 602 px at 768 or more: phones see it whole without scrolling inside the
 * frame, and wide pages get some space below it, which is better than a box cut off.
 */
export const FACTBOX_IFRAME_HEIGHT = 960;

/** The width oEmbed consumers are told; the embed itself fills any width. */
export const FACTBOX_OEMBED_WIDTH = 640;
/** The box's height at that width (623 px, measured), for oEmbed consumers that reserve space. */
export const FACTBOX_OEMBED_HEIGHT = 640;

/** Lets `<iframe>` run the embed's resize script and open links in a new tab, and nothing more. */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** The title an iframe of this box carries, for screen-reader users. */
export function factBoxFrameTitle(data: Pick<FactBoxSnippetData, 'title' | 'siteName'>): string {
  return t('embed.frameTitle', { title: data.title, site: data.siteName });
}

/** ` lang="…"`, or nothing when the text is in the edition's language. */
const langAttribute = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : '');

/**
 * A dictionary sentence as HTML, each `{placeholder}` filled with the HTML given for it (already
 * escaped), its words escaped and, where the edition lacks them, marked with their `lang`.
 */
function sentenceHtml(key: string, slots: Record<string, string>): string {
  return sentenceParts(phrase(key))
    .map((part) =>
      part.slot !== undefined
        ? (slots[part.slot] ?? '')
        : part.lang
          ? `<span lang="${escapeHtml(part.lang)}">${escapeHtml(part.text)}</span>`
          : escapeHtml(part.text),
    )
    .join('');
}

/** The embed code with our loader: readable as it is, a resizing iframe once the loader runs. */
export function factBoxEmbedSnippet(data: FactBoxSnippetData): string {
  const e = escapeHtml;
  const edition = currentEdition();
  const figures = data.figures
    .map(
      (figure) =>
        `<li><strong>${e(figure.value)}</strong> ${figure.lang ? `<span lang="${e(figure.lang)}">${e(figure.label)}</span>` : e(figure.label)}</li>`,
    )
    .join('');
  return [
    `<blockquote ${EMBED_URL_ATTRIBUTE}="${e(data.embedUrl)}" ${EMBED_TITLE_ATTRIBUTE}="${e(factBoxFrameTitle(data))}" cite="${e(data.articleUrl)}"${langAttribute(edition.original ? undefined : edition.lang)}>`,
    `<p${langAttribute(data.titleLang)}><strong>${e(data.title)}</strong></p>`,
    `<p${langAttribute(data.summaryLang)}>${e(data.summary)}</p>`,
    `<ul>${figures}</ul>`,
    `<p>${sentenceHtml('embed.status', {
      date: e(data.statusAsOf),
      status: data.statusLang
        ? `<span lang="${e(data.statusLang)}">${e(data.status)}</span>`
        : e(data.status),
    })}</p>`,
    `<p>${sentenceHtml('embed.from', {
      site: `<a href="${e(data.articleUrl)}">${e(data.siteName)}</a>`,
    })}</p>`,
    `</blockquote>`,
    `<script async src="${e(data.loaderUrl)}"></script>`,
  ].join('\n');
}

/** The embed code for sites that strip scripts: a plain iframe of a fixed height. */
export function factBoxIframeSnippet(
  data: FactBoxSnippetData,
  height = FACTBOX_IFRAME_HEIGHT,
): string {
  const e = escapeHtml;
  return `<iframe src="${e(data.embedUrl)}" title="${e(factBoxFrameTitle(data))}" width="100%" height="${height}" loading="lazy" sandbox="${EMBED_SANDBOX}" style="display:block;width:100%;border:0"></iframe>`;
}
