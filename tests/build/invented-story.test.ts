// A second story from content alone: the real build, run on a copy of the project whose content/ is
// removed and CONTENT_DIR points at an invented story (tests/fixtures/invented-story/content:
// invented countries, city and people, labelled as invented for testing the kit). It must build,
// show the invented story's names, and nowhere in dist/ (pages, feed, sitemap, JSON, search index)
// name the story the site was first made for.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FORMER_EMBED_NAMES } from '../embed/former-embed-names.ts';
import { copyProject, repoRoot, runBuild, type BuildResult } from '../support/project-copy.ts';

const fixture = join(repoRoot, 'tests', 'fixtures', 'invented-story', 'content');
/** Words of the story this site was made for, none of which the invented story may show. */
const THIS_STORY = [
  'Istanbul',
  'Ukrain',
  'Russia',
  'Umerov',
  'Kyslytsya',
  'Medinsky',
  'Zelensky',
  'Putin',
  'Trump',
  'Fidan',
];
const thisStory = new RegExp(THIS_STORY.join('|'), 'i');
/** Images and fonts: no text to read. */
const BINARY = /\.(png|ico|jpe?g|webp|avif|woff2?)$/;

let work: string;
let result: BuildResult;
/** Every file of the built site as text, by path (gzip files, like the search index's, unpacked). */
let built: Map<string, string>;

function readTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !BINARY.test(path))
      .map((path) => {
        const bytes = readFileSync(path);
        const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString(
          'utf8',
        );
        return [relative(dir, path).split(sep).join('/'), text] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const page = (path: string) => built.get(path) ?? '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'invented-story-'));
  copyProject(work);
  // Nothing may come from the real story's content: it is not there to read.
  rmSync(join(work, 'content'), { recursive: true, force: true });
  cpSync(fixture, join(work, 'invented-content'), { recursive: true });
  // The interface's words come with the kit, as a newsroom would take them: content/i18n/en/,
  // but for the topics' names, which are the story's own (the invented story's tags read as
  // written).
  cpSync(join(repoRoot, 'content', 'i18n', 'en'), join(work, 'invented-content', 'i18n', 'en'), {
    recursive: true,
    filter: (path) => !path.endsWith('topics.yaml'),
  });
  // An empty SITE_URL counts as unset: the address comes from the invented site.yaml.
  result = await runBuild(work, 'dist', {
    CONTENT_DIR: join(work, 'invented-content'),
    SITE_URL: '',
  });
  built = result.code === 0 ? readTree(join(work, 'dist')) : new Map();
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the kit, built from an invented story’s content alone', () => {
  test('builds, checks and publishes', () => {
    expect(result.code, result.output.slice(-4000)).toBe(0);
    expect(result.summary).toMatch(/^✓ Built, checked and published to dist\//);
    expect(result.output).toMatch(/Search: indexed \d+ pages in/);
  });

  test('shows the invented site, its parties, people and place', () => {
    const home = page('index.html');
    expect(home).toContain('<title>The Port Meridian Talks, Explained</title>');
    expect(home).toContain('invented for testing the kit');
    expect(home).toContain('<html lang="en-GB"');
    const people = page('people/index.html');
    for (const name of ['Valdoria', 'Estmark', 'Corvania', 'Ilsa Brandt', 'Tomas Reyven'])
      expect(people).toContain(name);
    expect(people).toContain('At the table in Port Meridian');
    expect(people).toContain('Led the delegation in Port Meridian');
    expect(people).toContain('For the host in Port Meridian');
    // The report that got Anouk Vell's title wrong is the content's only report.
    expect(people).toContain('href="/sources/meridian-report/#p5"');
    const article = page('articles/the-port-meridian-talks/index.html');
    for (const shown of ['Fishing crews: 40 for 40', 'The day of the Port Meridian talks'])
      expect(article).toContain(shown);
    expect(article).toContain('the sea between you is a road, not a wall');
  });

  test('without a how-we-report article, no page links to one', () => {
    expect(page('index.html')).not.toContain('How we report');
    expect(page('index.html')).not.toContain('how-we-reported-this');
    expect(page('articles/the-port-meridian-talks/index.html')).not.toContain('correctionsPolicy');
  });

  test('every absolute URL is on the invented site’s address', () => {
    expect(page('sitemap-0.xml')).toContain(
      '<loc>https://port-meridian.example.net/articles/the-port-meridian-talks/</loc>',
    );
    expect(page('rss.xml')).toContain('<title>The Port Meridian Talks, Explained</title>');
    expect(page('robots.txt')).toContain('https://port-meridian.example.net/sitemap-index.xml');
    expect(JSON.parse(page('manifest.webmanifest'))).toMatchObject({
      name: 'The Port Meridian Talks, Explained',
      short_name: 'Meridian Talks',
    });
    expect(JSON.parse(page('oembed/factbox/fishing-crews.json'))).toMatchObject({
      provider_name: 'The Port Meridian Talks, Explained',
      provider_url: 'https://port-meridian.example.net/',
    });
    const search = [...built].filter(([path]) => path.startsWith('pagefind/fragment/'));
    expect(search.length).toBeGreaterThan(0);
    expect(search.some(([, text]) => text.includes('Valdoria'))).toBe(true);
  });

  test('names nothing of the story the site was made for, anywhere in dist/', () => {
    expect(built.size).toBeGreaterThan(30);
    expect([...built.keys()]).toEqual(
      expect.arrayContaining([
        'index.html',
        'rss.xml',
        'sitemap-0.xml',
        'pagefind/pagefind-entry.json',
      ]),
    );
    const mentions = [...built].flatMap(([path, text]) => {
      // The embed loader still reads the names embed code pasted elsewhere once had.
      let kept = text;
      for (const name of Object.values(FORMER_EMBED_NAMES)) kept = kept.replaceAll(name, '');
      return kept
        .split('\n')
        .flatMap((line, i) =>
          thisStory.test(line) ? [`${path}:${i + 1}: ${line.match(thisStory)![0]}`] : [],
        );
    });
    expect(mentions).toEqual([]);
  });
});
