import { describe, expect, it, vi } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import type { SimulationResult } from '../../src/model/result-types';
import type { RunRequest } from '../../src/model/run-types';
import { simulate } from '../../src/model/simulate';
import { SimulationEngine } from '../../src/sim/engine';
import type { RunOptions } from '../../src/sim/engine';
import { outputFanData, sensitivityTornadoData } from '../../src/ui/workbench/chart-data';
import {
  RunController,
  type RunEvent,
  type RunSnapshot,
} from '../../src/ui/workbench/run-controller';
import {
  SENSITIVITY_PATHS_CAP,
  buildRunRequest,
  countyIndicatorFor,
  countyInputs,
} from '../../src/ui/workbench/run-request';
import { chooseInitialScenario } from '../../src/ui/workbench/session';
import { loadPlan } from './plan-fixture';

const counties = countyInputs(loadPlan());
const small = (patch: Partial<Scenario> = {}): Scenario => ({
  ...defaultScenario(),
  paths: 8192,
  ...patch,
});

/** Records every event of a controller, and resolves when one of a kind arrives. */
function recorder() {
  const events: { event: RunEvent; state: RunSnapshot }[] = [];
  const waiters: { event: RunEvent; resolve: (s: RunSnapshot) => void }[] = [];
  const listener = (state: RunSnapshot, event: RunEvent) => {
    events.push({ event, state });
    for (const w of waiters.filter((x) => x.event === event)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(state);
    }
  };
  const next = (event: RunEvent) =>
    new Promise<RunSnapshot>((resolve) => waiters.push({ event, resolve }));
  return { events, listener, next };
}

describe('the run loop', () => {
  it('shows the coarse result, then the final one, then the sensitivity (real engine, inline)', async () => {
    const engine = new SimulationEngine({ factory: null, size: 1 });
    const r = recorder();
    const controller = new RunController(engine, r.listener, { sensitivityDelayMs: 0 });
    const s = small();
    const sensitivity = r.next('sensitivity');
    controller.run(
      buildRunRequest(s, { counties, indicator: 'gdp' }),
      buildRunRequest(s, { counties, indicator: 'gdp', sensitivity: true }),
    );
    const done = await sensitivity;
    const kinds = r.events.map((e) => e.event).filter((e) => e !== 'progress');
    expect(kinds).toEqual(['start', 'coarse', 'final', 'sensitivity']);
    const coarse = r.events.find((e) => e.event === 'coarse')!.state.result!;
    expect([coarse.final, coarse.paths]).toEqual([false, 2048]);
    expect([done.result?.final, done.result?.paths, done.status]).toEqual([true, 8192, 'done']);
    // The final result is the engine's, bit for bit.
    expect(done.result?.outputs).toEqual(
      simulate({ scenario: s, counties, countyIndicators: ['gdp'] }).outputs,
    );
    expect(done.sensitivity?.sensitivity?.length).toBeGreaterThan(0);
    expect(done.sensitivityStale).toBe(false);
    // Progress never goes back.
    const fractions = r.events
      .filter((e) => e.event === 'progress')
      .map((e) => e.state.progress!.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('a new run cancels the previous one: only the latest scenario reaches the screen', () => {
    const calls: {
      request: RunRequest;
      options: RunOptions;
      resolve: (r: SimulationResult) => void;
    }[] = [];
    const engine = {
      run: (request: RunRequest, options: RunOptions = {}) =>
        new Promise<SimulationResult>((resolve, reject) => {
          calls.push({ request, options, resolve });
          options.signal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('cancelled'), { name: 'AbortError' })),
          );
        }),
    };
    const r = recorder();
    const controller = new RunController(engine, r.listener);
    controller.run({ scenario: small({ seed: 1 }) }, null);
    controller.run({ scenario: small({ seed: 2 }) }, null);
    expect(calls[0]!.options.signal?.aborted).toBe(true);
    expect(calls[1]!.options.signal?.aborted).toBe(false);
    const stale = simulate({ scenario: small({ seed: 1 }) });
    calls[0]!.options.onResult?.(stale);
    expect(r.events.some((e) => e.event === 'final')).toBe(false);
    const fresh = simulate({ scenario: small({ seed: 2 }) });
    calls[1]!.options.onResult?.(fresh);
    expect(controller.state.result?.seed).toBe(2);
    expect(controller.state.status).toBe('done');
  });

  it('cancel keeps the coarse result and says so', async () => {
    const engine = new SimulationEngine({ factory: null, size: 1 });
    const r = recorder();
    const controller = new RunController(engine, r.listener);
    const coarse = r.next('coarse');
    controller.run({ scenario: small({ paths: 200_000 }) }, null);
    await coarse;
    controller.cancel();
    expect(controller.state.status).toBe('cancelled');
    expect(controller.state.result?.final).toBe(false);
    expect(controller.state.result?.paths).toBe(2048);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.events.some((e) => e.event === 'final')).toBe(false);
  });

  it('a failing engine reports an error, not a crash', async () => {
    const engine = { run: () => Promise.reject(new Error('boom')) };
    const r = recorder();
    const controller = new RunController(engine, r.listener);
    const status = r.next('status');
    controller.run({ scenario: small() }, null);
    expect((await status).error).toBe('boom');
    expect(controller.state.status).toBe('error');
  });
});

