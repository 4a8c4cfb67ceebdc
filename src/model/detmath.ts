/**
 * Deterministic exp and log for the random-number code.
 *
 * `Math.exp` and `Math.log` are not required to be correctly rounded, and JS engines differ in
 * the last bit (Node 20's V8 and Chromium 156's V8 do). The ziggurat's tables and its rare slow
 * path use exp and log, so a last-bit difference would change draws between the CLI and the
 * browser. These versions use only +, −, ×, ÷ and exact bit manipulation, which IEEE 754 makes
 * identical on every engine. They are accurate to a few units in the last place, which is all a
 * sampler needs. Nothing else in the model depends on them.
 */

const buf = new DataView(new ArrayBuffer(8));
const LN2_HI = 6.9314718036912381649e-1; // upper bits of ln 2 (exact in double, fdlibm split)
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.442695040888963387;

/** 2^k for an integer k in the normal range, built from the exponent bits (exact). */
function pow2(k: number): number {
  buf.setUint32(0, ((k + 1023) << 20) >>> 0);
  buf.setUint32(4, 0);
  return buf.getFloat64(0);
}

/** e^x, deterministic across engines; exact 1 at 0; 0 below −745, Infinity above 709. */
export function detExp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  if (x === 0) return 1;
  // x = k ln2 + r, |r| ≤ ln2 / 2 (Cody–Waite reduction with a two-part ln 2).
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor series of e^r to r^17 / 17! in Horner form, 1 + r(1 + r/2(1 + r/3(…))): the
  // remainder is below 1e-18 for |r| ≤ 0.347.
  let sum = 1;
  for (let n = 17; n >= 1; n--) sum = 1 + (r * sum) / n;
  // Split the power of two so that subnormal results stay representable.
  if (k < -1021) return sum * pow2(k + 600) * pow2(-600);
  if (k > 1023) return sum * pow2(k - 600) * pow2(600);
  return sum * pow2(k);
}

/** Natural logarithm of x > 0, deterministic across engines. */
export function detLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let scaled = x;
  let bias = 0;
  if (scaled < 2.2250738585072014e-308) {
    scaled *= 18014398509481984; // 2^54: bring subnormals into the normal range
    bias = -54;
  }
  buf.setFloat64(0, scaled);
  const hi = buf.getUint32(0);
  let e = ((hi >>> 20) & 0x7ff) - 1023 + bias;
  // Mantissa m in [1, 2), then moved into [√½, √2) so that |s| ≤ 0.1716 below.
  buf.setUint32(0, ((hi & 0x000fffff) | 0x3ff00000) >>> 0);
  let m = buf.getFloat64(0);
  if (m > 1.4142135623730951) {
    m /= 2;
    e += 1;
  }
  // ln m = 2 atanh(s) = 2s (1 + s²/3 + s⁴/5 + …), s = (m − 1)/(m + 1), |s| ≤ 0.1716; the
  // polynomial to s²² in Horner form leaves a remainder below 1e-19.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let poly = 1 / 23;
  for (let n = 21; n >= 1; n -= 2) poly = 1 / n + s2 * poly;
  const series = s * poly;
  return e * LN2_HI + (e * LN2_LO + 2 * series);
}
