// The embed code other sites paste: what it says without JavaScript, and that public/embed.js finds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EMBED_TITLE_ATTRIBUTE, EMBED_URL_ATTRIBUTE } from '../../src/embed/embed-protocol.ts';
import {
  EMBED_SANDBOX,
  escapeHtml,
  FACTBOX_IFRAME_HEIGHT,
  factBoxEmbedSnippet,
  factBoxFrameTitle,
  factBoxIframeSnippet,
  type FactBoxSnippetData,
} from '../../src/embed/embed-snippet.ts';
import { loadHtmlFragment } from '../support/html.ts';

const loaderScript = readFileSync(
  join(import.meta.dirname, '..', '..', 'public', 'embed.js'),
  'utf8',
);

const data: FactBoxSnippetData = {
  title: 'Prisoner exchange: 1,000 for 1,000',
  summary: 'Each side would get back 1,000 of its prisoners of war.',
  figures: [
    { value: '1,000', label: 'prisoners of war returned to each side' },
    { value: '2,000', label: 'people in all' },
  ],
  status: 'Carried out',
  statusAsOf: '25 May 2025',
  articleUrl: 'https://news.example/articles/x/',
  embedUrl: 'https://news.example/embed/factbox/x/',
  loaderUrl: 'https://news.example/embed.js',
  siteName: 'The Istanbul Talks, Explained',
};

describe('the embed code', () => {
  const $ = loadHtmlFragment(factBoxEmbedSnippet(data));

  test('is a placeholder that public/embed.js finds, with the embed’s address and a title for the iframe', () => {
    const selector = /querySelectorAll\(\s*'([^']+)'\s*\)/.exec(loaderScript)?.[1];
    expect(selector).toBeDefined();
    const placeholder = $(selector);
    expect(placeholder).toHaveLength(1);
    expect(placeholder.attr(EMBED_URL_ATTRIBUTE)).toBe(data.embedUrl);
    expect(placeholder.attr(EMBED_TITLE_ATTRIBUTE)).toBe(
      'Fact box: Prisoner exchange: 1,000 for 1,000, from The Istanbul Talks, Explained',
    );
    expect(loaderScript).toContain(`getAttribute('${EMBED_URL_ATTRIBUTE}')`);
    expect(loaderScript).toContain(`getAttribute('${EMBED_TITLE_ATTRIBUTE}')`);
  });

  test('reads well where scripts do not run: the title, summary, figures, status and a link', () => {
    const text = $('blockquote').text().replace(/\s+/g, ' ');
    expect(text).toContain(data.title);
    expect(text).toContain(data.summary);
    expect(text).toContain('1,000 prisoners of war returned to each side');
    expect(text).toContain('2,000 people in all');
    expect(text).toContain('Status as of 25 May 2025: Carried out');
    expect($('blockquote a').attr('href')).toBe(data.articleUrl);
    expect($('blockquote a').text()).toBe(data.siteName);
    expect($('blockquote').attr('cite')).toBe(data.articleUrl);
  });

  test('loads the loader without blocking the host page', () => {
    const script = $('script');
    expect(script).toHaveLength(1);
    expect(script.attr('src')).toBe(data.loaderUrl);
    expect(script.attr('async')).toBeDefined();
  });

  test('escapes what it quotes', () => {
    const hostile = { ...data, title: '"><script>alert(1)</script>', summary: 'Tom & Jerry <3' };
    const $$ = loadHtmlFragment(factBoxEmbedSnippet(hostile));
    expect($$('script')).toHaveLength(1);
    expect($$('blockquote strong').first().text()).toBe(hostile.title);
    expect($$('blockquote').attr(EMBED_TITLE_ATTRIBUTE)).toBe(factBoxFrameTitle(hostile));
    expect($$('blockquote p').eq(1).text()).toBe('Tom & Jerry <3');
  });
});

describe('the plain iframe', () => {
  test('shows the embed at a fixed height, lazily, titled, in the same sandbox as the loader’s iframes', () => {
    const frame = loadHtmlFragment(factBoxIframeSnippet(data))('iframe');
    expect(frame.attr('src')).toBe(data.embedUrl);
    expect(frame.attr('title')).toBe(factBoxFrameTitle(data));
    expect(frame.attr('height')).toBe(String(FACTBOX_IFRAME_HEIGHT));
    expect(frame.attr('loading')).toBe('lazy');
    expect(frame.attr('sandbox')).toBe(EMBED_SANDBOX);
    expect(loaderScript).toContain(`'sandbox', '${EMBED_SANDBOX}'`);
  });
});

test('escapeHtml escapes the five characters that matter in content and attributes', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});
