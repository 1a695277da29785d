// The benchmark's fair peer: a bare Astro project that a newsroom might start from, built in the same
// run as the site so that the two can be compared by a ratio rather than by noisy absolute times.
// It is written out (not kept in the repository's tree, where `astro check` and Vitest would pick it
// up), uses the project's own node_modules, renders the same synthetic Markdown with prose only (it
// has no components) through `unified()` from @astrojs/markdown-remark with Astro's defaults, gives
// each post one page, and draws one 1200×630 share card per post with satori and resvg, the common
// recipe, without a cache.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The peer's files, by path inside its project folder. */
const PEER_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-peer', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://peer.example.org/',
  cacheDir: process.env.PEER_CACHE_DIR,
  markdown: { processor: unified() },
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const posts = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.PEER_CONTENT_DIR }),
  schema: z.object({ title: z.string(), dek: z.string(), published: z.coerce.date(), tags: z.array(z.string()) }),
});

export const collections = { posts };
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const posts = (await getCollection('posts')).sort((a, b) => b.data.published.valueOf() - a.data.published.valueOf());
---
<html lang="en"><head><meta charset="utf-8" /><title>Peer</title></head>
<body><h1>Posts</h1><ul>{posts.map((p) => <li><a href={\`/posts/\${p.id}/\`}>{p.data.title}</a></li>)}</ul></body></html>
`,
  'src/pages/posts/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('posts')).map((post) => ({ params: { id: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{post.data.title}</title>
    <meta name="description" content={post.data.dek} />
    <meta property="og:image" content={new URL(\`/og/\${post.id}.png\`, Astro.site)} />
  </head>
  <body>
    <article>
      <h1>{post.data.title}</h1>
      <p>{post.data.dek}</p>
      <time datetime={post.data.published.toISOString()}>{post.data.published.toDateString()}</time>
      <Content />
    </article>
  </body>
</html>
`,
  'src/pages/og/[id].png.ts': `
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { getCollection } from 'astro:content';

const require = createRequire(import.meta.url);
const font = (pkg, file) => readFile(require.resolve(\`\${pkg}/files/\${file}\`));
const fonts = Promise.all([
  font('@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff').then((data) => ({ name: 'Serif', weight: 700, data })),
  font('@fontsource/source-sans-3', 'source-sans-3-latin-400-normal.woff').then((data) => ({ name: 'Sans', weight: 400, data })),
]);

export async function getStaticPaths() {
  return (await getCollection('posts')).map((post) => ({ params: { id: post.id }, props: { post } }));
}

export async function GET({ props }) {
  const { title, dek } = props.post.data;
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', flexDirection: 'column', width: 1200, height: 630, padding: 72, backgroundColor: '#fbfaf7' },
        children: [
          { type: 'div', props: { style: { fontFamily: 'Serif', fontSize: 60, color: '#1b1b1f', lineClamp: 3, display: 'block' }, children: title } },
          { type: 'div', props: { style: { fontFamily: 'Sans', fontSize: 28, color: '#55555f', marginTop: 24 }, children: dek } },
        ],
      },
    },
    { width: 1200, height: 630, fonts: await fonts },
  );
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
`,
};

/** Writes the peer project into `dir` (replacing what was there). */
export function writePeerProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(PEER_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text.trimStart());
  }
}

/**
 * The article as the peer gets it: the same frontmatter and prose, without the component
 * directives (a line of its own such as `::timeline{#…}`), and an inline `:quote{#…}` as plain text.
 */
export function proseOnly(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^::[a-z]+/.test(line))
    .join('\n')
    .replace(/:quote\{#([^}]*)\}/g, '“$1”');
}

/** Writes the prose-only copy of every article file into `dir`; returns the copies' paths. */
export function writePeerContent(articleFiles: string[], dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return articleFiles.map((file) => {
    const copy = join(dir, basename(file));
    writeFileSync(copy, proseOnly(readFileSync(file, 'utf8')));
    return copy;
  });
}
