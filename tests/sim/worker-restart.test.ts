/**
 * A simulation worker that dies mid-run is replaced, its task retried once with identical
 * numbers, and the pool tells the app (which shows a notice, in zh-CN and English). Also the
 * debug hook that kills a busy worker (used by tests/e2e/worker.e2e.ts in a real browser).
 */
import * as Comlink from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n';
import { runBlocks } from '../../src/model/kernel';
import type { CompiledRun } from '../../src/model/run-types';
import { defaultScenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { SimulationEngine } from '../../src/sim/engine';
import type { WorkerFactory, WorkerHandle } from '../../src/sim/worker-handle';
import { WORKER_RESTART_NOTICE_ID, workerRestartNotice } from '../../src/ui/worker-notice';

type Behaviour = 'ok' | 'crash' | 'slow';

interface FakeFactory extends WorkerFactory {
  made: number;
  terminated: number;
  crashed: number;
}

/** In-process workers behind a MessageChannel; `withCrashHook` gives handles a crash() method. */
function fakeFactory(plan: Behaviour[], withCrashHook = false): FakeFactory {
  const factory: FakeFactory = Object.assign(
    (): WorkerHandle => {
      const behaviour = plan[factory.made] ?? 'ok';
      factory.made++;
      const { port1, port2 } = new MessageChannel();
      let fail: (e: Error) => void = () => undefined;
      Comlink.expose(
        {
          runBlocks(run: CompiledRun, a: number, b: number) {
            if (behaviour === 'crash') {
              setTimeout(() => fail(new Error('worker crashed')), 1);
              return new Promise(() => undefined);
            }
            if (behaviour === 'slow')
              return new Promise((resolve) => setTimeout(() => resolve(runBlocks(run, a, b)), 30));
            return runBlocks(run, a, b);
          },
          ping: () => 'ok',
        },
        port2 as unknown as Comlink.Endpoint,
      );
      const terminate = (): void => {
        factory.terminated++;
        port1.close();
        port2.close();
      };
      const handle: WorkerHandle = {
        endpoint: port1 as unknown as Comlink.Endpoint,
        terminate,
        onFailure: (listener) => (fail = listener),
      };
      if (withCrashHook)
        handle.crash = () => {
          factory.crashed++;
          terminate();
          fail(new Error('killed'));
        };
      return handle;
    },
    { made: 0, terminated: 0, crashed: 0 },
  );
  return factory;
}

const scenario = { ...defaultScenario(), seed: 4242 };
const request = { scenario, paths: 8 * 1024 };
const reference = JSON.stringify(simulate(request).outputs);

afterEach(() => setLanguage('zh-CN', null));

describe('a crashed simulation worker', () => {
  it('is restarted, its task retried once with identical numbers, and the app is told once', async () => {
    const restarts: Error[] = [];
    const e = new SimulationEngine({
      factory: fakeFactory(['crash']),
      size: 2,
      onWorkerRestart: (err) => restarts.push(err),
    });
    const r = await e.run(request);
    expect(JSON.stringify(r.outputs)).toBe(reference);
    expect(restarts.map((x) => x.message)).toEqual(['worker crashed']);
    expect(e.workerRestarts).toBe(1);
    expect(e.mode).toBe('workers');
    expect(r.warnings).toEqual([]);
    e.dispose();
  });

  it('a worker failing on the retry too: one restart notice, then the run completes inline', async () => {
    const restarts: Error[] = [];
    const e = new SimulationEngine({
      factory: fakeFactory(['crash', 'crash', 'crash']),
      size: 1,
      onWorkerRestart: (err) => restarts.push(err),
    });
    const r = await e.run(request);
    expect(JSON.stringify(r.outputs)).toBe(reference);
    expect(restarts).toHaveLength(1);
    expect(e.mode).toBe('inline');
    e.dispose();
  });

  it('a worker terminated because its run was cancelled is not a crash: no restart, no notice', async () => {
    const restarts: Error[] = [];
    const e = new SimulationEngine({
      factory: fakeFactory(['slow', 'slow']),
      size: 2,
      terminateAbovePaths: 1,
      onWorkerRestart: (err) => restarts.push(err),
    });
    const controller = new AbortController();
    const run = e.run(request, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(restarts).toEqual([]);
    expect(e.workerRestarts).toBe(0);
    e.dispose();
  });

  it('a throwing restart listener does not break the run', async () => {
    const e = new SimulationEngine({
      factory: fakeFactory(['crash']),
      size: 1,
      onWorkerRestart: () => {
        throw new Error('listener broke');
      },
    });
    const errors: unknown[] = [];
    const onError = (err: unknown): void => void errors.push(err);
    process.on('uncaughtException', onError);
    try {
      const r = await e.run(request);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(JSON.stringify(r.outputs)).toBe(reference);
      expect(errors.map((x) => (x as Error).message)).toEqual(['listener broke']);
    } finally {
      process.off('uncaughtException', onError);
      e.dispose();
    }
  });
});

describe('killBusyWorker (debug hook)', () => {
  it('kills a worker in the middle of a run through its crash path; the run completes identically', async () => {
    const f = fakeFactory(['slow', 'slow', 'slow', 'slow'], true);
    const restarts: Error[] = [];
    const e = new SimulationEngine({
      factory: f,
      size: 2,
      onWorkerRestart: (err) => restarts.push(err),
    });
    expect(e.killBusyWorker()).toBe(false); // nothing running yet
    const run = e.run(request);
    expect(e.killBusyWorker()).toBe(true);
    const r = await run;
    expect(JSON.stringify(r.outputs)).toBe(reference);
    expect(f.crashed).toBe(1);
    expect(restarts.map((x) => x.message)).toEqual(['killed']);
    expect(e.workerRestarts).toBe(1);
    expect(f.made).toBe(3); // two workers, one replacement
    expect(e.mode).toBe('workers');
    e.dispose();
  });

  it('without a crash hook the pool terminates the worker and counts it as failed', async () => {
    const f = fakeFactory(['slow', 'slow', 'slow'], false);
    const restarts: Error[] = [];
    const e = new SimulationEngine({
      factory: f,
      size: 2,
      onWorkerRestart: (err) => restarts.push(err),
    });
    const run = e.run(request);
    expect(e.killBusyWorker()).toBe(true);
    expect(JSON.stringify((await run).outputs)).toBe(reference);
    expect(restarts).toHaveLength(1);
    expect(f.terminated).toBeGreaterThanOrEqual(1);
    e.dispose();
  });
});

describe('the worker-restart notice', () => {
  it('is one stable notice, informational, and speaks the current language', () => {
    const notice = workerRestartNotice();
    expect(notice.id).toBe(WORKER_RESTART_NOTICE_ID);
    expect(notice.level).toBe('info');
    setLanguage('zh-CN', null);
    expect(notice.message()).toContain('计算线程');
    expect(notice.message()).toContain('已自动重启');
    // The text is read again after a language switch (notices re-render on a change).
    setLanguage('en', null);
    expect(notice.message()).toMatch(/calculation thread .*restarted/);
    expect(notice.message()).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
