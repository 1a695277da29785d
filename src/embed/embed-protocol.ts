// The messages an embedded page (an iframe on another site) sends its host page to say how tall it
// is: our own format, and the formats that Pym.js and AMP's <amp-iframe> already understand. The
// hand-written scripts `public/embed/frame.js` (inside the iframe) and `public/embed.js` (on the
// host) speak exactly this; tests/embed/embed-protocol.test.ts runs them against these functions.

/** The `type` of our own height message, `{ type, height }`. */
export const EMBED_HEIGHT_MESSAGE_TYPE = 'explainer-embed:height';

/** The attribute of the embed code's placeholder `<blockquote>` that gives the embed page's URL. */
export const EMBED_URL_ATTRIBUTE = 'data-explainer-embed';
/** The attribute of the placeholder that gives the iframe its title. */
export const EMBED_TITLE_ATTRIBUTE = 'data-explainer-title';

/** Heights, in CSS pixels, that a host accepts; anything outside is a bug or an attack. */
export const EMBED_HEIGHT_MIN = 50;
export const EMBED_HEIGHT_MAX = 10_000;

/** Pym.js joins the parts of its string messages with this: `pymxPYMx<id>xPYMxheightxPYMx<value>`. */
export const PYM_MESSAGE_DELIMITER = 'xPYMx';
/** The query parameter through which a Pym.js parent tells the child its id. */
export const PYM_CHILD_ID_PARAMETER = 'childId';

/** AMP's resize request from an <amp-iframe>: `{ sentinel: 'amp', type: 'embed-size', height }`. */
export const AMP_SENTINEL = 'amp';
export const AMP_EMBED_SIZE_TYPE = 'embed-size';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE_TYPE;
  height: number;
}

export interface AmpEmbedSizeMessage {
  sentinel: typeof AMP_SENTINEL;
  type: typeof AMP_EMBED_SIZE_TYPE;
  height: number;
}

/** True for a finite number of pixels within the bounds a host accepts. */
export function isSaneHeight(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= EMBED_HEIGHT_MIN &&
    value <= EMBED_HEIGHT_MAX
  );
}

/** The height to report for content measured at `measured` pixels: whole pixels, rounded up, so nothing is cut off. */
export function reportedHeight(measured: number): number {
  return Math.ceil(measured);
}

export function embedHeightMessage(height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE_TYPE, height };
}

export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join(PYM_MESSAGE_DELIMITER);
}

export function ampEmbedSizeMessage(height: number): AmpEmbedSizeMessage {
  return { sentinel: AMP_SENTINEL, type: AMP_EMBED_SIZE_TYPE, height };
}

/** Every message an embed posts for one height: ours and AMP's always, Pym's when a Pym parent gave it an id. */
export function heightMessages(
  height: number,
  pymChildId?: string | null,
): (EmbedHeightMessage | AmpEmbedSizeMessage | string)[] {
  const messages: (EmbedHeightMessage | AmpEmbedSizeMessage | string)[] = [
    embedHeightMessage(height),
    ampEmbedSizeMessage(height),
  ];
  if (pymChildId) messages.push(pymHeightMessage(pymChildId, height));
  return messages;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The height in one of our messages, or undefined for anything else (including a bad height). A
 * site that renamed its message passes the `formerTypes` it once sent, which embeds cached on other
 * sites may still send (this site's loader, `public/embed.js`, names its own).
 */
export function readEmbedHeightMessage(
  data: unknown,
  formerTypes: readonly string[] = [],
): number | undefined {
  if (!isRecord(data) || typeof data['type'] !== 'string') return undefined;
  if (data['type'] !== EMBED_HEIGHT_MESSAGE_TYPE && !formerTypes.includes(data['type']))
    return undefined;
  const height = data['height'];
  return isSaneHeight(height) ? height : undefined;
}

/** The height in a Pym.js height message for the child `childId`, or undefined. */
export function readPymHeightMessage(data: unknown, childId: string): number | undefined {
  if (typeof data !== 'string') return undefined;
  const prefix = ['pym', childId, 'height', ''].join(PYM_MESSAGE_DELIMITER);
  if (!data.startsWith(prefix)) return undefined;
  const value = data.slice(prefix.length);
  if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
  const height = Number(value);
  return isSaneHeight(height) ? height : undefined;
}

/** The height in an AMP `embed-size` message, or undefined. */
export function readAmpEmbedSizeMessage(data: unknown): number | undefined {
  if (!isRecord(data) || data['sentinel'] !== AMP_SENTINEL || data['type'] !== AMP_EMBED_SIZE_TYPE)
    return undefined;
  const height = data['height'];
  return isSaneHeight(height) ? height : undefined;
}

/** What the host knows about one iframe it made. */
export interface EmbedFrame {
  /** The origin of the iframe's `src`, exactly: `https://example.org`. */
  origin: string;
  /** The iframe's window (`iframe.contentWindow`). */
  window: unknown;
}

/** The parts of a `MessageEvent` the host looks at. */
export interface ReceivedMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The height a host should give `frame` for `message`, or undefined to ignore the message: it must
 * come from exactly the embed's origin, from that iframe's own window, and be one of our messages
 * with a sane height (under our type, or one of the site's `formerTypes`).
 */
export function acceptedEmbedHeight(
  message: ReceivedMessage,
  frame: EmbedFrame,
  formerTypes: readonly string[] = [],
): number | undefined {
  if (message.origin !== frame.origin) return undefined;
  if (message.source == null || message.source !== frame.window) return undefined;
  return readEmbedHeightMessage(message.data, formerTypes);
}
