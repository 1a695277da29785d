// The content model: every collection the site reads, and where its data lives.
// Data sits in `content/` at the repository root; files starting with `_` are drafts and are skipped.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { delegationSchema } from './schemas/delegation';
import { factBoxSchema } from './schemas/factbox';
import { personSchema } from './schemas/person';
import { quoteSchema } from './schemas/quote';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema, timelineSchema } from './schemas/timeline';
import { contentDir } from './lib/content-paths';
import { strictGlob } from './lib/strict-glob-loader';

// Say what to do about a missing field, not only that it is "Required".
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined
      ? `this required field is missing: add it (${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}); the schemas in src/schemas/ say what each field holds`
      : undefined,
});

const articles = defineCollection({
  loader: strictGlob({ pattern: ['**/*.md', '!**/_*'], base: `${contentDir}/articles` }),
  schema: articleSchema,
});

const people = defineCollection({ loader: file(`${contentDir}/people.yaml`), schema: personSchema });
const delegations = defineCollection({ loader: file(`${contentDir}/delegations.yaml`), schema: delegationSchema });
const quotes = defineCollection({ loader: file(`${contentDir}/quotes.yaml`), schema: quoteSchema });
const timeline = defineCollection({ loader: file(`${contentDir}/timeline.yaml`), schema: timelineEventSchema });
const timelines = defineCollection({ loader: file(`${contentDir}/timelines.yaml`), schema: timelineSchema });
const factboxes = defineCollection({ loader: file(`${contentDir}/factboxes.yaml`), schema: factBoxSchema });
const sources = defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema });

export const collections = { articles, people, delegations, quotes, timeline, timelines, factboxes, sources };
