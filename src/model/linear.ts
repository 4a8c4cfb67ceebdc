/**
 * The model's linear skeleton, computed without any randomness:
 * - the order in which outputs are evaluated (upstream first);
 * - B, the total effect of each driver's deviation on each output's annual deviation, after
 *   following every chain (exports → industry → GDP → revenue …);
 * - R, the total effect of each output's own residual shock on every output;
 * - the analytic variance of each output's annual deviation.
 *
 * The kernel evaluates the same equations path by path; B and R give the central projection,
 * the sensitivity of each output to each driver, the decomposition of the gap between two
 * scenarios, and the histogram ranges.
 */
import { DRIVERS, FACTOR_IDS, driverDeviation, type DriverId } from './drivers';
import { buildLinks, type LinkTerm } from './links';
import { OUTPUTS, type OutputId } from './outputs';
import { scalar, type ParamValues } from './parameters';
import type { DriverSetting } from './scenario';

export const NF = FACTOR_IDS.length;
export const NJ = DRIVERS.length;
export const NI = OUTPUTS.length;

const driverIndex = new Map<DriverId, number>(DRIVERS.map((d, j) => [d.id, j]));
const outputIndex = new Map<OutputId, number>(OUTPUTS.map((o, i) => [o.id, i]));

/** Index of a driver in `DRIVERS` order. */
export function driverIdx(id: DriverId): number {
  return driverIndex.get(id)!;
}
/** Index of an output in `OUTPUTS` order. */
export function outputIdx(id: OutputId): number {
  return outputIndex.get(id)!;
}

/** Links as index triples, grouped by target output. */
export interface LinearModel {
  terms: LinkTerm[];
  /** Evaluation order: every output after the outputs it depends on. */
  order: number[];
  driverLinks: { to: number; from: number; coef: number }[][];
  outputLinks: { to: number; from: number; coef: number }[][];
  /** Total effect of driver j's deviation on output i's annual deviation: B[i * NJ + j]. */
  B: Float64Array;
  /** Total effect of output k's own residual (unit shock) on output i: R[i * NI + k]. */
  R: Float64Array;
  /** Own residual sd of each output (pp, or % of target). */
  residualSd: Float64Array;
  /** Factor loadings L[j * NF + f] and idiosyncratic scale sqrt(1 − Σ L²) per driver. */
  loadings: Float64Array;
  idio: Float64Array;
}

/** Build the linear model for resolved parameter values. */
export function buildLinearModel(p: ParamValues): LinearModel {
  const terms = buildLinks(p);
  const driverLinks: LinearModel['driverLinks'] = OUTPUTS.map(() => []);
  const outputLinks: LinearModel['outputLinks'] = OUTPUTS.map(() => []);
  for (const t of terms) {
    const to = outputIdx(t.to);
    if ('driver' in t.from)
      driverLinks[to]!.push({ to, from: driverIdx(t.from.driver), coef: t.coef });
    else outputLinks[to]!.push({ to, from: outputIdx(t.from.output), coef: t.coef });
  }
  const order = topologicalOrder(outputLinks);
  const B = new Float64Array(NI * NJ);
  const R = new Float64Array(NI * NI);
  for (const i of order) {
    for (const l of driverLinks[i]!) B[i * NJ + l.from]! += l.coef;
    R[i * NI + i] = 1;
    for (const l of outputLinks[i]!) {
      for (let j = 0; j < NJ; j++) B[i * NJ + j]! += l.coef * B[l.from * NJ + j]!;
      for (let k = 0; k < NI; k++) R[i * NI + k]! += l.coef * R[l.from * NI + k]!;
    }
  }
  const residualSd = new Float64Array(OUTPUTS.map((o) => scalar(p, `residual_sd.${o.id}`)));
  const loadings = new Float64Array(NJ * NF);
  const idio = new Float64Array(NJ);
  DRIVERS.forEach((d, j) => {
    let ss = 0;
    FACTOR_IDS.forEach((f, k) => {
      const l = scalar(p, `loading.${d.id}.${f}`);
      loadings[j * NF + k] = l;
      ss += l * l;
    });
    idio[j] = Math.sqrt(Math.max(0, 1 - ss));
  });
  return { terms, order, driverLinks, outputLinks, B, R, residualSd, loadings, idio };
}

function topologicalOrder(outputLinks: LinearModel['outputLinks']): number[] {
  const order: number[] = [];
  const state = new Uint8Array(NI);
  const visit = (i: number): void => {
    if (state[i] === 2) return;
    if (state[i] === 1) throw new Error(`the links form a cycle through ${OUTPUTS[i]!.id}`);
    state[i] = 1;
    for (const l of outputLinks[i]!) visit(l.from);
    state[i] = 2;
    order.push(i);
  };
  for (let i = 0; i < NI; i++) visit(i);
  return order;
}

/** Driver sds in link units (pp for rate drivers, % of plan for level drivers). */
export function driverSigma(settings: Record<DriverId, DriverSetting>): Float64Array {
  return new Float64Array(
    DRIVERS.map((d) =>
      d.kind === 'rate' ? settings[d.id].sd : (100 * settings[d.id].sd) / d.plan,
    ),
  );
}

/** Driver deviations of the central values, in link units. */
export function driverCentralDeviation(settings: Record<DriverId, DriverSetting>): Float64Array {
  return new Float64Array(DRIVERS.map((d) => driverDeviation(d, settings[d.id].value)));
}

/** Central annual deviation of every output: Σ_j B_ij × δ_j. */
export function centralDeviation(m: LinearModel, delta: Float64Array): Float64Array {
  const dev = new Float64Array(NI);
  for (let i = 0; i < NI; i++) {
    let s = 0;
    for (let j = 0; j < NJ; j++) s += m.B[i * NJ + j]! * delta[j]!;
    dev[i] = s;
  }
  return dev;
}

/**
 * Variance of each output's annual deviation when drivers have sds `sigma` (link units):
 * common factors, driver-specific parts and residuals, all independent. Clamping at driver
 * bounds is ignored, so this is an upper bound that is exact away from the bounds.
 */
export function deviationVariance(m: LinearModel, sigma: Float64Array): Float64Array {
  const v = new Float64Array(NI);
  for (let i = 0; i < NI; i++) {
    v[i] =
      driverPartVariance(m, m.B.subarray(i * NJ, (i + 1) * NJ), sigma) + residualVariance(m, i);
  }
  return v;
}

/**
 * Variance of Σ_j coef_j × (driver j's deviation) when drivers have sds `sigma`: the factor
 * parts add up before squaring (that is the correlation), the driver-specific parts after.
 */
export function driverPartVariance(
  m: LinearModel,
  coef: Float64Array,
  sigma: Float64Array,
): number {
  let total = 0;
  for (let f = 0; f < NF; f++) {
    let c = 0;
    for (let j = 0; j < NJ; j++) c += coef[j]! * sigma[j]! * m.loadings[j * NF + f]!;
    total += c * c;
  }
  for (let j = 0; j < NJ; j++) {
    const c = coef[j]! * sigma[j]! * m.idio[j]!;
    total += c * c;
  }
  return total;
}

/** Variance of the city residual part of output i (what counties share with the city). */
export function residualVariance(m: LinearModel, i: number): number {
  let total = 0;
  for (let k = 0; k < NI; k++) {
    const c = m.R[i * NI + k]! * m.residualSd[k]!;
    total += c * c;
  }
  return total;
}
