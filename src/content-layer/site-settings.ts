// The site's settings (`content/site.yaml`, or CONTENT_DIR's): its name, its words about itself,
// its language, address and place, read synchronously wherever they are needed (pages, components,
// share cards, astro.config.mjs). Checked against src/schemas/site.ts: a mistake stops the build,
// naming the file, the line, the field and the fix. Read again when the file changes, so that
// `astro dev` sees an edit on the next request.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { ContentError } from './content-error.ts';
import { contentDir, contentIsSettled } from './paths.ts';
import { describeIssue } from './schema-problems.ts';
import { discriminatorValues, fieldDescription, shapeKeysAt } from './schema-fields.ts';
import { locate, parseYamlSource, readContentText, type YamlSource } from './source-text.ts';

/** The settings' file, in the content folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** The problems of data that does not match the schema, each with its line, field and fix. */
function schemaProblems(file: string, source: YamlSource, data: unknown): ContentProblem[] {
  const result = siteSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { path, ...described } = describeIssue(issue, {
      data,
      fieldDescription: (at) => fieldDescription(siteSchema, at, data),
      knownKeys: (at) => shapeKeysAt(siteSchema, at, data),
      discriminatorValues: (at, key) => discriminatorValues(siteSchema, at, key),
    });
    return { file, ...locate(source, path), ...described };
  });
}

/** `howWeReport` names an article that exists, or says how to fix it. */
function howWeReportProblems(
  dir: string,
  file: string,
  source: YamlSource,
  settings: SiteSettings,
): ContentProblem[] {
  const slug = settings.howWeReport;
  if (slug === undefined || existsSync(join(dir, 'articles', `${slug}.md`))) return [];
  return [
    {
      file,
      ...locate(source, ['howWeReport']),
      field: 'howWeReport',
      problem: `there is no article "${slug}" (content/articles/${slug}.md) for every page to link to.`,
      fix: 'name an article of content/articles/ (its file name without .md), or leave out howWeReport.',
    },
  ];
}

/** The settings in a content folder, or every problem that keeps them from being used. */
export function checkSiteSettings(
  dir: string,
): { settings: SiteSettings } | { problems: ContentProblem[] } {
  const file = join(dir, SITE_SETTINGS_FILE);
  const read = readContentText(file);
  if ('problem' in read)
    return {
      problems: [
        {
          ...read.problem,
          fix: `create ${file} with the site's name, description, language, address, place and page descriptions (content/README.md lists every field), or point CONTENT_DIR at the folder that holds the content.`,
        },
      ],
    };
  const { source, problems } = parseYamlSource(file, read.text);
  if (problems.length) return { problems };
  const data: unknown = source.doc.toJS();
  const invalid = schemaProblems(file, source, data);
  if (invalid.length) return { problems: invalid };
  const settings = siteSchema.parse(data);
  const missing = howWeReportProblems(dir, file, source, settings);
  return missing.length ? { problems: missing } : { settings };
}

const reads = new Map<string, { stamp: string; settings: SiteSettings }>();

/** The settings read while the content is settled (`contentIsSettled`), by content folder. */
const settledReads = new Map<string, SiteSettings>();

/** The site's settings, read again only when the file has changed; throws, listing every problem. */
export function readSiteSettings(dir: string = contentDir): SiteSettings {
  // Asked for by every text of every page: while the content is settled, not even the path is
  // joined again.
  const settled = contentIsSettled() ? settledReads.get(dir) : undefined;
  if (settled) return settled;
  const file = join(dir, SITE_SETTINGS_FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
  const cached = reads.get(file);
  if (cached?.stamp === stamp) return cached.settings;
  const checked = checkSiteSettings(dir);
  if ('problems' in checked) {
    const count = checked.problems.length;
    throw new ContentError(
      checked.problems,
      `${file} has problems (${count} problem${count > 1 ? 's' : ''}):`,
    );
  }
  reads.set(file, { stamp, settings: checked.settings });
  if (contentIsSettled()) settledReads.set(dir, checked.settings);
  return checked.settings;
}
