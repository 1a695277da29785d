// Astro's `rehypeImages` from @astrojs/markdown-remark 7.3.1 (dist/rehype-images.js), which the
// package does not export: it marks each image that `remarkCollectImages` found to be a local
// asset (`![…](./photo.jpg)`) with the `__ASTRO_IMAGE_` property that Astro's content runtime
// replaces with the optimised image. The site's processor (src/markdown/processor.ts) runs it where
// Astro's did, so a relative image in an article works as it did. An article without one (every
// article so far: images live in public/) returns at once.
import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** HAST names that must stay properties (`class`, `for`) rather than go into the image's JSON. */
const HAST_PRESERVED_PROPERTIES = ['className', 'htmlFor'];

export default function rehypeAstroImages() {
  return (tree: Root, file: VFile) => {
    const local = file.data.astro?.localImagePaths ?? [];
    const remote = file.data.astro?.remoteImagePaths ?? [];
    if (!local.length && !remote.length) return;
    const occurrences = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const src = decodeURI(node.properties.src);
      let image: Properties;
      if (local.includes(src)) {
        image = { ...node.properties, src };
      } else if (remote.includes(src)) {
        // Markdown images have no width and height; a plugin that sets both keeps them.
        const sized = 'width' in node.properties && 'height' in node.properties;
        image = { inferSize: sized ? undefined : true, ...node.properties, src };
      } else {
        return;
      }
      const kept: Properties = {};
      for (const key of HAST_PRESERVED_PROPERTIES) {
        if (key in image) {
          kept[key] = image[key];
          delete image[key];
        }
      }
      const index = occurrences.get(node.properties.src) ?? 0;
      occurrences.set(node.properties.src, index + 1);
      node.properties = { ...kept, __ASTRO_IMAGE_: JSON.stringify({ ...image, index }) };
    });
  };
}
