import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model/presets';
import type { Scenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { GROWTH_OUTPUT_IDS } from '../../src/model/outputs';
import { SimulationEngine } from '../../src/sim/engine';
import {
  CompareRunner,
  type CompareOutcome,
  type CompareRunState,
} from '../../src/ui/compare/compare-runner';
import { countyDifference } from '../../src/ui/compare/county-diff';
import { formatCompareParams, parseCompareParams } from '../../src/ui/compare/compare-state';
import { gapBreakdown, INTERACTION_ROW, OTHER_ROW } from '../../src/ui/compare/gap-attribution';
import { loadPlan } from './plan-fixture';

const plan = loadPlan();
const counties = plan.units.map((u) => ({
  adcode: u.adcode,
  name_zh: u.name_zh,
  industries: [...new Set(u.industries.flatMap((l) => l.maps.map((m) => m.industry)))],
}));
const preset = (id: string, paths = 4096): Scenario => ({
  ...PRESETS.find((p) => p.id === id)!.scenario,
  paths,
});
const LABELS = { interaction: 'interaction', other: 'other' };

function runOnce(scenarios: Scenario[], pair = 1): Promise<CompareOutcome> {
  const engine = new SimulationEngine({ factory: null, size: 1 });
  return new Promise((resolve, reject) => {
    const runner = new CompareRunner(
      () => engine,
      counties,
      (s: CompareRunState) => {
        if (s.status === 'done') resolve(s.outcome);
        if (s.status === 'error') reject(new Error(s.message));
      },
    );
    runner.run(scenarios, pair);
  });
}

describe('CompareRunner', () => {
  it('runs every scenario on A’s seed and paths, the same numbers as a direct run', async () => {
    const a = preset('baseline');
    const b = { ...preset('external_downturn', 9999), seed: 99 };
    const c = preset('gulei_fast');
    const out = await runOnce([a, b, c]);
    expect(out.seed).toBe(a.seed);
    expect(out.paths).toBe(4096);
    const direct = (s: Scenario) =>
      simulate({
        scenario: { ...s, seed: a.seed, paths: 4096 },
        counties,
        countyIndicators: GROWTH_OUTPUT_IDS,
      });
    for (const [i, s] of [a, b, c].entries()) {
      const r = out.results[i]!;
      expect(r.paths).toBe(4096);
      expect(r.outputs.map((o) => o.annual.pMeet)).toEqual(
        direct(s).outputs.map((o) => o.annual.pMeet),
      );
    }
    // Downturn lowers export growth: less likely to meet the GDP target than the plan.
    const gdp = (k: number) => out.results[k]!.outputs.find((o) => o.id === 'gdp')!.annual.pMeet;
    expect(gdp(1)).toBeLessThan(gdp(0));
    expect(gdp(2)).toBeGreaterThan(gdp(0));
  });

  it('cancels the run in flight when the selection changes', async () => {
    const engine = new SimulationEngine({ factory: null, size: 1 });
    const states: CompareRunState[] = [];
    const done = new Promise<CompareOutcome>((resolve) => {
      const runner = new CompareRunner(
        () => engine,
        counties,
        (s) => {
          states.push(s);
          if (s.status === 'done') resolve(s.outcome);
        },
      );
      runner.run([preset('baseline', 20_480), preset('property_slump', 20_480)], 1);
      runner.run([preset('baseline'), preset('consumption_rebound')], 1);
    });
    const out = await done;
    expect(states.filter((s) => s.status === 'done')).toHaveLength(1);
    expect(out.results[1]!.scenarioName).toContain('消费回暖');
    expect(states.some((s) => s.status === 'error')).toBe(false);
  });
});

describe('the gap breakdown', () => {
  it('explains B − A: driver swaps, interactions and other assumptions add up to the gap', async () => {
    const a = preset('baseline');
    const b: Scenario = {
      ...preset('property_slump'),
      actuals: { gdp: [4.5] },
    };
    const out = await runOnce([a, b]);
    const [ra, rb] = [out.results[0]!, out.results[1]!];
    const g = gapBreakdown(ra, rb, out.central, 'gdp', 'probability', LABELS)!;
    const total = rb.outputs.find((o) => o.id === 'gdp')!.annual.pMeet - g.base;
    expect(total).toBeLessThan(0);
    const ids = g.rows.map((r) => r.id);
    expect(ids).toContain('property_sales');
    expect(ids).toContain('project_completion');
    expect(ids).toContain(OTHER_ROW); // the published 1–3月 figure
    const sum = g.rows.reduce((s, r) => s + r.value, 0);
    // Rows under 0.05 pp are left out; nothing else is lost.
    expect(Math.abs(sum - total)).toBeLessThan(0.0005 * 4);

    const m = gapBreakdown(ra, rb, out.central, 'gdp', 'median', LABELS)!;
    const c = out.central.find((x) => x.output === 'gdp')!;
    expect(m.rows.reduce((s, r) => s + r.value, 0)).toBeCloseTo(c.centralB - c.centralA, 9);
  });

  it('has only driver rows when only drivers differ, and no rows for an identical pair', async () => {
    const out = await runOnce([preset('baseline'), preset('external_downturn')]);
    const g = gapBreakdown(
      out.results[0]!,
      out.results[1]!,
      out.central,
      'exports',
      'probability',
      LABELS,
    )!;
    expect(g.rows.map((r) => r.id)).toEqual(['external_demand']);
    expect(g.rows.some((r) => r.id === INTERACTION_ROW || r.id === OTHER_ROW)).toBe(false);
    const same = await runOnce([preset('baseline'), preset('baseline')]);
    expect(
      gapBreakdown(same.results[0]!, same.results[1]!, same.central, 'gdp', 'probability', LABELS)!
        .rows,
    ).toEqual([]);
  });

  it('maps county differences B − A for every county, zero for identical scenarios', async () => {
    const out = await runOnce([preset('baseline'), preset('external_downturn')]);
    const d = countyDifference(out.results[0]!, out.results[1]!, 'exports', 'probability');
    expect([...d.keys()].sort()).toEqual(counties.map((c) => c.adcode).sort());
    for (const v of d.values()) expect(v).toBeLessThan(0);
    const g = countyDifference(out.results[0]!, out.results[0]!, 'gdp', 'growth');
    for (const v of g.values()) expect(v).toBe(0);
  });
});

describe('compare URL state', () => {
  it('round-trips and falls back safely', () => {
    const p = parseCompareParams(
      new URLSearchParams('a=z1.x&b=z1.y&c=z1.z&ind=exports&vs=c&map=growth&gap=median'),
    );
    expect(p).toEqual({
      encoded: ['z1.x', 'z1.y', 'z1.z'],
      indicator: 'exports',
      pair: 2,
      map: 'growth',
      gap: 'median',
    });
    expect(parseCompareParams(formatCompareParams(p))).toEqual(p);
    const bad = parseCompareParams(new URLSearchParams('a=z1.x&ind=nope&vs=d&map=x'));
    expect(bad).toEqual({
      encoded: ['z1.x'],
      indicator: 'gdp',
      pair: 1,
      map: 'probability',
      gap: 'probability',
    });
    expect(formatCompareParams(bad).toString()).toBe('a=z1.x');
  });
});
