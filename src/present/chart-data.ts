/**
 * From a simulation result to the charts' inputs (src/charts): the probability bar of a target
 * and the fan chart of an indicator. The workbench draws the same charts from the same result;
 * these adapters are the place to share once its own land (see the presenter's README notes).
 */
import type { FanChartData, FanScenario } from '../charts/fan-chart';
import type { TargetSpec, ValueUnit } from '../charts/format-value';
import type { ProbabilityBarData } from '../charts/probability-bar';
import { getTarget, type PlanData } from '../data/index.ts';
import type { OutputResult, SimulationResult } from '../model/index.ts';

/** The chart unit of an output, or null when the charts have none for it (万平方米, 家, 万人). */
export function chartUnit(output: Pick<OutputResult, 'unit'>): ValueUnit | null {
  return output.unit === '%' || output.unit === '亿元' ? output.unit : null;
}

/** The target as the plan words it: a cap "≤3%左右" stays a cap, "6.5%" reads as ≥6.5%. */
export function targetSpec(plan: PlanData, output: OutputResult): TargetSpec {
  const target = getTarget(plan, output.registerId);
  if (target?.comparator === '≈') {
    return { value: output.target, comparator: '≈', attainment: target.attainment ?? null };
  }
  return { value: output.target, comparator: output.comparator };
}

export function probabilityData(plan: PlanData, output: OutputResult): ProbabilityBarData {
  return {
    title: { zh: output.nameZh, en: output.nameEn },
    probability: output.annual.pMeet,
    unit: chartUnit(output) ?? '%',
    target: targetSpec(plan, output),
    median: output.annual.percentiles.p50,
    samples: output.samples,
  };
}

function fanScenario(id: string, label: FanScenario['label'], output: OutputResult): FanScenario {
  return {
    id,
    label,
    quarters: output.quarters.map((q) => ({ ...q.percentiles, mean: q.mean })),
  };
}

/**
 * A fan chart of one output; with `compare`, the plan-consistent run is drawn next to it
 * (each scenario's P25–P75 and median) so that a downturn's shift shows at a glance.
 */
export function fanData(
  plan: PlanData,
  result: SimulationResult,
  outputId: string,
  labels: { scenario: FanScenario['label']; plan: FanScenario['label'] },
  compare: SimulationResult | null = null,
): FanChartData | null {
  const output = result.outputs.find((o) => o.id === outputId);
  const unit = output ? chartUnit(output) : null;
  if (!output || !unit) return null;
  const scenarios = [fanScenario('scenario', labels.scenario, output)];
  const other = compare?.outputs.find((o) => o.id === outputId);
  if (other) scenarios.unshift(fanScenario('plan', labels.plan, other));
  return {
    title: { zh: output.nameZh, en: output.nameEn },
    unit,
    scenarios,
    target: targetSpec(plan, output),
    actuals: output.quarters.map((q) => q.actual),
  };
}
