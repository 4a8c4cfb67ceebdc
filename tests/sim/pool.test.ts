import * as Comlink from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runBlocks } from '../../src/model/kernel';
import type { CompiledRun } from '../../src/model/run-types';
import { defaultScenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { SimulationEngine } from '../../src/sim/engine';
import type { WorkerFactory, WorkerHandle } from '../../src/sim/worker-handle';

// In-process stand-ins for workers: the real worker API behind a MessageChannel, with switches to
// make a worker crash (fire its failure signal and never answer) or hang.
type Behaviour = 'ok' | 'crash' | 'hang';

function fakeFactory(plan: Behaviour[]): WorkerFactory & { made: number; terminated: number } {
  const factory = Object.assign(
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
            if (behaviour === 'hang') return new Promise(() => undefined);
            return runBlocks(run, a, b);
          },
          ping: () => 'ok',
        },
        port2 as unknown as Comlink.Endpoint,
      );
      return {
        endpoint: port1 as unknown as Comlink.Endpoint,
        terminate: () => {
          factory.terminated++;
          port1.close();
          port2.close();
        },
        onFailure: (listener) => (fail = listener),
      };
    },
    { made: 0, terminated: 0 },
  );
  return factory;
}

const scenario = { ...defaultScenario(), seed: 808 };
const request = { scenario, paths: 8 * 1024 };
const reference = JSON.stringify(simulate(request).outputs);

describe('worker pool', () => {
  it('starts workers lazily', async () => {
    const f = fakeFactory([]);
    const e = new SimulationEngine({ factory: f, size: 3 });
    expect(f.made).toBe(0);
    await e.run(request);
    expect(f.made).toBe(3);
    e.dispose();
  });

  it('restarts a crashed worker and retries its task once, with unchanged results', async () => {
    const f = fakeFactory(['crash']);
    const e = new SimulationEngine({ factory: f, size: 2 });
    const r = await e.run(request);
    expect(JSON.stringify(r.outputs)).toBe(reference);
    expect(e.mode).toBe('workers');
    expect(f.terminated).toBeGreaterThanOrEqual(1);
    expect(r.warnings).toEqual([]);
    e.dispose();
  });

  it('falls back to inline when a task fails twice, and says so', async () => {
    const f = fakeFactory(['crash', 'crash', 'crash', 'crash']);
    const e = new SimulationEngine({ factory: f, size: 1 });
    const r = await e.run(request);
    expect(JSON.stringify(r.outputs)).toBe(reference);
    expect(e.mode).toBe('inline');
    expect(r.warnings.join(' ')).toMatch(/ran inline: a worker failed twice/);
    e.dispose();
  });

  it('treats a hung worker as crashed after the task timeout', async () => {
    const f = fakeFactory(['hang']);
    const e = new SimulationEngine({ factory: f, size: 1, taskTimeoutMs: 200 });
    const r = await e.run({ scenario, paths: 2048 });
    expect(JSON.stringify(r.outputs)).toBe(
      JSON.stringify(simulate({ scenario, paths: 2048 }).outputs),
    );
    expect(f.made).toBe(2);
    e.dispose();
  });

  it('runs inline when workers cannot be created', async () => {
    const e = new SimulationEngine({
      factory: () => {
        throw new Error('Worker is not defined');
      },
      size: 2,
    });
    const r = await e.run(request);
    expect(JSON.stringify(r.outputs)).toBe(reference);
    expect(e.mode).toBe('inline');
    expect(r.warnings[0]).toMatch(/workers unavailable: Worker is not defined/);
  });

  it('cancels inline runs too', async () => {
    const e = new SimulationEngine({ factory: null, size: 1 });
    const controller = new AbortController();
    let progress = 0;
    const run = e.run(
      { scenario, paths: 200 * 1024 },
      { signal: controller.signal, onProgress: () => (progress++, controller.abort()) },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 50));
    expect(progress).toBe(1);
  });

  it('rejects runs after dispose', async () => {
    const e = new SimulationEngine({ factory: fakeFactory([]), size: 1 });
    e.dispose();
    await expect(e.run(request)).rejects.toThrow(/disposed/);
  });
});

describe('engine callbacks', () => {
  it('delivers the coarse 2048-path result first, then the final one', async () => {
    const e = new SimulationEngine({ factory: fakeFactory([]), size: 2 });
    const seen: [number, boolean][] = [];
    const final = await e.run(request, { onResult: (r) => seen.push([r.paths, r.final]) });
    expect(seen).toEqual([
      [2048, false],
      [8 * 1024, true],
    ]);
    expect(JSON.stringify(final.outputs)).toBe(reference);
    e.dispose();
  });

  it('a run cancelled from its own progress callback never delivers a result afterwards', async () => {
    const e = new SimulationEngine({ factory: null, size: 1 });
    const controller = new AbortController();
    const results: boolean[] = [];
    const run = e.run(
      { scenario, paths: 4 * 1024 },
      {
        signal: controller.signal,
        onResult: (r) => results.push(r.final),
        onProgress: (p) => {
          if (p.done >= 3 * 1024) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 50));
    expect(results).toEqual([false]);
  });
});
