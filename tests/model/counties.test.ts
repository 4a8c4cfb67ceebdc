import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countyMultipliers, type CountyInput } from '../../src/model/counties';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { parseScenarioJson } from '../../src/model/validate';
import { readPlanCounties } from '../../scripts/sim/plan-counties';
import { zeroVariance } from './helpers';

const plan = readPlanCounties(
  new URL('../../geodata/plan/counties.json', import.meta.url).pathname,
);
if (!plan.ok) throw new Error(plan.message);
const counties: CountyInput[] = plan.counties;

describe('county exposures from industries', () => {
  it('a county with no industry list responds like the city (all multipliers 1)', () => {
    const m = countyMultipliers([]);
    expect(Object.values(m.multipliers).every((x) => x === 1)).toBe(true);
  });

  it('multipliers are the mean exposure over known industries; unknown ones are reported', () => {
    const m = countyMultipliers(['petrochemicals_downstream', 'food', 'spaceflight']);
    expect(m.known).toEqual(['petrochemicals_downstream', 'food']);
    expect(m.unknown).toEqual(['spaceflight']);
    expect(m.multipliers.gulei_ramp).toBeCloseTo((3 + 1) / 2, 12);
    expect(m.multipliers.external_demand).toBeCloseTo((1 + 1.3) / 2, 12);
  });

  it('exposure parameters override the table', () => {
    const m = countyMultipliers(['food'], new Map([['food.external_demand', 2]]));
    expect(m.multipliers.external_demand).toBe(2);
  });

  it('every industry of the plan dataset has an exposure entry', () => {
    for (const c of counties)
      expect(countyMultipliers(c.industries).unknown, c.name_zh).toEqual([]);
  });
});

describe('county projections', () => {
  const downturn: Scenario = {
    ...defaultScenario(),
    seed: 3,
    drivers: { external_demand: { value: 3 } },
  };

  it('at the plan every county is centred on the city target', () => {
    const r = simulate({ scenario: zeroVariance(), counties, paths: 1024 });
    expect(r.counties).toHaveLength(counties.length);
    for (const c of r.counties) {
      expect(c.annual.central).toBe(6.5);
      expect(c.annual.percentiles.p50).toBe(6.5);
      expect(c.threshold).toBe(6.5);
    }
  });

  it('export-oriented counties fall further in an external-demand downturn', () => {
    const r = simulate({ scenario: downturn, counties, paths: 20_000 });
    const get = (name: string) => r.counties.find((c) => c.name_zh === name)!;
    // 云霄县 lists electronics and food processing (export exposure above 1); 芗城区 lists none.
    expect(get('云霄县').multipliers.multipliers.external_demand).toBeGreaterThan(1);
    expect(get('云霄县').annual.central).toBeLessThan(get('芗城区').annual.central);
    expect(get('云霄县').annual.pMeet).toBeLessThan(get('芗城区').annual.pMeet);
    // A district without an industry list moves exactly like the city's central GDP.
    const cityGdp = r.outputs.find((o) => o.id === 'gdp')!;
    expect(get('芗城区').annual.central).toBeCloseTo(cityGdp.annual.central, 12);
  });

  it('adding counties does not change any city number (separate random stream)', () => {
    const a = simulate({ scenario: downturn, paths: 5000 });
    const b = simulate({ scenario: downturn, counties, paths: 5000 });
    expect(JSON.stringify(b.outputs)).toBe(JSON.stringify(a.outputs));
  });

  it('aggregates the city from counties only with user-entered weights for every county', () => {
    expect(simulate({ scenario: downturn, counties, paths: 2048 }).aggregates).toEqual([]);
    const text = readFileSync(
      new URL('../fixtures/scenarios/county-test-weights.json', import.meta.url),
      'utf8',
    );
    const checked = parseScenarioJson(text, { counties });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const r = simulate({ scenario: checked.scenario, counties, paths: checked.scenario.paths });
    expect(r.aggregates.map((a) => a.id)).toEqual(['gdp']);
    const weights = checked.scenario.counties.weights!;
    const expected = r.counties.reduce((s, c) => s + weights[c.adcode]! * c.annual.central, 0);
    expect(r.aggregates[0]!.annual.central).toBeCloseTo(expected, 12);
    // 漳浦县 has its own anchor of 8 %.
    const zp = r.counties.find((c) => c.adcode === '350623')!;
    expect(zp.anchor).toBe(8);
    expect(zp.annual.pMeet).toBeGreaterThan(0.75);
  });

  it('partial weights (without county context in validation) are not aggregated, with a warning', () => {
    const scenario: Scenario = { ...defaultScenario(), counties: { weights: { '350602': 1 } } };
    const r = simulate({ scenario, counties, paths: 1024 });
    expect(r.aggregates).toEqual([]);
    expect(r.warnings.join(' ')).toMatch(/not aggregated/);
  });

  it('projects other indicators per county on request', () => {
    const r = simulate({
      scenario: downturn,
      counties,
      countyIndicators: ['gdp', 'industry_va'],
      paths: 1024,
    });
    expect(r.counties).toHaveLength(2 * counties.length);
    expect(new Set(r.counties.map((c) => c.indicator))).toEqual(new Set(['gdp', 'industry_va']));
  });

  it('ignores non-growth county indicators with a warning', () => {
    const r = simulate({
      scenario: downturn,
      counties,
      countyIndicators: ['gdp', 'gulei.output' as never],
      paths: 1024,
    });
    expect(r.counties).toHaveLength(counties.length);
    expect(r.warnings.join(' ')).toMatch(/ignored: gulei.output/);
  });
});
