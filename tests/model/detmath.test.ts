import { describe, expect, it } from 'vitest';
import { detExp, detLog } from '../../src/model/detmath';

const ulpClose = (a: number, b: number, ulps: number): boolean =>
  a === b || Math.abs(a - b) <= ulps * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));

describe('deterministic exp and log', () => {
  it('agree with Math.exp to a few units in the last place', () => {
    for (let x = -700; x <= 700; x += 0.37)
      expect(ulpClose(detExp(x), Math.exp(x), 4), String(x)).toBe(true);
    for (let x = -1; x <= 1; x += 0.0013)
      expect(ulpClose(detExp(x), Math.exp(x), 2), String(x)).toBe(true);
  });

  it('agree with Math.log to a few units in the last place', () => {
    for (let k = -300; k <= 300; k += 0.71) {
      const x = 10 ** k;
      expect(
        Math.abs(detLog(x) - Math.log(x)) <=
          4 * Number.EPSILON * Math.max(1, Math.abs(Math.log(x))),
        String(x),
      ).toBe(true);
    }
    for (let x = 0.5; x < 2; x += 0.00097)
      expect(Math.abs(detLog(x) - Math.log(x))).toBeLessThan(3e-16);
  });

  it('handles the edges', () => {
    expect(detExp(0)).toBe(1);
    expect(detLog(1)).toBe(0);
    expect(detExp(-800)).toBe(0);
    expect(detExp(800)).toBe(Infinity);
    expect(detLog(0)).toBe(-Infinity);
    expect(detLog(-1)).toBeNaN();
    expect(ulpClose(detLog(5e-324), Math.log(5e-324), 8)).toBe(true);
    expect(ulpClose(detExp(-744), Math.exp(-744), 1e6)).toBe(true);
  });
});
