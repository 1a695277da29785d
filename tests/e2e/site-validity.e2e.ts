// Every built page, read from dist/: valid HTML (html-validate, configured in .htmlvalidate.mjs),
// every internal href and src leads to a built file and every #fragment to an element on its page,
// and the page has one h1, headings in order, a language, a title, a description and alt text.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { checkPageLinks } from '../../src/checks/links.ts';
import { checkPageOutline } from '../../src/checks/outline.ts';
import { readBuiltSite } from '../support/built-site.ts';
import { builtPagePaths, distDir } from '../support/site-pages.ts';

const site = readBuiltSite(distDir);
const validator = new HtmlValidate(htmlValidateConfig);

test('the checks see every page of the build', () => {
  expect([...site.pages.keys()].sort()).toEqual(builtPagePaths());
  expect(site.pages.size).toBeGreaterThan(10);
});

for (const page of site.pages.values()) {
  test(`${page.path} is valid HTML`, async () => {
    const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.file);
    const messages = report.results.flatMap((result) =>
      result.messages.map(
        (m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`,
      ),
    );
    expect(messages).toEqual([]);
  });

  test(`${page.path}: every internal link and #fragment resolves`, () => {
    expect(checkPageLinks(site, page).map(formatProblem)).toEqual([]);
  });

  test(`${page.path} has one h1, headings in order, lang, a title, a description and alt text`, () => {
    expect(checkPageOutline(page).map(formatProblem)).toEqual([]);
  });
}