describe('run requests', () => {
  it('the main run has the counties of the selected growth indicator (GDP for a level target)', () => {
    const s = small();
    expect(buildRunRequest(s, { counties, indicator: 'fai' }).countyIndicators).toEqual(['fai']);
    expect(buildRunRequest(s, { counties, indicator: 'gulei.output' }).countyIndicators).toEqual([
      'gdp',
    ]);
    expect(countyIndicatorFor('cpi')).toBe('cpi');
  });

  it('sensitivity runs leave counties out and cap their paths', () => {
    const r = buildRunRequest(small({ paths: 1_000_000 }), {
      counties,
      indicator: 'gdp',
      sensitivity: true,
    });
    expect([r.sensitivity, r.counties, r.paths]).toEqual([true, undefined, SENSITIVITY_PATHS_CAP]);
  });

  it('baseline weights are used only when the scenario has none', () => {
    const weights = Object.fromEntries(counties.map((c) => [c.adcode, 1 / counties.length]));
    const own = { ...weights, '350602': weights['350602']! };
    const a = buildRunRequest(small(), { counties, indicator: 'gdp', baseline: { weights } });
    expect(a.scenario.counties.weights).toEqual(weights);
    const b = buildRunRequest(small({ counties: { weights: own } }), {
      counties,
      indicator: 'gdp',
      baseline: { weights: { '350602': 1 } },
    });
    expect(b.scenario.counties.weights).toBe(own);
  });
});

