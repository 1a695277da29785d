// The search index's worker (startSearchIndex in search-index.ts starts it): reads the built pages
// and hands them to Pagefind off the build's main thread, which checks the pages meanwhile.
// Node runs this file as it is (type stripping), outside Vite.
import { serveJobs } from '../build-support/worker-pool.ts';
import { writeSearchIndex, type SearchIndexJob, type SearchIndexResult } from './search-index.ts';

serveJobs<SearchIndexJob, SearchIndexResult>(({ siteDir, options }) =>
  writeSearchIndex(siteDir, options),
);
