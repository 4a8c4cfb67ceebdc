import { describe, expect, it } from 'vitest';
import {
  cumulativeShares,
  growthForm,
  levelForm,
  requiredGrowth,
  ytdCentral,
} from '../../src/model/ytd';

const W = [0.22, 0.24, 0.25, 0.29];

describe('year-to-date arithmetic', () => {
  it('cumulative shares end at exactly 1', () => {
    const c = cumulativeShares([0.3, 0.3, 0.2, 0.2000001]);
    expect(c[4]).toBe(1);
    expect(c[0]).toBe(0);
  });

  it('a flat year keeps every YTD figure at the annual rate', () => {
    const f = growthForm(6.5, W, 0);
    for (let q = 0; q < 4; q++) expect(ytdCentral(f, q, 0)).toBe(6.5);
    for (let q = 0; q < 4; q++) expect(ytdCentral(f, q, -1.25)).toBeCloseTo(5.25, 12);
  });

  it('with actuals, YTD figures follow Σ w g / Σ w by hand', () => {
    // Actual YTD growth 5.0 (1–3月) and 5.5 (1–6月); the rest of the year at 6.5 + dev.
    const dev = 0.4;
    const f = growthForm(6.5, W, 0, [5.0, 5.5]);
    const g = 6.5 + dev;
    const w12 = 0.22 + 0.24;
    const q3 = (w12 * 5.5 + 0.25 * g) / (w12 + 0.25);
    const q4 = w12 * 5.5 + 0.25 * g + 0.29 * g;
    expect(ytdCentral(f, 0, dev)).toBe(5.0);
    expect(ytdCentral(f, 1, dev)).toBe(5.5);
    expect(ytdCentral(f, 2, dev)).toBeCloseTo(q3, 12);
    expect(ytdCentral(f, 3, dev)).toBeCloseTo(q4, 12);
  });

  it('quarterly scatter leaves the full year unchanged when no actuals are entered', () => {
    const f = growthForm(6.5, W, 2);
    for (let r = 0; r < 4; r++) expect(Math.abs(f.b[12 + r]!)).toBeLessThan(1e-15);
    expect(f.b[0]).not.toBe(0);
  });

  it('level targets accumulate quarterly amounts', () => {
    const f = levelForm(620, [0.2, 0.25, 0.25, 0.3], 0, [130]);
    // dev = −10 % of plan: remaining quarters deliver 90 % of their planned amounts.
    expect(ytdCentral(f, 0, -10)).toBe(130);
    expect(ytdCentral(f, 1, -10)).toBeCloseTo(130 + 620 * 0.25 * 0.9, 10);
    expect(ytdCentral(f, 3, -10)).toBeCloseTo(130 + 620 * 0.8 * 0.9, 10);
  });
});

describe('required growth', () => {
  it('equal weights: 1–9月 at 5.8% needs 8.6% in the fourth quarter for 6.5%', () => {
    const r = requiredGrowth('growth', 6.5, '≥', [0.25, 0.25, 0.25, 0.25], [5.2, 5.5, 5.8]);
    // (6.5 − 0.75 × 5.8) / 0.25 = 8.6
    expect(r.required).toBeCloseTo(8.6, 12);
    expect(r.quartersKnown).toBe(3);
  });

  it('unequal weights match the hand formula (T − W_k A_k) / (1 − W_k)', () => {
    const r = requiredGrowth('growth', 6.5, '≥', W, [4.5, 5.0, 5.4]);
    expect(r.required).toBeCloseTo((6.5 - 0.71 * 5.4) / 0.29, 12);
    const r1 = requiredGrowth('growth', 6.5, '≥', W, [4.5]);
    expect(r1.required).toBeCloseTo((6.5 - 0.22 * 4.5) / 0.78, 12);
  });

  it('a cap gives the most the remaining quarters may add', () => {
    const r = requiredGrowth('growth', 3.5, '≤', [0.25, 0.25, 0.25, 0.25], [2.0, 2.4]);
    expect(r.required).toBeCloseTo((3.5 - 0.5 * 2.4) / 0.5, 12);
  });

  it('level targets need the remaining amount', () => {
    expect(requiredGrowth('level', 620, '≥', W, [130, 280]).required).toBe(340);
  });

  it('a complete year reports whether it was met', () => {
    expect(requiredGrowth('growth', 6.5, '≥', W, [5, 6, 6.4, 6.6]).metAlready).toBe(true);
    expect(requiredGrowth('growth', 6.5, '≥', W, [5, 6, 6.4, 6.4]).required).toBeNull();
    expect(requiredGrowth('growth', 3.5, '≤', W, [5, 6, 6.4, 3.6]).metAlready).toBe(false);
  });

  it('no actuals: the whole year needs the target', () => {
    expect(requiredGrowth('growth', 6.5, '≥', W, []).required).toBe(6.5);
  });
});