describe('opening the workbench', () => {
  const saved = small({ name: 'saved' });
  it('a good link wins over the autosave', async () => {
    const linked = small({ name: 'linked' });
    const autosave = vi.fn(() => Promise.resolve(saved));
    const r = await chooseInitialScenario(
      'z1.x',
      () => Promise.resolve({ ok: true, scenario: linked }),
      autosave,
    );
    expect(r).toEqual({ scenario: linked, source: 'url', urlError: null });
  });

  it('a broken link says why and falls back to the autosave, else the default', async () => {
    const decode = () => Promise.resolve({ ok: false as const, message: 'not valid base64url' });
    const a = await chooseInitialScenario('z1.!!', decode, () => Promise.resolve(saved));
    expect(a).toEqual({ scenario: saved, source: 'autosave', urlError: 'not valid base64url' });
    const b = await chooseInitialScenario('z1.!!', decode, () =>
      Promise.reject(new Error('no db')),
    );
    expect(b.source).toBe('default');
    expect(b.scenario).toEqual(defaultScenario());
    expect(b.urlError).toBe('not valid base64url');
  });

  it('a reload restores this tab’s own last state, even when the address lags behind', async () => {
    const mine = small({ name: 'mine', seed: 5 });
    const never = vi.fn();
    const tab = { param: 'z1.old', scenario: mine };
    const reload = await chooseInitialScenario('z1.old', never, () => Promise.resolve(saved), tab);
    expect(reload).toEqual({ scenario: mine, source: 'tab', urlError: null });
    expect(never).not.toHaveBeenCalled();
    const bare = await chooseInitialScenario(null, never, () => Promise.resolve(saved), tab);
    expect(bare.source).toBe('tab');
    // A different link pasted into the tab wins over the tab's memory.
    const other = small({ name: 'other' });
    const pasted = await chooseInitialScenario(
      'z1.new',
      () => Promise.resolve({ ok: true, scenario: other }),
      () => Promise.resolve(saved),
      tab,
    );
    expect(pasted).toEqual({ scenario: other, source: 'url', urlError: null });
  });

  it('a reload that began before the last link was written still restores the tab’s state', async () => {
    // The reload loads the address as it was when it began (z1.old); the page wrote z1.new
    // before it was unloaded, and its memory says so.
    const mine = small({ name: 'mine', seed: 6 });
    const older = small({ name: 'older' });
    const decode = vi.fn(() => Promise.resolve({ ok: true as const, scenario: older }));
    const tab = { param: 'z1.new', recent: ['z1.first', 'z1.old'], scenario: mine };
    const reload = await chooseInitialScenario(
      'z1.old',
      decode,
      () => Promise.resolve(saved),
      tab,
      'z1.old',
    );
    expect(reload).toEqual({ scenario: mine, source: 'tab', urlError: null });
    expect(decode).not.toHaveBeenCalled();
    // Not a reload: an earlier link of this tab, opened again, is that link's scenario.
    const opened = await chooseInitialScenario('z1.old', decode, () => Promise.resolve(saved), tab);
    expect(opened).toEqual({ scenario: older, source: 'url', urlError: null });
    // A reload of an address this tab never held (another page's link) is the link's scenario.
    const foreign = await chooseInitialScenario(
      'z1.other',
      decode,
      () => Promise.resolve(saved),
      tab,
      'z1.other',
    );
    expect(foreign.source).toBe('url');
  });

  it('no link: the autosave, else the default', async () => {
    const never = vi.fn();
    expect((await chooseInitialScenario(null, never, () => Promise.resolve(saved))).source).toBe(
      'autosave',
    );
    expect((await chooseInitialScenario('', never, () => Promise.resolve(null))).source).toBe(
      'default',
    );
    expect(never).not.toHaveBeenCalled();
  });
});

describe('chart inputs from a result', () => {
  const result = simulate({ scenario: small({ actuals: { gdp: [5.5] } }), sensitivity: true });
  it('the fan chart has the four quarters, the target and the actuals', () => {
    const gdp = result.outputs.find((o) => o.id === 'gdp')!;
    const fan = outputFanData(gdp, 'S');
    expect(fan.scenarios[0]!.quarters).toHaveLength(4);
    expect(fan.target).toEqual({ value: 6.5, comparator: '≥' });
    expect(fan.actuals).toEqual([5.5, null, null, null]);
    expect(fan.title).toEqual({ zh: '地区生产总值：累计增速分布', en: 'GDP: year-to-date growth' });
  });

  it('the tornado holds each driver’s change in probability from the base', () => {
    const data = sensitivityTornadoData(result.sensitivity, 'gdp');
    const s = result.sensitivity!.find((x) => x.output === 'gdp')!;
    expect(data.base).toBe(s.basePMeet);
    for (const d of data.drivers) {
      const src = s.drivers.find((x) => x.driver === d.id)!;
      expect(d.low).toBeCloseTo(src.low.pMeet - s.basePMeet, 12);
      expect(d.high).toBeCloseTo(src.high.pMeet - s.basePMeet, 12);
    }
    expect(sensitivityTornadoData(null, 'gdp').drivers).toEqual([]);
  });
});
