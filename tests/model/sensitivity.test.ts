import { describe, expect, it } from 'vitest';
import { attributeCentral, centralProjection } from '../../src/model/central';
import { DRIVERS } from '../../src/model/drivers';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';

const N = 20_000;
const base: Scenario = {
  ...defaultScenario(),
  seed: 4242,
  drivers: { external_demand: { value: 4 } },
};

describe('sensitivity (±1 sd, common random numbers)', () => {
  const r = simulate({ scenario: base, paths: N, sensitivity: true });
  const sens = r.sensitivity!;
  const theory = centralProjection(base);

  it('a variant equals a full re-run with the driver moved, on the same seed', () => {
    for (const id of ['gdp', 'revenue_total', 'fai', 'jobs.new_urban'] as const) {
      const s = sens.find((x) => x.output === id)!;
      const sd = theory.find((t) => t.id === id)!.sd;
      for (const d of ['external_demand', 'property_sales', 'consumer_prices'] as const) {
        const row = s.drivers.find((x) => x.driver === d)!;
        const setting = DRIVERS.find((x) => x.id === d)!;
        const current = base.drivers[d]?.value ?? setting.plan;
        const rerun = simulate({
          scenario: { ...base, drivers: { ...base.drivers, [d]: { value: current + setting.sd } } },
          paths: N,
        }).outputs.find((o) => o.id === id)!;
        expect(row.high.value).toBe(current + setting.sd);
        expect(Math.abs(row.high.pMeet - rerun.annual.pMeet), `${id} ${d}`).toBeLessThanOrEqual(
          1 / N,
        );
        expect(Math.abs(row.high.median - rerun.annual.percentiles.p50), `${id} ${d}`).toBeLessThan(
          0.02 * sd,
        );
      }
    }
  });

  it('moves in the expected directions', () => {
    const gdp = sens.find((x) => x.output === 'gdp')!;
    const row = (d: string) => gdp.drivers.find((x) => x.driver === d)!;
    expect(row('external_demand').high.pMeet).toBeGreaterThan(gdp.basePMeet);
    expect(row('external_demand').low.pMeet).toBeLessThan(gdp.basePMeet);
    expect(row('gulei_ramp').high.median).toBeGreaterThan(row('gulei_ramp').low.median);
    // Higher consumer prices lower real retail sales and so GDP.
    expect(row('consumer_prices').high.median).toBeLessThan(gdp.baseMedian);
    // Producer prices enter nominal revenue, not real GDP.
    expect(row('producer_prices').high.pMeet).toBe(gdp.basePMeet);
    expect(row('producer_prices').low.median).toBe(gdp.baseMedian);
    const rev = sens.find((x) => x.output === 'revenue_total')!;
    expect(rev.drivers.find((x) => x.driver === 'producer_prices')!.high.median).toBeGreaterThan(
      rev.baseMedian,
    );
  });

  it('is sorted by the swing in the probability of meeting the target', () => {
    for (const s of sens) {
      const swings = s.drivers.map((d) => Math.abs(d.high.pMeet - d.low.pMeet));
      for (let k = 1; k < swings.length; k++)
        expect(swings[k]!).toBeLessThanOrEqual(swings[k - 1]!);
    }
  });

  it('does not change the main result', () => {
    const plain = simulate({ scenario: base, paths: N });
    expect(JSON.stringify(plain.outputs)).toBe(JSON.stringify(r.outputs));
  });
});

describe('compare: attribution of the gap between two scenarios', () => {
  const other: Scenario = {
    ...base,
    name: 'B',
    drivers: {
      external_demand: { value: 0 },
      gulei_ramp: { value: 1100, sd: 60 },
      property_sales: { value: 560 },
    },
  };

  it('the central gap splits exactly into one term per driver when parameters agree', () => {
    for (const a of attributeCentral(base, other)) {
      const sum = a.contributions.reduce((s, c) => s + c.value, 0);
      expect(Math.abs(a.centralB - a.centralA - sum), a.output).toBeLessThan(1e-9);
      expect(Math.abs(a.other)).toBeLessThan(1e-9);
    }
    const gdp = attributeCentral(base, other).find((a) => a.output === 'gdp')!;
    expect(gdp.contributions.map((c) => c.driver).sort()).toEqual([
      'external_demand',
      'gulei_ramp',
      'property_sales',
    ]);
  });

  it('a parameter difference shows up as "other"', () => {
    const changed: Scenario = { ...base, parameters: { 'industry.export_elasticity': 0.4 } };
    const gdp = attributeCentral(base, changed).find((a) => a.output === 'gdp')!;
    expect(gdp.contributions).toEqual([]);
    expect(gdp.other).toBeLessThan(0);
  });

  it('each swap equals a re-run of A with that driver as in B; all swaps together equal B', () => {
    const r = simulate({ scenario: base, paths: N, compareTo: other });
    const b = simulate({ scenario: other, paths: N });
    const gdp = r.attribution!.find((x) => x.output === 'gdp')!;
    const swap = gdp.swaps.find((s) => s.driver === 'gulei_ramp')!;
    const rerun = simulate({
      scenario: { ...base, drivers: { ...base.drivers, gulei_ramp: { value: 1100, sd: 60 } } },
      paths: N,
    });
    expect(Math.abs(swap.pMeet - rerun.outputs[0]!.annual.pMeet)).toBeLessThanOrEqual(1 / N);
    expect(Math.abs(gdp.all!.pMeet - b.outputs[0]!.annual.pMeet)).toBeLessThanOrEqual(1 / N);
    expect(swap.dPMeet).toBeCloseTo(swap.pMeet - gdp.basePMeet, 12);
  });
});
