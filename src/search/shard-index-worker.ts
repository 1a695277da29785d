// A worker that indexes search shards (search-index.ts starts them): each worker thread drives a
// Pagefind process of its own. Node runs this file as it is (type stripping), outside Vite.
import { serveJobs } from '../workers/worker-pool.ts';
import { indexShard, type ShardJob } from './shard-index.ts';

serveJobs<ShardJob, void>(indexShard);
