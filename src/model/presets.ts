/**
 * Preset scenarios for the drivers panel, each with a one-line description of its assumptions.
 * Preset values are illustrative scenario choices (assumptions a planner might test), not
 * forecasts or statistics.
 */
import { defaultScenario, type Scenario } from './scenario';

export interface Preset {
  id: 'baseline' | 'external_downturn' | 'gulei_fast' | 'property_slump' | 'consumption_rebound';
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  scenario: Scenario;
}

const make = (
  id: Preset['id'],
  nameZh: string,
  nameEn: string,
  descriptionZh: string,
  descriptionEn: string,
  drivers: Scenario['drivers'],
): Preset => ({
  id,
  nameZh,
  nameEn,
  descriptionZh,
  descriptionEn,
  scenario: {
    ...defaultScenario(),
    name: `${nameZh} ${nameEn}`,
    description: descriptionEn,
    drivers,
  },
});

/** The five presets of the workbench, plan-consistent baseline first. */
export const PRESETS: readonly Preset[] = [
  make(
    'baseline',
    '按计划基准',
    'Plan-consistent baseline',
    '所有驱动因素取计划值，默认不确定性。',
    'Every driver at the value the plan implies; default uncertainties.',
    {},
  ),
  make(
    'external_downturn',
    '外需下行',
    'External-demand downturn',
    '出口增长3%（计划8%），其余按计划。',
    'Exports grow 3% instead of the planned 8%; everything else at plan.',
    { external_demand: { value: 3 } },
  ),
  make(
    'gulei_fast',
    '古雷快速达产',
    'Fast Gulei ramp-up',
    '古雷石化基地工业产值1150亿元（计划1000亿元）。',
    'Gulei reaches 115 bn yuan of industrial output instead of the planned 100 bn.',
    { gulei_ramp: { value: 1150 } },
  ),
  make(
    'property_slump',
    '房地产低迷',
    'Property slump',
    '商品房销售480万平方米（计划620万），重点项目完成92%。',
    'Housing sales 4.8 million m² instead of 6.2 million; key projects complete 92% of plan.',
    { property_sales: { value: 480 }, project_completion: { value: 92 } },
  ),
  make(
    'consumption_rebound',
    '消费回暖',
    'Consumption rebound',
    '社零增长12%（计划10%），CPI上涨2.5%。',
    'Retail sales grow 12% instead of 10%, with CPI at 2.5%.',
    { consumption: { value: 12 }, consumer_prices: { value: 2.5 } },
  ),
];

/**
 * The name a preset's scenario takes once its drivers are changed: it is no longer the preset,
 * and a file or link must not say it is.
 */
export function editedPresetName(preset: Preset): string {
  return `${preset.nameZh}（已修改） ${preset.nameEn} (edited)`;
}
