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
import { contentDir, REPORT_SOURCE_ID, reportPath } from './lib/content-paths';
import { checkQuotesAgainstReport, checkReportErrorsAgainstReport, readReport } from './lib/report-check';
import { strictFile } from './lib/strict-file-loader';
import { strictGlob } from './lib/strict-glob-loader';

// Quotes and "the report said" notes are checked word for word against the report, when it is there.
const report = readReport(reportPath);
if (!report) console.warn(`[content] ${reportPath} not found: quotes are not checked against the report in this build.`);

const articles = defineCollection({
  loader: strictGlob({ base: `${contentDir}/articles`, schema: articleSchema }),
  schema: articleSchema,
});

const people = defineCollection({
  loader: strictFile(`${contentDir}/people.yaml`, {
    schema: personSchema,
    check: (context) => (report ? checkReportErrorsAgainstReport(report, context) : []),
  }),
  schema: personSchema,
});
const delegations = defineCollection({ loader: strictFile(`${contentDir}/delegations.yaml`, { schema: delegationSchema }), schema: delegationSchema });
const quotes = defineCollection({
  loader: strictFile(`${contentDir}/quotes.yaml`, {
    schema: quoteSchema,
    check: (context) => (report ? checkQuotesAgainstReport(report, REPORT_SOURCE_ID, context) : []),
  }),
  schema: quoteSchema,
});
const timeline = defineCollection({ loader: strictFile(`${contentDir}/timeline.yaml`, { schema: timelineEventSchema }), schema: timelineEventSchema });
const timelines = defineCollection({ loader: strictFile(`${contentDir}/timelines.yaml`, { schema: timelineSchema }), schema: timelineSchema });
const factboxes = defineCollection({ loader: strictFile(`${contentDir}/factboxes.yaml`, { schema: factBoxSchema }), schema: factBoxSchema });
const sources = defineCollection({ loader: strictFile(`${contentDir}/sources.yaml`, { schema: sourceSchema }), schema: sourceSchema });

export const collections = { articles, people, delegations, quotes, timeline, timelines, factboxes, sources };
