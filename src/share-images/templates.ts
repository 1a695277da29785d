// How a share card looks: the 1200×630 element tree of each kind of card, in satori's React-like
// `{ type, props }` objects (no JSX needed). Everything the card shows is in this tree, so the
// cache key (cache.ts) hashes it: a change here redraws every card it touches.
// Over 300 lines once formatted: the masthead, footer and three bodies share one set of sizes and
// colours, and read best side by side.
import { formatNumber } from '../lib/edition-numbers.ts';
import { themeColor } from '../styles/palette.ts';
import type { FactCard, QuoteCard, ShareCard, StoryCard } from './cards.ts';
import { SANS, SERIF } from './fonts.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** The card's colours: the site's light theme (theme.css, through src/styles/palette.ts). */
export const COLORS = {
  paper: themeColor('paper'),
  surface: themeColor('surface'),
  ink: themeColor('ink'),
  muted: themeColor('muted'),
  accent: themeColor('accent'),
  accentStrong: themeColor('accent-strong'),
  rule: themeColor('rule'),
} as const;

type Style = Record<string, string | number>;
export type ShareChild = ShareElement | string;
export interface ShareElement {
  type: string;
  /** Names the card's regions (`masthead`, `body`, `footer`) so tests can find them in the layout. */
  key: string | null;
  props: {
    style?: Style;
    children?: ShareChild | ShareChild[];
    src?: string;
    width?: number;
    height?: number;
  };
}

function h(type: string, style: Style, ...children: ShareChild[]): ShareElement {
  const [only] = children;
  return {
    type,
    key: null,
    props: { style, children: children.length === 1 && only !== undefined ? only : children },
  };
}

const PAD_X = 72;

/** A text block that shows at most `lines` lines and ends a longer text with "…". */
function clamped(text: string, lines: number, style: Style): ShareElement {
  // flexShrink 0: a flex column would otherwise squash the block and cut its last line in half.
  return h(
    'div',
    { display: 'block', lineClamp: lines, overflow: 'hidden', flexShrink: 0, ...style },
    text,
  );
}

/** Headline size: the longer the text, the smaller the type, so most titles fit without clamping. */
function headlineSize(text: string, sizes: [maxLength: number, px: number][]): number {
  for (const [maxLength, px] of sizes) if (text.length <= maxLength) return px;
  return sizes[sizes.length - 1]![1];
}

function kickerLine(kicker: string, lang: string): ShareElement {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 14 },
    h('div', { width: 72, height: 6, backgroundColor: COLORS.accent }),
    clamped(kicker.toLocaleUpperCase(lang), 1, {
      fontFamily: SANS,
      fontWeight: 700,
      fontSize: 24,
      letterSpacing: 3,
      color: COLORS.accent,
      lineHeight: 1.2,
    }),
  );
}

