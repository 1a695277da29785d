// The names this site's embed code and height message had before they were made story-neutral.
// Embed code already pasted on other sites carries these attributes, and an embed page a browser
// cached may still send this message, so this site's loader (public/embed.js) still reads them;
// nothing sends or writes them any more. They belong to this site's deployment, not to the kit:
// src/ never names them, and a newsroom that reuses the kit drops them from its embed.js.
export const FORMER_EMBED_NAMES = {
  urlAttribute: 'data-istanbul-talks-embed',
  titleAttribute: 'data-istanbul-talks-title',
  heightMessageType: 'istanbul-talks-explained:embed-height',
} as const;
