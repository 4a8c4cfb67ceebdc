import { describe, expect, it } from 'vitest';
import { fillNormals, nextNormal } from '../../src/model/normal';
import { seedStream } from '../../src/model/rng';
import { normalCdf } from '../../src/model/stats';

function draws(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  fillNormals(seedStream(seed, 0, 0), out, 0, n);
  return out;
}

describe('ziggurat normal sampler', () => {
  it('fills the same values as repeated single draws', () => {
    const bulk = draws(10_000, 3);
    const s = seedStream(3, 0, 0);
    for (let k = 0; k < bulk.length; k++) expect(nextNormal(s)).toBe(bulk[k]);
  });

  it('has the moments of a standard normal', () => {
    const n = 2_000_000;
    const x = draws(n, 11);
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (const v of x) {
      m1 += v;
      m2 += v * v;
      m3 += v * v * v;
      m4 += v * v * v * v;
    }
    // Tolerances are about 4 standard errors of each sample moment.
    expect(Math.abs(m1 / n)).toBeLessThan(4 * Math.sqrt(1 / n));
    expect(Math.abs(m2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(m3 / n)).toBeLessThan(4 * Math.sqrt(15 / n));
    expect(Math.abs(m4 / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n));
  });

  it('has normal tails, including beyond the ziggurat base (3.44)', () => {
    const n = 4_000_000;
    const x = draws(n, 12);
    const thresholds = [1, 2, 3, 3.5, 4];
    for (const t of thresholds) {
      let c = 0;
      for (const v of x) if (Math.abs(v) > t) c++;
      const p = 2 * (1 - normalCdf(t));
      const se = Math.sqrt((p * (1 - p)) / n);
      expect(Math.abs(c / n - p)).toBeLessThan(4.5 * se + 1e-7);
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of x) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    // With 4 million draws the extremes reach well into the tail algorithm's range.
    expect(hi).toBeGreaterThan(4.5);
    expect(lo).toBeLessThan(-4.5);
  });

  it('passes a Kolmogorov–Smirnov test against Φ', () => {
    const n = 100_000;
    const x = Array.from(draws(n, 13)).sort((a, b) => a - b);
    let d = 0;
    x.forEach((v, k) => {
      const f = normalCdf(v);
      d = Math.max(d, Math.abs(f - k / n), Math.abs(f - (k + 1) / n));
    });
    // 1.63/√n is the 1 % critical value.
    expect(d).toBeLessThan(1.63 / Math.sqrt(n));
  });
});
