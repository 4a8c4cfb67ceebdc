// Boots a TypeScript worker under Node: registers tsx's loader inside the worker thread, then
// imports the entry named in workerData. (Passing `--import tsx` in the worker's execArgv does
// not apply the loader to the worker's own entry module in Node 20, hence this file.)
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
