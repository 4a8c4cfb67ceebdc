/**
 * From the scenario being edited to the engine's RunRequest: the one place where the workbench
 * decides what a run asks for. Kept apart from the view so that other features can feed it
 * (the baseline editor's county weights, the presenter's fixed scenes) without touching the
 * run loop.
 */
import type { PlanData } from '../../data/index.ts';
import type { CountyInput } from '../../model/counties';
import { isOutputId, outputDef, type GrowthOutputId, type OutputId } from '../../model/outputs';
import type { RunRequest } from '../../model/run-types';
import type { CountyAssumptions, Scenario } from '../../model/scenario';

/** Most paths a sensitivity run uses: its variants cost ~17 runs each (see RunExtras.sensitivity). */
export const SENSITIVITY_PATHS_CAP = 10_000;

/** What a run needs besides the scenario. */
export interface RunExtras {
  /** The counties the engine projects (from the plan dataset; see `countyInputs`). */
  counties: readonly CountyInput[];
  /** The indicator whose county detail the map and county panel show. */
  indicator: OutputId;
  /** Also compute the ±1 sd sensitivity (tornado data). */
  sensitivity?: boolean;
  /**
   * User-entered county data that does not live in the scenario file (the baseline editor,
   * issue 5 item 10). Weights the scenario already has win: a shared link must reproduce the
   * same numbers, so the scenario's own data always takes precedence.
   */
  baseline?: Pick<CountyAssumptions, 'weights'> | null;
}

/** The counties as the engine takes them: adcode, name and the vocabulary ids of their industries. */
export function countyInputs(plan: Pick<PlanData, 'units'>): CountyInput[] {
  return plan.units.map((u) => ({
    adcode: u.adcode,
    name_zh: u.name_zh,
    industries: [...new Set(u.industries.flatMap((l) => l.maps.map((m) => m.industry)))],
  }));
}

/**
 * The growth indicator whose counties are projected: the selected one when it is a growth
 * indicator, else GDP (level targets have no county detail: that would need county levels,
 * which the sources lack and the model never invents).
 */
export function countyIndicatorFor(indicator: OutputId): GrowthOutputId {
  if (isOutputId(indicator) && outputDef(indicator).kind === 'growth')
    return indicator as GrowthOutputId;
  return 'gdp';
}

/**
 * The request for a scenario. Sensitivity runs leave the counties out and use at most
 * SENSITIVITY_PATHS_CAP paths (the same seed, so with 10,000 paths its base is exactly the
 * dashboard's numbers; with more paths the tornado says how many it rests on).
 */
export function buildRunRequest(scenario: Scenario, extras: RunExtras): RunRequest {
  let effective = scenario;
  const weights = extras.baseline?.weights;
  if (weights && Object.keys(weights).length > 0 && !scenario.counties.weights) {
    effective = { ...scenario, counties: { ...scenario.counties, weights: { ...weights } } };
  }
  if (extras.sensitivity) {
    return {
      scenario: effective,
      paths: Math.min(scenario.paths, SENSITIVITY_PATHS_CAP),
      sensitivity: true,
    };
  }
  return {
    scenario: effective,
    counties: extras.counties,
    countyIndicators: [countyIndicatorFor(extras.indicator)],
  };
}
