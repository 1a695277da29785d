// The site's settings (content/site.yaml): read from the content folder it is given, checked against
// src/schemas/site.ts, and refused with the file, the line, the field and the fix; read again when
// the file changes, as `astro dev` needs.
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/content-layer/content-error.ts';
import { checkSiteSettings, readSiteSettings } from '../../src/content-layer/site-settings.ts';
import { formatProblem } from '../../src/lib/content-problem.ts';

const VALID = `name: The Harbour Talks, Explained
shortName: Harbour Talks
description: An explainer, invented for testing the kit, on talks held in a harbour town.
lang: en-GB
locale: en_GB
url: https://harbour.example.org/
place: Port Meridian
pages:
  people: { description: "Who was at the harbour talks and what they said.", intro: "The parties and their people." }
  search: { description: "Search every article, person and quote of the site." }
  tags: { description: "Every topic the site covers, with its articles." }
  sources: { description: "Every source the site draws on, with its date and link." }
  notFound: { description: "This page does not exist; start again from the home page." }
`;

/** A content folder holding only a site.yaml with this text (and an articles/ folder). */
function contentWith(siteYaml: string | undefined): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'site-settings-')), 'content');
  mkdirSync(join(dir, 'articles'), { recursive: true });
  if (siteYaml !== undefined) writeFileSync(join(dir, 'site.yaml'), siteYaml);
  return dir;
}

function problemsOf(siteYaml: string | undefined) {
  const dir = contentWith(siteYaml);
  const checked = checkSiteSettings(dir);
  if (!('problems' in checked)) throw new Error('expected problems');
  return { dir, problems: checked.problems };
}

describe('readSiteSettings', () => {
  test('reads the real content’s settings', () => {
    const site = readSiteSettings('content');
    expect(site.name).toBe('The Istanbul Talks, Explained');
    expect(site.place).toBe('Istanbul');
    expect(site.lang).toBe('en-GB');
    expect(site.locale).toBe('en_GB');
    expect(site.howWeReport).toBe('how-we-reported-this');
  });

  test('reads another content folder’s settings, where a how-we-report article is not needed', () => {
    const site = readSiteSettings(contentWith(VALID));
    expect(site.name).toBe('The Harbour Talks, Explained');
    expect(site.place).toBe('Port Meridian');
    expect(site.howWeReport).toBeUndefined();
    expect(site.pages.people.intro).toBe('The parties and their people.');
  });

  test('sees an edit on the next read', () => {
    const dir = contentWith(VALID);
    expect(readSiteSettings(dir).place).toBe('Port Meridian');
    const file = join(dir, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Port Meridian', 'Old Harbour'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(readSiteSettings(dir).place).toBe('Old Harbour');
  });

  test('throws a ContentError that names the file, the field and the fix', () => {
    const dir = contentWith(VALID.replace('place: Port Meridian\n', ''));
    let thrown: unknown;
    try {
      readSiteSettings(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const message = (thrown as Error).message;
    expect(message).toContain('site.yaml has problems (1 problem):');
    expect(message).toMatch(/site\.yaml:1:1: field "place": this required field is missing\./);
    expect(message).toMatch(/How to fix: add "place:" with a text\. It holds: Where the talks/);
  });
});

describe('checkSiteSettings', () => {
  test('a missing file: create it, or point CONTENT_DIR elsewhere', () => {
    const { problems } = problemsOf(undefined);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toBe('the file does not exist.');
    expect(problems[0]!.fix).toMatch(/^create .*content\/site\.yaml with the site's name/);
    expect(problems[0]!.fix).toContain('CONTENT_DIR');
  });

  test('a value of the wrong form, at its line, with the field’s description', () => {
    const { problems } = problemsOf(VALID.replace('lang: en-GB', 'lang: English'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4, field: 'lang' });
    expect(formatProblem(problems[0]!)).toContain('a language tag, e.g. en-GB');
  });

  test('an unknown field, with the one meant', () => {
    const { problems } = problemsOf(VALID.replace('place:', 'plase:'));
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['place']));
    expect(problems.map(formatProblem).join('\n')).toMatch(/plase/);
  });

  test('a page description missing, named by its path', () => {
    const { problems } = problemsOf(
      VALID.replace(
        '  tags: { description: "Every topic the site covers, with its articles." }\n',
        '  tags: {}\n',
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'pages.tags.description', line: 11 });
  });

  test('howWeReport must name an article of the content', () => {
    const { dir, problems } = problemsOf(`${VALID}howWeReport: how-we-report\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'howWeReport', line: 14 });
    expect(problems[0]!.problem).toContain('content/articles/how-we-report.md');
    writeFileSync(join(dir, 'articles', 'how-we-report.md'), '---\n---\n');
    expect(checkSiteSettings(dir)).toHaveProperty('settings');
  });

  test('YAML that does not parse, at its line', () => {
    const { problems } = problemsOf(VALID.replace('lang: en-GB', 'lang: [en-GB'));
    expect(problems[0]!.problem).toMatch(/^this is not valid YAML/);
  });
});
