import { describe, expect, it } from 'vitest';
import { centralProjection } from '../../src/model/central';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { normalCdf, normalQuantile } from '../../src/model/stats';

// Far from every driver bound the model is linear in normal shocks, so each full-year outcome is
// exactly normal with the analytic mean and sd; the simulation must agree within Monte Carlo error.
const N = 200_000;

function check(scenario: Scenario): void {
  const r = simulate({ scenario, paths: N });
  const theory = centralProjection(scenario);
  for (const o of r.outputs) {
    const t = theory.find((x) => x.id === o.id)!;
    if (t.sd === 0) continue;
    const z = (t.central[3]! - t.threshold) / t.sd;
    const p = o.comparator === '≥' ? normalCdf(z) : normalCdf(-z);
    const se = Math.sqrt((p * (1 - p)) / N);
    expect(
      Math.abs(o.annual.pMeet - p),
      `${o.id}: P(meet) ${o.annual.pMeet} vs Φ = ${p}`,
    ).toBeLessThan(4.5 * se + 1e-4);
    expect(t.pMeetApprox).toBeCloseTo(p, 12);
    // Percentiles against normal quantiles; the standard error of a sample quantile is
    // sqrt(p(1−p)/N) / φ(z) × sd, plus the histogram's bin width.
    for (const [level, q] of [
      ['p5', 0.05],
      ['p25', 0.25],
      ['p50', 0.5],
      ['p75', 0.75],
      ['p95', 0.95],
    ] as const) {
      const zq = normalQuantile(q);
      const expected = t.central[3]! + zq * t.sd;
      const phi = Math.exp(-0.5 * zq * zq) / Math.sqrt(2 * Math.PI);
      const tol = 4.5 * (Math.sqrt((q * (1 - q)) / N) / phi) * t.sd + t.sd / 100;
      expect(Math.abs(o.annual.percentiles[level] - expected), `${o.id} ${level}`).toBeLessThan(
        tol,
      );
    }
    const seMean = t.sd / Math.sqrt(N);
    expect(Math.abs(o.annual.mean - t.central[3]!), `${o.id} mean`).toBeLessThan(4.5 * seMean);
  }
}

describe('simulation against the analytic normal distribution', () => {
  it('agrees at the plan', () => check(defaultScenario()));

  it('agrees in an external-demand downturn with a fast Gulei ramp-up', () => {
    check({
      ...defaultScenario(),
      seed: 77,
      drivers: { external_demand: { value: 3 }, gulei_ramp: { value: 1150 } },
    });
  });

  it('agrees with actuals entered and unequal quarterly weights', () => {
    check({
      ...defaultScenario(),
      seed: 78,
      parameters: {
        'quarter_weights.gdp': [0.22, 0.24, 0.25, 0.29],
        'quarter_weights.fai': [0.15, 0.3, 0.25, 0.3],
      },
      actuals: { gdp: [5.0, 5.5], fai: [3.0], 'property.sales': [140] },
    });
  });
});

describe('driver uncertainty as set', () => {
  it('outputs that a driver measures directly have exactly the driver sd (independent of loadings)', () => {
    const r = simulate({ scenario: { ...defaultScenario(), seed: 79 }, paths: N });
    const spread = (id: string): number => {
      const o = r.outputs.find((x) => x.id === id)!;
      return (o.annual.percentiles.p75 - o.annual.percentiles.p25) / (2 * normalQuantile(0.75));
    };
    // sd of a sample IQR-based estimate is about 1.1 sd / √N; allow 5 %.
    const cases: [string, number][] = [
      ['exports', 5],
      ['retail', 3],
      ['cpi', 1],
      ['gulei.output', 100],
      ['property.sales', 80],
      ['industry.new_firms', 30],
      ['projects.key_investment', 2100 * 0.08],
    ];
    for (const [id, sd] of cases) expect(spread(id) / sd, id).toBeCloseTo(1, 1);
  });
});