function masthead(card: ShareCard, mark: string): ShareElement {
  const markImage: ShareElement = {
    type: 'img',
    key: null,
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`,
      width: 44,
      height: 44,
      style: { flexShrink: 0 },
    },
  };
  // The home card's headline is the site's name: the masthead then shows the mark alone.
  const name =
    'title' in card && card.title === card.site
      ? []
      : [
          clamped(card.site, 1, {
            fontFamily: SERIF,
            fontWeight: 700,
            fontSize: 28,
            color: COLORS.ink,
            lineHeight: 1.2,
            flexShrink: 1,
            minWidth: 0,
          }),
        ];
  return {
    ...h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 16, minHeight: 44, flexShrink: 0 },
      markImage,
      ...name,
    ),
    key: 'masthead',
  };
}

function footer(date: string, host: string): ShareElement {
  const text: Style = {
    fontFamily: SANS,
    fontWeight: 400,
    fontSize: 24,
    color: COLORS.muted,
    lineHeight: 1.2,
  };
  const element = h(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'center',
      gap: 24,
      borderTop: `2px solid ${COLORS.rule}`,
      paddingTop: 20,
      marginTop: 'auto',
      flexShrink: 0,
    },
    clamped(date, 1, { ...text, flexShrink: 1, minWidth: 0 }),
    clamped(host, 1, { ...text, fontWeight: 700, color: COLORS.accentStrong, flexShrink: 0 }),
  );
  return { ...element, key: 'footer' };
}

function storyBody(card: StoryCard): ShareElement[] {
  const size = headlineSize(card.title, [
    [40, 76],
    [64, 66],
    [90, 58],
    [Infinity, 52],
  ]);
  return [
    kickerLine(card.kicker, card.lang),
    clamped(card.title, 3, {
      fontFamily: SERIF,
      fontWeight: 700,
      fontSize: size,
      lineHeight: 1.12,
      color: COLORS.ink,
      marginTop: 18,
      letterSpacing: -0.5,
    }),
    clamped(card.dek, size >= 66 ? 3 : 2, {
      fontFamily: SANS,
      fontWeight: 400,
      fontSize: 28,
      lineHeight: 1.35,
      color: COLORS.muted,
      marginTop: 20,
    }),
  ];
}

function quoteBody(card: QuoteCard): ShareElement[] {
  const size = headlineSize(card.text, [
    [24, 92],
    [60, 68],
    [110, 54],
    [Infinity, 46],
  ]);
  return [
    kickerLine(card.labels.quote, card.lang),
    clamped(`“${card.text}”`, 3, {
      fontFamily: SERIF,
      fontWeight: 700,
      fontSize: size,
      lineHeight: 1.15,
      color: COLORS.ink,
      marginTop: 18,
    }),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        marginTop: 24,
        paddingLeft: 20,
        borderLeft: `6px solid ${COLORS.accent}`,
      },
      clamped(card.speaker, 1, {
        fontFamily: SANS,
        fontWeight: 700,
        fontSize: 30,
        color: COLORS.ink,
        lineHeight: 1.25,
      }),
      clamped(card.role, 2, {
        fontFamily: SANS,
        fontWeight: 400,
        fontSize: 24,
        color: COLORS.muted,
        lineHeight: 1.3,
      }),
    ),
  ];
}

function factBody(card: FactCard): ShareElement[] {
  const figures = card.figures.slice(0, 3);
  return [
    kickerLine(card.labels.factBox, card.lang),
    clamped(card.title, 2, {
      fontFamily: SERIF,
      fontWeight: 700,
      fontSize: headlineSize(card.title, [
        [40, 56],
        [Infinity, 44],
      ]),
      lineHeight: 1.12,
      color: COLORS.ink,
      marginTop: 14,
    }),
    h(
      'div',
      { display: 'flex', gap: 20, marginTop: 20, flexShrink: 0 },
      ...figures.map((figure) =>
        h(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            flex: 1,
            gap: 4,
            padding: '12px 24px',
            backgroundColor: COLORS.surface,
            borderRadius: 8,
            borderTop: `6px solid ${COLORS.accent}`,
          },
          clamped(formatNumber(figure.value, card.lang), 1, {
            fontFamily: SERIF,
            fontWeight: 700,
            lineHeight: 1.05,
            color: COLORS.accentStrong,
            fontSize: headlineSize(
              formatNumber(figure.value, card.lang),
              figures.length > 2
                ? [
                    [5, 64],
                    [7, 56],
                    [Infinity, 44],
                  ]
                : [
                    [7, 68],
                    [Infinity, 56],
                  ],
            ),
          }),
          clamped(figure.label, 2, {
            fontFamily: SANS,
            fontWeight: 400,
            fontSize: 23,
            lineHeight: 1.3,
            color: COLORS.ink,
          }),
        ),
      ),
    ),
    clamped(`${card.labels.status}: ${card.status}`, 1, {
      fontFamily: SANS,
      fontWeight: 700,
      fontSize: 24,
      color: COLORS.ink,
      marginTop: 14,
      lineHeight: 1.2,
    }),
  ];
}

/** The card's element tree, ready for satori. */
export function cardElement(card: ShareCard, mark: string): ShareElement {
  const body =
    card.kind === 'quote'
      ? quoteBody(card)
      : card.kind === 'fact'
        ? factBody(card)
        : storyBody(card);
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      backgroundColor: COLORS.paper,
      borderTop: `14px solid ${COLORS.accent}`,
      padding: `36px ${PAD_X}px 40px`,
    },
    masthead(card, mark),
    // The body gives way (and clips) before the masthead or the footer would.
    {
      ...h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          margin: '30px 0 24px',
          minHeight: 0,
          flexShrink: 1,
          overflow: 'hidden',
        },
        ...body,
      ),
      key: 'body',
    },
    footer(card.date, card.host),
  );
}
