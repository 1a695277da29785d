// Sentence.astro as a reader gets it: an interface sentence whose elements (a date, a link, a
// citation) stand where the edition's own words put them, and, where the edition lacks the
// sentence, its English words marked `lang` while the elements keep the page's language.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import Sentence from '../../src/components/Edition/Sentence.astro';
import { inEdition } from '../../src/content-layer/editions.ts';
import { loadHtmlFragment } from '../support/html.ts';

/**
 * A Ukrainian dictionary of the test's own (content/i18n/uk/ belongs to the translators): it puts
 * the role before the date, as English does not, and lacks "Led by {name}".
 */
const fixture: { dirs: string[] } = vi.hoisted(() => ({ dirs: [] }));
vi.mock('../../src/content-layer/paths.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/content-layer/paths.ts')>();
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uk-sentence-'));
  fixture.dirs.push(dir);
  fs.cpSync(original.contentDir, dir, { recursive: true });
  fs.rmSync(path.join(dir, 'i18n', 'uk'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'i18n', 'uk'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'i18n', 'uk', 'people.yaml'),
    "laterRole: '{role} з {date} ({sources})'\n",
  );
  return { ...original, contentDir: dir };
});
afterAll(() => {
  for (const dir of fixture.dirs) rmSync(dir, { recursive: true, force: true });
});

const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const laterRole = {
  date: '<time datetime="2025-06-01">1 червня 2025 р.</time>',
  role: 'міністр',
  sources: '<a href="#source">Reuters</a>',
};

test('the elements stand in the order the edition’s sentence gives, and nothing is marked', async () => {
  const $ = loadHtmlFragment(
    await inEdition('uk', () =>
      container.renderToString(Sentence, { props: { k: 'people.laterRole' }, slots: laterRole }),
    ),
  );
  expect(text($.root().text())).toBe('міністр з 1 червня 2025 р. (Reuters)');
  expect($('time').attr('datetime')).toBe('2025-06-01');
  expect($('a').attr('href')).toBe('#source');
  expect($('[lang]')).toHaveLength(0);
});

test('English, the same sentence gives the elements in its own order', async () => {
  const $ = loadHtmlFragment(
    await container.renderToString(Sentence, {
      props: { k: 'people.laterRole' },
      slots: { ...laterRole, date: '<time datetime="2025-06-01">1 June 2025</time>' },
    }),
  );
  expect(text($.root().text())).toBe('From 1 June 2025: міністр (Reuters)');
});

test('a sentence the edition lacks: its English words are marked, the element is not', async () => {
  const $ = loadHtmlFragment(
    await inEdition('uk', () =>
      container.renderToString(Sentence, {
        props: { k: 'people.ledBy' },
        slots: { name: '<a href="#umerov">Рустем Умєров</a>' },
      }),
    ),
  );
  expect(text($.root().text())).toBe('Led by Рустем Умєров');
  expect($('span[lang="en-GB"]').text()).toBe('Led by ');
  expect($('a').attr('lang')).toBeUndefined();
  expect($('a').parents('[lang]')).toHaveLength(0);
});

test('values fill the placeholders that take plain text; a slot left empty renders nothing', async () => {
  const $ = loadHtmlFragment(
    await container.renderToString(Sentence, {
      props: { k: 'people.laterRole', values: { role: 'minister' } },
      slots: { date: '<time datetime="2025-06-01">1 June 2025</time>' },
    }),
  );
  expect(text($.root().text())).toBe('From 1 June 2025: minister ()');
});
