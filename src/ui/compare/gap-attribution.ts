/**
 * "Why does B miss the target?": the gap between A and B for one indicator, split into the
 * assumptions that explain it, as the rows of a signed tornado.
 *
 * - `probability`: the change in the probability of meeting the target. Each driver's row is
 *   the engine's swap (A with that one driver set as in B, on the same random draws); the
 *   drivers together rarely add up exactly (a probability is not linear), so an
 *   "interactions" row holds the rest of the all-drivers effect; an "other assumptions" row
 *   holds what parameters, actuals and county assumptions add. The rows sum to B − A.
 * - `median`: the change in the central projection, decomposed exactly by driver (the model is
 *   linear in the drivers), with parameters and actuals in "other assumptions".
 */
import type { TornadoContribution } from '../../charts/tornado';
import { DRIVERS } from '../../model/drivers';
import type { CentralAttribution } from '../../model/central';
import type { OutputId } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';

export type GapMode = 'probability' | 'median';

export interface GapBreakdown {
  output: OutputId;
  mode: GapMode;
  /** A's value (probability 0..1, or the central projection in the output's unit). */
  base: number;
  /** B's value. */
  other: number;
  rows: TornadoContribution[];
}

/** Rows smaller than this are left out (0.05 percentage points of probability). */
const PROB_EPS = 0.0005;
const MEDIAN_EPS = 1e-9;

export const INTERACTION_ROW = 'interaction';
export const OTHER_ROW = 'other';

function driverLabel(id: string): TornadoContribution['label'] {
  const d = DRIVERS.find((x) => x.id === id);
  return d ? { zh: d.nameZh, en: d.nameEn } : id;
}

/**
 * The breakdown for one output, or null when the results lack it. `labels` gives the names of
 * the interaction and other-assumptions rows.
 */
export function gapBreakdown(
  a: SimulationResult,
  b: SimulationResult,
  central: readonly CentralAttribution[],
  output: OutputId,
  mode: GapMode,
  labels: { interaction: TornadoContribution['label']; other: TornadoContribution['label'] },
): GapBreakdown | null {
  const oa = a.outputs.find((o) => o.id === output);
  const ob = b.outputs.find((o) => o.id === output);
  if (!oa || !ob) return null;
  if (mode === 'median') {
    const c = central.find((x) => x.output === output);
    if (!c) return null;
    const rows: TornadoContribution[] = c.contributions
      .filter((x) => Math.abs(x.value) > MEDIAN_EPS)
      .map((x) => ({ id: x.driver, label: driverLabel(x.driver), value: x.value }));
    if (Math.abs(c.other) > 1e-6) rows.push({ id: OTHER_ROW, label: labels.other, value: c.other });
    return { output, mode, base: c.centralA, other: c.centralB, rows };
  }
  const attr = a.attribution?.find((x) => x.output === output);
  const base = oa.annual.pMeet;
  const total = ob.annual.pMeet - base;
  const swaps = attr?.swaps ?? [];
  const rows: TornadoContribution[] = swaps
    .filter((s) => Math.abs(s.dPMeet) >= PROB_EPS)
    .map((s) => ({ id: s.driver, label: driverLabel(s.driver), value: s.dPMeet }));
  const single = swaps.reduce((sum, s) => sum + s.dPMeet, 0);
  // All differing drivers at once: the engine's joint variant, or the one swap when only one.
  const joint =
    attr?.all !== null && attr?.all !== undefined
      ? attr.all.pMeet - base
      : swaps.length === 1
        ? (swaps[0]?.dPMeet ?? 0)
        : 0;
  const interaction = joint - single;
  if (Math.abs(interaction) >= PROB_EPS)
    rows.push({ id: INTERACTION_ROW, label: labels.interaction, value: interaction });
  const rest = total - joint;
  if (Math.abs(rest) >= PROB_EPS) rows.push({ id: OTHER_ROW, label: labels.other, value: rest });
  return { output, mode, base, other: ob.annual.pMeet, rows };
}
