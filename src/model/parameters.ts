/**
 * Every number that links drivers to outputs, as a named, documented, user-editable parameter.
 *
 * Each parameter either cites its source (`source`: the report or a row of
 * `../shared/data/sources.md`) or is labelled `assumption: true` with a one-line rationale. A
 * scenario file may override any of them under `parameters` (see docs/scenario-format.md).
 *
 * Ids are dotted: `share.secondary`, `residual_sd.gdp`, `quarter_weights.fai`,
 * `loading.external_demand.global`, `exposure.petrochemical.gulei_ramp`.
 */
import { DRIVERS, FACTOR_IDS } from './drivers';
import { OUTPUTS } from './outputs';
import { FIXED_PARAMETERS, LOADINGS, UNCERTAINTY } from './parameter-table';

export type ParamGroup =
  'structure' | 'link' | 'target' | 'uncertainty' | 'quarterly' | 'factor' | 'county';

export interface ParamDef {
  id: string;
  group: ParamGroup;
  /** A number, or a tuple of four quarterly shares. */
  value: number | readonly number[];
  unit: string;
  nameZh: string;
  nameEn: string;
  min: number;
  max: number;
  /** The source of the value, when it has one. */
  source?: string;
  /** Set when the value is a modelling judgement rather than a statistic. */
  assumption?: true;
  /** Why this value (one line). */
  rationale: string;
}

function generated(): ParamDef[] {
  const out: ParamDef[] = [];
  for (const o of OUTPUTS) {
    const u = UNCERTAINTY[o.id];
    const unit = o.kind === 'growth' ? 'pp' : '% of target';
    out.push({
      id: `residual_sd.${o.id}`,
      group: 'uncertainty',
      value: u.residual,
      unit,
      nameZh: `${o.nameZh}：年度独立波动`,
      nameEn: `${o.nameEn}: own annual sd`,
      min: 0,
      max: 50,
      assumption: true,
      rationale:
        u.residual === 0
          ? 'the driver already measures this output, so no extra noise'
          : 'what the drivers do not explain (other sectors, measurement), as a judgement',
    });
    out.push({
      id: `quarter_sd.${o.id}`,
      group: 'uncertainty',
      value: u.quarter,
      unit,
      nameZh: `${o.nameZh}：季度波动`,
      nameEn: `${o.nameEn}: quarter-to-quarter sd`,
      min: 0,
      max: 50,
      assumption: true,
      rationale:
        'scatter of single quarters around the annual rate; it redistributes growth within the year and leaves the annual figure unchanged',
    });
    out.push({
      id: `quarter_weights.${o.id}`,
      group: 'quarterly',
      value: [0.25, 0.25, 0.25, 0.25],
      unit: 'share',
      nameZh: `${o.nameZh}：季度权重`,
      nameEn: `${o.nameEn}: quarterly weights`,
      min: 0,
      max: 1,
      assumption: true,
      rationale:
        o.kind === 'growth'
          ? "each quarter's share of the 2022 level; not sourced, so equal shares; enter the published 2022 quarterly figures to replace them"
          : "each quarter's share of the annual amount; not sourced, so equal shares",
    });
  }
  for (const d of DRIVERS) {
    for (const f of FACTOR_IDS) {
      out.push({
        id: `loading.${d.id}.${f}`,
        group: 'factor',
        value: LOADINGS[d.id]?.[f] ?? 0,
        unit: 'correlation',
        nameZh: `${d.nameZh}：${f}因子载荷`,
        nameEn: `${d.nameEn}: ${f} factor loading`,
        min: -1,
        max: 1,
        assumption: true,
        rationale:
          "how strongly this driver's surprise shares the common factor; the implied correlation of two drivers is the sum of products of their loadings",
      });
    }
  }
  return out;
}

/** All parameter definitions (fixed and per-output/per-driver), keyed by id. */
export const PARAMETERS: ReadonlyMap<string, ParamDef> = new Map(
  [...FIXED_PARAMETERS, ...generated()].map((p) => [p.id, p]),
);

/** The ids whose values must add up to 1 (the sector shares of GDP). */
export const SHARE_PARAM_IDS = ['share.primary', 'share.secondary', 'share.tertiary'] as const;

/** Tolerance when checking that shares add up to 1. */
export const SHARE_SUM_TOLERANCE = 1e-3;

/** Resolved parameter values: defaults with a scenario's overrides applied. */
export type ParamValues = ReadonlyMap<string, number | readonly number[]>;

/** Read a scalar parameter; throws on a programming error (unknown id or a vector). */
export function scalar(values: ParamValues, id: string): number {
  const v = values.get(id);
  if (typeof v !== 'number') throw new Error(`parameter ${id} is not a scalar`);
  return v;
}

/** Read a quarterly vector parameter. */
export function vector4(values: ParamValues, id: string): readonly number[] {
  const v = values.get(id);
  if (typeof v === 'number' || v === undefined || v.length !== 4) {
    throw new Error(`parameter ${id} is not a quarterly vector`);
  }
  return v;
}

/** Default values of every parameter. */
export function defaultParamValues(): Map<string, number | readonly number[]> {
  return new Map([...PARAMETERS.values()].map((p) => [p.id, p.value]));
}
