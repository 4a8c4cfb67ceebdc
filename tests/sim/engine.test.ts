import { afterAll, describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/model/result-types';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { SimulationEngine, ScenarioError } from '../../src/sim/engine';
import { nodeWorkerFactory } from '../../scripts/sim/node-workers';

// Real worker_threads running the real worker code (through tsx), as the CLI does.
const scenario: Scenario = {
  ...defaultScenario(),
  seed: 515,
  drivers: { external_demand: { value: 3 }, gulei_ramp: { value: 1150 } },
};
const counties = [
  {
    adcode: '350622',
    name_zh: '云霄县',
    industries: ['clean_energy', 'electronics_it', 'food_processing'],
  },
  { adcode: '350602', name_zh: '芗城区', industries: [] },
];
const engines: SimulationEngine[] = [];
const engine = (size: number): SimulationEngine => {
  const e = new SimulationEngine({ factory: nodeWorkerFactory, size });
  engines.push(e);
  return e;
};
afterAll(() => engines.forEach((e) => e.dispose()));

describe('simulation engine over worker_threads', () => {
  const request = { scenario, counties, paths: 40_000, sensitivity: true };

  it('gives identical results with 1, 2 and 4 workers and inline, equal to the in-thread reference', async () => {
    const reference = JSON.stringify(simulate(request));
    for (const size of [1, 2, 4]) {
      const r = await engine(size).run(request);
      expect(JSON.stringify(r), `${size} workers`).toBe(reference);
    }
    const inline = new SimulationEngine({ factory: null, size: 1 });
    expect(JSON.stringify(await inline.run(request))).toBe(reference);
  }, 60_000);

  it('refines progressively: a coarse result from 2048 paths, then the final one', async () => {
    const e = engine(2);
    await e.warmUp();
    const results: SimulationResult[] = [];
    const final = await e.run({ scenario, paths: 30_000 }, { onResult: (r) => results.push(r) });
    // The coarse result is skipped only if the whole run finished before its two blocks did
    // (possible on a heavily loaded machine); the deterministic ordering is checked with
    // in-process workers in pool.test.ts.
    expect(results.at(-1)).toBe(final);
    expect(final.final).toBe(true);
    expect(results.length).toBeLessThanOrEqual(2);
    if (results.length === 2) {
      expect([results[0]!.paths, results[0]!.final]).toEqual([2048, false]);
      // The coarse result is the run of the first two blocks.
      expect(JSON.stringify(results[0]!.outputs)).toBe(
        JSON.stringify(simulate({ scenario, paths: 2048 }).outputs),
      );
    }
    // The final result is the same as a non-progressive run.
    const plain = await e.run({ scenario, paths: 30_000 }, { progressive: false });
    expect(JSON.stringify(final)).toBe(JSON.stringify(plain));
  }, 60_000);

  it('reports monotone progress ending at the requested count', async () => {
    const seen: number[] = [];
    await engine(2).run({ scenario, paths: 300_000 }, { onProgress: (p) => seen.push(p.done) });
    expect(seen.length).toBeGreaterThan(3);
    for (let k = 1; k < seen.length; k++) expect(seen[k]!).toBeGreaterThan(seen[k - 1]!);
    expect(seen.at(-1)).toBe(300_000);
  }, 60_000);

  it('cancels: the promise rejects with AbortError, busy workers are terminated and no progress follows', async () => {
    let terminated = 0;
    const e = new SimulationEngine({
      size: 2,
      factory: () => {
        const h = nodeWorkerFactory();
        return { ...h, terminate: () => (terminated++, h.terminate()) };
      },
    });
    engines.push(e);
    const controller = new AbortController();
    let after = 0;
    let aborted = false;
    const run = e.run(
      { scenario, paths: 5_000_000 },
      {
        signal: controller.signal,
        onProgress: () => {
          if (aborted) after++;
          else {
            aborted = true;
            controller.abort();
          }
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(terminated).toBeGreaterThanOrEqual(1);
    const createdBefore = e.workersCreated;
    await new Promise((r) => setTimeout(r, 300));
    expect(after).toBe(0);
    // The pool replaces terminated workers lazily: the next run works and starts fresh workers.
    const next = await e.run({ scenario, paths: 4096 });
    expect(next.paths).toBe(4096);
    expect(e.workersCreated).toBeGreaterThan(createdBefore);
  }, 60_000);

  it('cancelling a small run drops its results but keeps the warm workers', async () => {
    let terminated = 0;
    const e = new SimulationEngine({
      size: 2,
      factory: () => {
        const h = nodeWorkerFactory();
        return { ...h, terminate: () => (terminated++, h.terminate()) };
      },
    });
    engines.push(e);
    await e.warmUp();
    const created = e.workersCreated;
    const controller = new AbortController();
    const run = e.run(
      { scenario, paths: 10_000 },
      { signal: controller.signal, progressive: false },
    );
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const next = await e.run({ scenario, paths: 10_000 });
    expect(JSON.stringify(next)).toBe(JSON.stringify(simulate({ scenario, paths: 10_000 })));
    expect(terminated).toBe(0);
    expect(e.workersCreated).toBe(created);
  }, 60_000);

  it('rejects an already-aborted signal and invalid requests with named fields', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(engine(1).run({ scenario }, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    const bad = engine(1).run({ scenario, paths: 0 });
    await expect(bad).rejects.toBeInstanceOf(ScenarioError);
    await expect(bad).rejects.toThrow(/^paths: must be at least 1/);
    const nan = engine(1).run({
      scenario: { ...scenario, drivers: { consumption: { value: NaN } } },
    });
    await expect(nan).rejects.toThrow(
      'drivers.consumption.value: must be a finite number (got NaN)',
    );
  });

  it('compares two scenarios on common random numbers', async () => {
    const other: Scenario = { ...scenario, name: 'B', drivers: { external_demand: { value: 8 } } };
    const c = await engine(2).compare({ scenario, paths: 20_000 }, other);
    expect(c.changed.map((d) => d.id)).toEqual(['external_demand', 'gulei_ramp']);
    const gdpA = c.a.outputs[0]!;
    const gdpB = c.b.outputs[0]!;
    expect(gdpB.annual.pMeet).toBeLessThan(gdpA.annual.pMeet);
    const attribution = c.a.attribution!.find((x) => x.output === 'gdp')!;
    expect(Math.abs(attribution.all!.pMeet - gdpB.annual.pMeet)).toBeLessThanOrEqual(1 / 20_000);
    const central = c.central.find((x) => x.output === 'gdp')!;
    expect(central.centralB - central.centralA).toBeCloseTo(
      central.contributions.reduce((s, x) => s + x.value, 0),
      9,
    );
  }, 60_000);
});
