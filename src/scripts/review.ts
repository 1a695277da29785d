// `npm run review`: the site's open threads, each pending fact with its age, its review day and its
// sources, so an editor can look for news and close it with a dated update (content/README.md).
// REVIEW_DATE=YYYY-MM-DD sets "today"; CONTENT_DIR another content folder.
import { resolve } from 'node:path';
import { formatThread, openThreads, reviewDay } from '../content-layer/open-threads.ts';

const contentDir = resolve(process.env['CONTENT_DIR'] ?? './content');
const today = reviewDay(process.env);
const threads = openThreads(contentDir, today);
console.log(`Open threads on ${today}: ${threads.length}\n`);
for (const thread of threads) console.log(`${formatThread(thread, process.cwd())}\n`);
if (threads.length === 0) console.log('Nothing is pending: every thread has a dated answer.');

// The editions: translations older than their English, and what each edition still lacks.
const { editionStatus, formatEditionStatus } = await import('../content-layer/edition-status.ts');
const editionLines = formatEditionStatus(editionStatus(contentDir));
console.log(
  editionLines.length
    ? `\nThe editions:\n${editionLines.join('\n')}`
    : '\nThe editions: every translation is complete and current.',
);
