import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/model/parameters';
import { simulate } from '../../src/model/simulate';
import { OUTPUTS } from '../../src/model/outputs';
import { PERCENTILE_LEVELS } from '../../src/model/result-types';
import { zeroVariance } from './helpers';

const p = (id: string): number => PARAMETERS.get(id)!.value as number;

describe('zero-variance scenario', () => {
  it('at the plan, every central projection equals its target exactly, every quarter', () => {
    const r = simulate({ scenario: zeroVariance(), paths: 3000 });
    expect(r.outputs).toHaveLength(OUTPUTS.length);
    for (const o of r.outputs) {
      const expected =
        o.kind === 'growth'
          ? [1, 1, 1, 1].map(() => o.target)
          : [0.25, 0.5, 0.75, 1].map((c) => o.target * c);
      o.quarters.forEach((q, k) => {
        for (const level of PERCENTILE_LEVELS)
          expect(q.percentiles[level], `${o.id} q${k + 1} ${level}`).toBe(expected[k]);
        expect(q.mean, `${o.id} mean`).toBeCloseTo(expected[k]!, 10);
        expect(q.central, `${o.id} central`).toBe(expected[k]);
      });
      expect(o.annual.pMeet, o.id).toBe(1);
      expect(o.annual.shortfall.mean).toBe(0);
      expect(o.samples).toBe(3000);
    }
  });

  it('exports at 3% instead of 8% moves GDP by share.secondary × industry weight × export elasticity × (−5)', () => {
    const r = simulate({
      scenario: zeroVariance({ drivers: { external_demand: { value: 3 } } }),
      paths: 1024,
    });
    const gdp = r.outputs.find((o) => o.id === 'gdp')!;
    const industry = r.outputs.find((o) => o.id === 'industry_va')!;
    const dInd = p('industry.export_elasticity') * (3 - 8);
    const dGdp = p('share.secondary') * p('secondary.industry_weight') * dInd;
    expect(industry.annual.percentiles.p50).toBeCloseTo(8.6 + dInd, 12);
    expect(gdp.annual.percentiles.p50).toBeCloseTo(6.5 + dGdp, 12);
    expect(gdp.annual.central).toBeCloseTo(6.5 + dGdp, 12);
    // The worked example in docs/model.md: 6.5 − 0.489 × 0.87 × 0.25 × 5 = 5.9682125
    expect(gdp.annual.central).toBeCloseTo(5.9682125, 10);
    // Revenue follows nominal GDP one for one (buoyancy 1).
    const rev = r.outputs.find((o) => o.id === 'revenue_total')!;
    expect(rev.annual.central).toBeCloseTo(7.5 + p('revenue.buoyancy') * dGdp, 12);
    expect(gdp.annual.pMeet).toBe(0);
  });

  it('level drivers: Gulei at 1150 亿元 (+15 %) lifts industry by gulei_share × 15 and industrial investment by 0.3 × 15 %', () => {
    const r = simulate({
      scenario: zeroVariance({ drivers: { gulei_ramp: { value: 1150 } } }),
      paths: 1024,
    });
    const get = (id: string) => r.outputs.find((o) => o.id === id)!;
    expect(get('gulei.output').annual.central).toBeCloseTo(1150, 10);
    expect(get('industry_va').annual.central).toBeCloseTo(8.6 + p('industry.gulei_share') * 15, 12);
    expect(get('industry.investment').annual.central).toBeCloseTo(
      1000 * (1 + (p('industry_investment.gulei_elasticity') * 15) / 100),
      10,
    );
  });

  it('actuals fix the first quarters and the rest of the year follows the scenario', () => {
    const weights = [0.2, 0.25, 0.25, 0.3];
    const scenario = zeroVariance({
      drivers: { external_demand: { value: 3 } },
      parameters: { 'quarter_weights.gdp': weights },
      actuals: { gdp: [5.0, 5.5] },
    });
    const r = simulate({ scenario, paths: 1024 });
    const gdp = r.outputs.find((o) => o.id === 'gdp')!;
    const g =
      6.5 +
      p('share.secondary') * p('secondary.industry_weight') * p('industry.export_elasticity') * -5;
    const q3 = (0.45 * 5.5 + 0.25 * g) / 0.7;
    const year = 0.45 * 5.5 + 0.25 * g + 0.3 * g;
    expect(gdp.quarters[0]!.percentiles.p50).toBe(5.0);
    expect(gdp.quarters[1]!.percentiles.p50).toBe(5.5);
    expect(gdp.quarters[0]!.actual).toBe(5.0);
    expect(gdp.quarters[2]!.percentiles.p50).toBeCloseTo(q3, 12);
    expect(gdp.annual.percentiles.p50).toBeCloseTo(year, 12);
    // Required growth of the remaining quarters, by hand: (6.5 − 0.45 × 5.5) / 0.55.
    expect(gdp.required!.required).toBeCloseTo((6.5 - 0.45 * 5.5) / 0.55, 12);
    expect(gdp.required!.scenarioMedian).toBeCloseTo(g, 10);
    expect(gdp.required!.pAchieve).toBe(0);
  });
});
