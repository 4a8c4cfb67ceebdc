/**
 * The result as CSV: one row per output (and per county) and year-to-date period, with every
 * percentile, the mean, the central projection, the actual, the probability of meeting the
 * full-year target and the required growth, plus the scenario name, seed, paths and model
 * version on every row, so that any row can be traced back to the run that made it.
 *
 * UTF-8 with a byte-order mark and CRLF (src/data/csv.ts), so Excel opens the Chinese names.
 * Numbers are written in full (JavaScript's shortest round-trip form), never formatted, so
 * that the file is data rather than a picture of it.
 */
import { toCsv } from '../../data/csv';
import { outputDef } from '../../model/outputs';
import {
  PERCENTILE_LEVELS,
  type AnnualStats,
  type QuarterStats,
  type SimulationResult,
} from '../../model/result-types';
import type { Scenario } from '../../model/scenario';

export const RESULT_CSV_COLUMNS = [
  'scenario_name',
  'seed',
  'paths',
  'requested_paths',
  'final',
  'model_version',
  'scope',
  'adcode',
  'county_name_zh',
  'output_id',
  'name_zh',
  'name_en',
  'unit',
  'basis',
  'comparator',
  'target',
  'threshold',
  'quarter',
  'period_zh',
  'period_en',
  ...PERCENTILE_LEVELS,
  'mean',
  'central',
  'actual',
  'p_meet_full_year',
  'required_remaining',
  'p_achieve_required',
] as const;

/** A number as data: shortest round-trip text; empty for null or non-finite. */
export function csvNumber(v: number | null | undefined): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function quarterCells(q: QuarterStats, annual: AnnualStats): string[] {
  return [
    String(q.quarter),
    q.labelZh,
    q.labelEn,
    ...PERCENTILE_LEVELS.map((p) => csvNumber(q.percentiles[p])),
    csvNumber(q.mean),
    csvNumber(q.central),
    csvNumber(q.actual),
    csvNumber(annual.pMeet),
  ];
}

/** The CSV text of a result (the scenario gives the name users chose). */
export function resultsToCsv(result: SimulationResult, scenario: Pick<Scenario, 'name'>): string {
  const run = [
    scenario.name,
    String(result.seed),
    String(result.paths),
    String(result.requestedPaths),
    String(result.final),
    result.modelVersion,
  ];
  const rows: string[][] = [[...RESULT_CSV_COLUMNS]];
  for (const o of result.outputs) {
    for (const q of o.quarters) {
      rows.push([
        ...run,
        'city',
        '',
        '',
        o.id,
        o.nameZh,
        o.nameEn,
        o.unit,
        o.basis,
        o.comparator,
        csvNumber(o.target),
        csvNumber(o.threshold),
        ...quarterCells(q, o.annual),
        csvNumber(o.required?.required),
        csvNumber(o.required ? o.required.pAchieve : null),
      ]);
    }
  }
  for (const c of result.counties) {
    const def = outputDef(c.indicator);
    for (const q of c.quarters) {
      rows.push([
        ...run,
        'county',
        c.adcode,
        c.name_zh,
        c.indicator,
        def.nameZh,
        def.nameEn,
        '%',
        def.basis,
        def.comparator,
        csvNumber(def.target),
        csvNumber(c.threshold),
        ...quarterCells(q, c.annual),
        '',
        '',
      ]);
    }
  }
  return toCsv(rows);
}

/** A file name from the scenario's name: safe characters only, with the seed and paths. */
export function exportFileName(
  scenario: Pick<Scenario, 'name' | 'seed' | 'paths'>,
  suffix: string,
): string {
  const base =
    scenario.name
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'scenario';
  return `${base}-seed${scenario.seed}-${scenario.paths}${suffix}`;
}
