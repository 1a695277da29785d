// The content model: every collection the site reads, and where its data lives.
// Data sits in `content/` at the repository root; files starting with `_` are drafts and are skipped.
// The strict loaders stop a build on any problem in a file, naming the line and the fix.
import { defineCollection } from 'astro:content';
import { articleSchema } from './schemas/article';
import { delegationSchema } from './schemas/delegation';
import { factBoxSchema } from './schemas/factbox';
import { personSchema } from './schemas/person';
import { quoteSchema } from './schemas/quote';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema, timelineSchema } from './schemas/timeline';
import { updateSchema } from './schemas/update';
import { contentDir, REPORT_SOURCE_ID } from './content-layer/paths';
import { checkQuotesAgainstSources, checkReportErrorsAgainstReport, checkSourceFiles, readSourceTexts } from './content-layer/report-check';
import { readQuoteTexts } from './content-layer/content-files';
import { strictFile, type EntryCheckContext } from './content-layer/strict-file-loader';
import { checkTexts } from './content-layer/text-checks';
import { strictGlob } from './content-layer/strict-glob-loader';

// Quotes and "the report said" notes are checked word for word against the report's text, which
// ships with the content (`file:` in content/sources.yaml). Read when a loader runs, so that
// `astro dev` checks the text as it is now.
const sourceTexts = () => readSourceTexts(contentDir);

/**
 * The words of every YAML file: no quote typed in quotation marks outside its entry, and pending
 * wording only where the page shows the day it stands as of (`pendingRefused` says why not).
 */
const wording =
  (pendingRefused: (entry: Record<string, unknown>) => string | undefined) =>
  (context: EntryCheckContext) =>
    checkTexts(context, { quotes: readQuoteTexts(contentDir), pendingRefused, exempt: ['text', 'reportSaid'] });
const undated = (what: string) => () => `${what} carry no as-of date`;
const unlessPending = (what: string) => (entry: Record<string, unknown>) =>
  entry['status'] === 'pending' ? undefined : `${what} has happened, so its page gives no as-of date; only a pending one does`;

const articles = defineCollection({
  loader: strictGlob({ base: `${contentDir}/articles`, schema: articleSchema }),
  schema: articleSchema,
});

const people = defineCollection({
  loader: strictFile(`${contentDir}/people.yaml`, {
    schema: personSchema,
    check: (context) => [...checkReportErrorsAgainstReport(sourceTexts(), REPORT_SOURCE_ID, context), ...wording(undated('people'))(context)],
  }),
  schema: personSchema,
});
const delegations = defineCollection({
  loader: strictFile(`${contentDir}/delegations.yaml`, { schema: delegationSchema, check: wording(undated('delegations')) }),
  schema: delegationSchema,
});
const quotes = defineCollection({
  loader: strictFile(`${contentDir}/quotes.yaml`, {
    schema: quoteSchema,
    check: (context) => [...checkQuotesAgainstSources(sourceTexts(), context), ...wording(undated('quotes'))(context)],
  }),
  schema: quoteSchema,
});
const timeline = defineCollection({
  loader: strictFile(`${contentDir}/timeline.yaml`, { schema: timelineEventSchema, check: wording(unlessPending('the event')) }),
  schema: timelineEventSchema,
});
const timelines = defineCollection({
  loader: strictFile(`${contentDir}/timelines.yaml`, { schema: timelineSchema, check: wording(undated('timelines and their periods')) }),
  schema: timelineSchema,
});
// A fact box shows "Status as of", but that day comes from its steps: its own words stay undated.
const factboxes = defineCollection({
  loader: strictFile(`${contentDir}/factboxes.yaml`, { schema: factBoxSchema, check: wording(undated('a fact box’s own texts')) }),
  schema: factBoxSchema,
});
const sources = defineCollection({
  loader: strictFile(`${contentDir}/sources.yaml`, {
    schema: sourceSchema,
    check: (context) => [
      ...checkSourceFiles(sourceTexts(), context),
      ...wording((entry) => (typeof entry['asOf'] === 'string' ? undefined : 'this source has no asOf day for its page to show'))(context),
    ],
  }),
  schema: sourceSchema,
});
const updates = defineCollection({
  loader: strictFile(`${contentDir}/updates.yaml`, { schema: updateSchema, check: wording(unlessPending('the update')) }),
  schema: updateSchema,
});

export const collections = { articles, people, delegations, quotes, timeline, timelines, factboxes, sources, updates };
