import { describe, expect, it } from 'vitest';
import { nextU32, nextUniform, seedStream } from '../../src/model/rng';

describe('xoshiro128**', () => {
  it('matches the reference outputs for state {1, 2, 3, 4}', () => {
    // Computed by hand from the algorithm (Blackman & Vigna): rotl(s1 * 5, 7) * 9.
    const s = Uint32Array.from([1, 2, 3, 4]);
    expect([nextU32(s), nextU32(s), nextU32(s)]).toEqual([11520, 0, 5927040]);
  });

  it('gives the same stream for the same (seed, block, stream)', () => {
    const a = seedStream(42, 7, 0);
    const b = seedStream(42, 7, 0);
    for (let k = 0; k < 100; k++) expect(nextU32(a)).toBe(nextU32(b));
  });

  it('gives different streams for neighbouring blocks, streams and seeds', () => {
    const first = (seed: number, block: number, stream: number): number[] => {
      const s = seedStream(seed, block, stream);
      return [nextU32(s), nextU32(s), nextU32(s)];
    };
    const seen = new Set<string>();
    for (let seed = 0; seed < 4; seed++) {
      for (let block = 0; block < 50; block++) {
        for (let stream = 0; stream < 3; stream++) seen.add(first(seed, block, stream).join(','));
      }
    }
    expect(seen.size).toBe(4 * 50 * 3);
  });

  it('produces uniforms in (0, 1) with mean 1/2 and variance 1/12', () => {
    const s = seedStream(1, 0, 0);
    const n = 200_000;
    let m = 0;
    let m2 = 0;
    let min = 1;
    let max = 0;
    for (let k = 0; k < n; k++) {
      const u = nextUniform(s);
      m += u;
      m2 += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(m / n).toBeCloseTo(0.5, 2);
    expect(m2 / n - (m / n) ** 2).toBeCloseTo(1 / 12, 3);
  });

  it('has no visible correlation between consecutive blocks', () => {
    const n = 50_000;
    const a = seedStream(5, 0, 0);
    const b = seedStream(5, 1, 0);
    let sab = 0;
    for (let k = 0; k < n; k++) sab += (nextUniform(a) - 0.5) * (nextUniform(b) - 0.5);
    const corr = sab / n / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(4 / Math.sqrt(n));
  });
});
