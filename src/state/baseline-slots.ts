/**
 * The baseline slots a user fills in: the 2022 city levels and the county weights that
 * `geodata/plan/baseline.json` holds as `status: "not_entered"` (no source gives them).
 *
 * The ids, units and counties are repeated here so that stored records can be validated before
 * (and without) the plan data loading; `tests/state/baseline-kind.test.ts` checks that this list
 * is exactly the not-entered simulation inputs of baseline.json and the units of counties.json.
 */
import type { GrowthOutputId } from '../model/outputs';

/** A 2022 city level a growth target applies to. */
export interface LevelSlot {
  /** The slot id in baseline.json. */
  id: string;
  /** The model output whose 2023 growth applies to this level. */
  output: GrowthOutputId;
  /** As baseline.json writes it. */
  unit: '亿元' | '元' | '%';
  /** Accepted range (inclusive); the bounds only catch typing and unit slips. */
  min: number;
  max: number;
  /** True when a 2023 level follows from this level and the projected growth (not for the CPI). */
  projects: boolean;
}

const money = (output: GrowthOutputId): LevelSlot => ({
  id: `baseline.${output}_2022`,
  output,
  unit: '亿元',
  // Above 0 and below 100,000 亿元 (Fujian's GDP is about 53,000 亿元): a slip of 万元 for 亿元
  // or a missing decimal point is refused rather than stored.
  min: 0.01,
  max: 100_000,
  projects: true,
});

const income = (output: GrowthOutputId): LevelSlot => ({
  id: `baseline.${output}_2022`,
  output,
  unit: '元',
  min: 1,
  max: 1_000_000,
  projects: true,
});

/** The ten 2022 city levels, in the report's headline order. */
export const LEVEL_SLOTS: readonly LevelSlot[] = [
  money('gdp'),
  money('revenue_total'),
  money('revenue_local'),
  money('industry_va'),
  money('fai'),
  money('retail'),
  money('exports'),
  income('income_urban'),
  income('income_rural'),
  // CPI change in 2022, in %: context for the cap, not a level to grow.
  { id: 'baseline.cpi_2022', output: 'cpi', unit: '%', min: -20, max: 50, projects: false },
];

/** The 11 county-level units (adcodes of geodata/plan/counties.json), in the plan's order. */
export const COUNTY_ADCODES = [
  '350602',
  '350603',
  '350681',
  '350625',
  '350623',
  '350622',
  '350624',
  '350626',
  '350627',
  '350628',
  '350629',
] as const;

/** The baseline.json slot of a county's weight (its share of city GDP, in %). */
export const weightSlotId = (adcode: string): string => `baseline.county_weight_${adcode}`;

/** Weights are entered in % (as baseline.json states them) and must add up to 100. */
export const WEIGHT_TOTAL = 100;
/**
 * How far the entered weights may be from 100 and still count as adding up: the engine's own
 * tolerance for shares (0.001 of 1), in %.
 */
export const WEIGHT_SUM_TOLERANCE = 0.1;

export function levelSlot(id: string): LevelSlot | undefined {
  return LEVEL_SLOTS.find((s) => s.id === id);
}

export function isCountyAdcode(code: string): boolean {
  return (COUNTY_ADCODES as readonly string[]).includes(code);
}
