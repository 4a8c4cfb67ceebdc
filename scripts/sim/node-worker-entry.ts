/**
 * Node `worker_threads` entry of the simulation worker: exposes the same `simulationApi` as the
 * browser worker (workers/simulation.worker.ts) through comlink's node adapter.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { simulationApi } from '../../workers/simulation.worker';

if (!parentPort) throw new Error('node-worker-entry must run inside a worker thread');
Comlink.expose(simulationApi, nodeEndpoint(parentPort));
