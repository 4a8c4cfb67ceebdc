/**
 * Cumulative year-to-date (1–N月累计) arithmetic, the Chinese convention for quarterly figures.
 *
 * Growth outputs: with quarterly growth g_q and quarterly weights w_q (each quarter's share of the
 * prior-year annual level, Σ w = 1), the growth of the first Q quarters together is
 *
 *   YTD_Q = Σ_{q≤Q} w_q g_q / Σ_{q≤Q} w_q,   and the annual growth is YTD_4 = Σ_q w_q g_q.
 *
 * Level outputs (亿元, 万m² …): quarterly amounts add up; c_q is each quarter's share of the year.
 *
 * In the model a quarter's growth is the annual rate plus a quarterly scatter that is centred so
 * that it leaves the annual unchanged; published actuals replace the first k quarters. Every
 * year-to-date figure is then an affine function of the annual deviation `dev` and four standard
 * normal draws u_r:
 *
 *   YTD_Q = base_Q + a_Q × dev + Σ_r b_Qr × u_r,
 *
 * which the kernel evaluates per path and linear.ts uses for exact means and variances.
 */

/** Coefficients of the four year-to-date figures: base[q], a[q], b[q * 4 + r]. */
export interface YtdForm {
  base: Float64Array;
  a: Float64Array;
  b: Float64Array;
}

/** Cumulative shares C_0..C_4 of quarterly weights, with C_4 exactly 1. */
export function cumulativeShares(weights: readonly number[]): Float64Array {
  const total = weights.reduce((s, w) => s + w, 0);
  const c = new Float64Array(5);
  for (let q = 1; q <= 4; q++) c[q] = c[q - 1]! + weights[q - 1]! / total;
  c[4] = 1;
  return c;
}

/**
 * Year-to-date form of a growth output.
 * @param target growth rate the projection is anchored to (%)
 * @param weights quarterly weights (shares of the prior-year level; normalised here)
 * @param tau quarter-to-quarter sd of growth (pp)
 * @param actuals published YTD growth for the first k quarters (%), k = 0 … 4
 */
export function growthForm(
  target: number,
  weights: readonly number[],
  tau: number,
  actuals: readonly number[] = [],
): YtdForm {
  const C = cumulativeShares(weights);
  const w = [0, 1, 2, 3].map((r) => C[r + 1]! - C[r]!);
  const k = actuals.length;
  const ak = k > 0 ? actuals[k - 1]! : target;
  const f: YtdForm = { base: new Float64Array(4), a: new Float64Array(4), b: new Float64Array(16) };
  for (let q = 1; q <= 4; q++) {
    if (q <= k) {
      f.base[q - 1] = actuals[q - 1]!;
      continue;
    }
    const Wq = C[q]!;
    const Wk = C[k]!;
    f.base[q - 1] = target + (Wk * (ak - target)) / Wq;
    f.a[q - 1] = (Wq - Wk) / Wq;
    for (let r = 0; r < 4; r++) {
      const inWindow = r + 1 > k && r + 1 <= q ? w[r]! : 0;
      f.b[(q - 1) * 4 + r] = (tau / Wq) * (inWindow - (Wq - Wk) * w[r]!);
    }
  }
  return f;
}

/**
 * Year-to-date form of a level output (cumulative amount).
 * @param plan the annual amount the plan expects (the target)
 * @param shares each quarter's share of the annual amount (normalised here)
 * @param tau quarter-to-quarter sd, in % of the quarter's amount
 * @param actuals published cumulative amounts for the first k quarters
 */
export function levelForm(
  plan: number,
  shares: readonly number[],
  tau: number,
  actuals: readonly number[] = [],
): YtdForm {
  const C = cumulativeShares(shares);
  const c = [0, 1, 2, 3].map((r) => C[r + 1]! - C[r]!);
  const k = actuals.length;
  const ak = k > 0 ? actuals[k - 1]! : 0;
  const f: YtdForm = { base: new Float64Array(4), a: new Float64Array(4), b: new Float64Array(16) };
  for (let q = 1; q <= 4; q++) {
    if (q <= k) {
      f.base[q - 1] = actuals[q - 1]!;
      continue;
    }
    const span = C[q]! - C[k]!;
    f.base[q - 1] = ak + plan * span;
    f.a[q - 1] = (plan * span) / 100;
    for (let r = 0; r < 4; r++) {
      const inWindow = r + 1 > k && r + 1 <= q ? c[r]! : 0;
      f.b[(q - 1) * 4 + r] = ((plan * tau) / 100) * (inWindow - span * c[r]!);
    }
  }
  return f;
}

/** Mean of YTD_q for an annual deviation `dev` (the central path when dev is central). */
export function ytdCentral(f: YtdForm, q: number, dev: number): number {
  return f.base[q]! + f.a[q]! * dev;
}

/** Variance of YTD_q when the annual deviation has variance `devVariance`. */
export function ytdVariance(f: YtdForm, q: number, devVariance: number): number {
  let v = f.a[q]! * f.a[q]! * devVariance;
  for (let r = 0; r < 4; r++) v += f.b[q * 4 + r]! ** 2;
  return v;
}

/** Result of a required-growth calculation. */
export interface RequiredGrowth {
  /** Quarters already published (k). */
  quartersKnown: number;
  /**
   * For growth outputs: the average growth (%) the remaining quarters need (≥ targets), or may
   * not exceed (caps). For level outputs: the amount the remaining quarters must add.
   * Null when the year is complete (k = 4).
   */
  required: number | null;
  /** When k = 4: whether the published full-year figure meets the target. */
  metAlready: boolean | null;
}

/**
 * What the remaining quarters must deliver to meet a target, given year-to-date actuals.
 *
 * Growth: the annual rate is W_k × A_k + (1 − W_k) × g_rest, so
 * g_rest = (threshold − W_k × A_k) / (1 − W_k), where W_k is the weight of the first k quarters.
 * Level: the remaining quarters must add threshold − A_k.
 *
 * @param threshold the target (or target + tolerance for a cap)
 * @param comparator '≥' for floors, '≤' for caps
 */
export function requiredGrowth(
  kind: 'growth' | 'level',
  threshold: number,
  comparator: '≥' | '≤',
  weights: readonly number[],
  actuals: readonly number[],
): RequiredGrowth {
  const k = actuals.length;
  if (k === 0)
    return {
      quartersKnown: 0,
      required: kind === 'growth' ? threshold : threshold,
      metAlready: null,
    };
  const ak = actuals[k - 1]!;
  if (k >= 4) {
    return {
      quartersKnown: 4,
      required: null,
      metAlready: comparator === '≥' ? ak >= threshold : ak <= threshold,
    };
  }
  if (kind === 'level') return { quartersKnown: k, required: threshold - ak, metAlready: null };
  const Wk = cumulativeShares(weights)[k]!;
  return {
    quartersKnown: k,
    required: threshold + (Wk * (threshold - ak)) / (1 - Wk),
    metAlready: null,
  };
}
