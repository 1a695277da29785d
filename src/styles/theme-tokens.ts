// Reads the colour tokens out of a stylesheet's text: the `--color-*` custom properties of its
// `@theme` blocks, which Tailwind turns into utilities (`bg-paper`, `text-accent`, ...). Pure and
// without imports, so the build (palette.ts) and the tests of the built site read theme.css alike.

/** The `--color-*` tokens of the `@theme` blocks and their values, by name without the prefix (`--color-paper` is `paper`). */
export function themeColors(css: string): Record<string, string> {
  const colors: Record<string, string> = {};
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, block = ''] of code.matchAll(/@theme\b[^{]*\{([^{}]*)\}/g)) {
    for (const [, name = '', value = ''] of block.matchAll(/--color-([\w-]+)\s*:\s*([^;]+);/g))
      colors[name] = value.trim();
  }
  return colors;
}
