// Satori draws `overflow: hidden` (and the clipping a box inherits from it) twice: as a clip-path
// and as a mask of the same rectangle. resvg renders each mask into a canvas-sized layer of its
// own, so a card's thirteen masks took a fifth of its rasterising time, and changed no pixel: where
// a mask is one white, pixel-aligned rectangle, the element it masks is clipped to that very
// rectangle already. This drops those masks, and only those, before resvg sees the SVG.

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ATTRIBUTES = String.raw`x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"`;
/**
 * A mask that is one rectangle with whole-pixel edges, filled white (a mask's full luminance, as
 * satori writes it: not a colour of the design), itself masked or not.
 */
const RECT_MASK = new RegExp(
  String.raw`<mask id="([^"]+)"><rect ${ATTRIBUTES} fill="#(?:fff|ffffff)"(?: mask="url\(#([^)]+)\)")?/></mask>`,
  'g',
);
/** A clip-path that is one rectangle with whole-pixel edges (chained to another or not). */
const RECT_CLIP = new RegExp(
  String.raw`<clipPath id="([^"]+)"(?: clip-path="url\(#[^)]+\)")?><rect ${ATTRIBUTES}/></clipPath>`,
  'g',
);
/** A drawn element's opening tag that is both clipped and masked. */
const CLIPPED_AND_MASKED = /<(?:g|rect|image|path)\b[^>]*>/g;

const box = (match: RegExpMatchArray, from: number): Box => ({
  x: Number(match[from]),
  y: Number(match[from + 1]),
  width: Number(match[from + 2]),
  height: Number(match[from + 3]),
});
const same = (a: Box, b: Box) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const contains = (outer: Box, inner: Box) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

/**
 * The SVG without the masks that repeat a clip: a mask is dropped from an element when it is one
 * white rectangle (whose own mask, if any, covers all of it) and the element's clip-path is that
 * same rectangle. Every other mask, and every clip-path, stays.
 */
export function dropRedundantMasks(svg: string): string {
  const masks = new Map<string, { box: Box; parent: string | undefined }>();
  for (const match of svg.matchAll(RECT_MASK))
    masks.set(match[1]!, { box: box(match, 2), parent: match[6] });
  if (!masks.size) return svg;
  const clips = new Map<string, Box>();
  for (const match of svg.matchAll(RECT_CLIP)) clips.set(match[1]!, box(match, 2));

  /** The mask's area is exactly its rectangle: no mask it is nested in cuts into it. */
  const plainRectangle = (id: string): Box | undefined => {
    const mask = masks.get(id);
    if (!mask) return undefined;
    if (mask.parent === undefined) return mask.box;
    const parent = plainRectangle(mask.parent);
    return parent && contains(parent, mask.box) ? mask.box : undefined;
  };
  return svg.replace(CLIPPED_AND_MASKED, (tag) => {
    const mask = / mask="url\(#([^)]+)\)"/.exec(tag);
    const clip = / clip-path="url\(#([^)]+)\)"/.exec(tag);
    if (!mask || !clip) return tag;
    const maskBox = plainRectangle(mask[1]!);
    const clipBox = clips.get(clip[1]!);
    return maskBox && clipBox && same(maskBox, clipBox) ? tag.replace(mask[0], '') : tag;
  });
}
