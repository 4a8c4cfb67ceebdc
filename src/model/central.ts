/**
 * Instant, simulation-free answers from the linear model:
 * - the central (zero-variance) projection of every output, with its analytic sd and the
 *   normal-approximation probability of meeting the target — a preview the UI can show before
 *   the first Monte Carlo batch arrives (exact when no driver bound is reached);
 * - the decomposition of the central gap between two scenarios into one term per driver
 *   (exact for the drivers, since the model is linear in them) plus a remainder for
 *   differences in parameters and actuals.
 */
import { compileRun, thresholdOf } from './compile';
import { DRIVERS, type DriverId } from './drivers';
import { NJ, deviationVariance, driverCentralDeviation, driverSigma } from './linear';
import { OUTPUTS, type OutputId } from './outputs';
import type { Scenario } from './scenario';
import { normalCdf } from './stats';
import { ytdVariance } from './ytd';

/** Central projection of one output. */
export interface CentralOutput {
  id: OutputId;
  target: number;
  threshold: number;
  /** Central year-to-date path (1–3月 … 全年). */
  central: number[];
  /** Analytic sd of the full-year outcome (normal approximation). */
  sd: number;
  /** Normal-approximation probability of meeting the target. */
  pMeetApprox: number;
}

/** Central projections of every output (display order), without simulation. */
export function centralProjection(scenario: Scenario): CentralOutput[] {
  const { meta } = compileRun({ scenario, paths: 1 });
  const devVar = deviationVariance(meta.model, driverSigma(meta.drivers));
  return OUTPUTS.map((o, i) => {
    const s = meta.series[i]!;
    const central = s.central;
    const sd = Math.sqrt(ytdVariance(s.form, 3, devVar[i]!));
    const threshold = thresholdOf(o.id, meta.params);
    const z =
      sd > 0 ? (central[3]! - threshold) / sd : central[3]! >= threshold ? Infinity : -Infinity;
    const pMeetApprox = o.comparator === '≥' ? normalCdf(z) : normalCdf(-z);
    return { id: o.id, target: o.target, threshold, central, sd, pMeetApprox };
  });
}

/** The central gap between scenario A and B for one output, by driver. */
export interface CentralAttribution {
  output: OutputId;
  centralA: number;
  centralB: number;
  /** Contribution of each driver that differs (full-year, in the output's unit). */
  contributions: { driver: DriverId; value: number }[];
  /** Gap left after the drivers: differences in parameters, actuals and their interactions. */
  other: number;
}

/** Decompose the central full-year gap between two scenarios, using A's links. */
export function attributeCentral(a: Scenario, b: Scenario): CentralAttribution[] {
  const A = compileRun({ scenario: a, paths: 1 }).meta;
  const Bm = compileRun({ scenario: b, paths: 1 }).meta;
  const dA = driverCentralDeviation(A.drivers);
  const dB = driverCentralDeviation(Bm.drivers);
  return OUTPUTS.map((o, i) => {
    const a3 = A.series[i]!.form.a[3]!;
    const contributions = DRIVERS.flatMap((d, j) => {
      if (dA[j] === dB[j]) return [];
      return [{ driver: d.id, value: a3 * A.model.B[i * NJ + j]! * (dB[j]! - dA[j]!) }];
    });
    const centralA = A.series[i]!.central[3]!;
    const centralB = Bm.series[i]!.central[3]!;
    const explained = contributions.reduce((s, c) => s + c.value, 0);
    return {
      output: o.id,
      centralA,
      centralB,
      contributions,
      other: centralB - centralA - explained,
    };
  });
}
