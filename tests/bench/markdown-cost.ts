// What the Markdown render of one article costs, in CPU time: Astro's `unified()` processor as
// astro.config.mjs configured it before (the site's plugins, SmartyPants where needed, and Astro's
// Shiki and closing rehype-raw; rehype-safe-html no longer parses an article without raw HTML, so
// this is already a parse cheaper than it was) against the site's own (src/markdown/processor.ts), on
// the five real articles and N synthetic ones (tests/bench/synthetic-content.ts) in a temporary
// content folder. It first checks that the two give the same HTML and metadata for every article,
// byte for byte, then renders them all R times with each, alternately, and prints the median CPU
// milliseconds per article (process.cpuUsage: other work on the machine does not count) and the
// first run of each on its own (what a build pays once: JIT, Shiki's highlighter).
// Run: `npx node tests/bench/markdown-cost.ts -- --n 200 --runs 7` (Node 24, type stripping).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  markdownConfigDefaults,
  parseFrontmatter,
  unified,
  type AstroMarkdownOptions,
  type MarkdownRenderer,
} from '@astrojs/markdown-remark';
import { writeSyntheticContent } from './synthetic-content.ts';
import { markdownPlugins } from '../../src/markdown/pipeline.ts';
import { articleProcessor } from '../../src/markdown/processor.ts';
import remarkSmartypantsIfNeeded from '../../src/markdown/remark-smartypants-if-needed.ts';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i > -1 && process.argv[i + 1] ? process.argv[i + 1] : fallback);
}
const count = argument('n', 200);
const runs = argument('runs', 7);

const dir = mkdtempSync(join(tmpdir(), 'markdown-cost-'));
try {
  const content = join(dir, 'content');
  writeSyntheticContent('content', content, count);
  const articles = join(content, 'articles');
  // As Astro's glob loader hands an article to the renderer: the body without frontmatter, trimmed.
  const inputs = readdirSync(articles)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { frontmatter, content: body } = parseFrontmatter(
        readFileSync(join(articles, name), 'utf8'),
      );
      return { name, body: body.trim(), frontmatter, fileURL: pathToFileURL(join(articles, name)) };
    });
  // The `markdown` settings Astro passes to a processor, at their defaults (as the site leaves them).
  const shared: AstroMarkdownOptions = {
    syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
    shikiConfig: markdownConfigDefaults.shikiConfig,
    image: { domains: [], remotePatterns: [] },
  };
  const plugins = markdownPlugins(content);
  const astro = unified({
    ...plugins,
    remarkPlugins: [remarkSmartypantsIfNeeded, ...plugins.remarkPlugins],
    smartypants: false,
  });
  const renderers: Record<string, MarkdownRenderer> = {
    astro: await astro.createRenderer(shared),
    site: await articleProcessor(content).createRenderer(shared),
  };
  const renderAll = async (renderer: MarkdownRenderer) =>
    Promise.all(
      inputs.map(({ body, frontmatter, fileURL }) =>
        renderer.render(body, { frontmatter, fileURL }),
      ),
    );

  const timings: Record<string, number[]> = { astro: [], site: [] };
  for (let run = 0; run < runs; run++) {
    const results: Record<string, Awaited<ReturnType<typeof renderAll>>> = {};
    for (const name of Object.keys(renderers)) {
      const start = process.cpuUsage();
      results[name] = await renderAll(renderers[name]!);
      const { user, system } = process.cpuUsage(start);
      timings[name]!.push((user + system) / 1000 / inputs.length);
    }
    if (run > 0) continue;
    inputs.forEach(({ name }, i) => {
      const [a, b] = [results['astro']![i]!, results['site']![i]!];
      if (a.code !== b.code) throw new Error(`${name}: the HTML differs`);
      if (JSON.stringify(a.metadata) !== JSON.stringify(b.metadata))
        throw new Error(`${name}: the metadata differs`);
    });
    console.log(`Same HTML and metadata for all ${inputs.length} articles.`);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  console.log(`CPU ms per article, ${inputs.length} articles, median of runs 2 to ${runs}:`);
  for (const [name, values] of Object.entries(timings)) {
    console.log(
      `  ${name}: ${median(values.slice(1)).toFixed(2)} (first run ${values[0]!.toFixed(2)}; all ${values.map((v) => v.toFixed(2)).join(', ')})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
