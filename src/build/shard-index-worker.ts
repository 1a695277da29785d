// A worker that indexes search shards (src/search/search-index.ts starts them, two at a time): each
// worker thread drives a Pagefind process of its own. Node runs this file as it is (type
// stripping), outside Vite.
import { serveJobs } from '../build-support/worker-pool.ts';
import { indexShard, type ShardJob } from '../search/shard-index.ts';

serveJobs<ShardJob, void>(indexShard);
