/**
 * What each unit means in English and how to convert it to a base unit, so that a 2022 figure
 * in 人 can be set against a 2023 target in 万人.
 */
import type { UnitT } from './schema.ts';

export interface UnitInfo {
  en: string;
  /** The unit a value is multiplied into by `factor` (万人 → 人 × 10000). */
  base: UnitT;
  factor: number;
}

const same = (u: UnitT, en: string): UnitInfo => ({ en, base: u, factor: 1 });

export const UNIT_INFO: Record<UnitT, UnitInfo> = {
  '%': same('%', 'percent'),
  个百分点: same('个百分点', 'percentage points'),
  亿元: same('亿元', '100 million yuan'),
  元: same('元', 'yuan'),
  个: same('个', 'items'),
  家: same('家', 'firms'),
  项: same('项', 'items (projects)'),
  所: same('所', 'schools'),
  支: same('支', 'funds'),
  张: same('张', 'beds'),
  套: same('套', 'housing units'),
  条: same('条', 'routes'),
  件: same('件', 'cases'),
  户: same('户', 'households'),
  万户: { en: '10,000 households', base: '户', factor: 1e4 },
  人: same('人', 'people'),
  万人: { en: '10,000 people', base: '人', factor: 1e4 },
  万个: { en: '10,000 items', base: '个', factor: 1e4 },
  '场（次）': same('场（次）', 'events'),
  名: same('名', 'place (rank)'),
  万平方米: { en: '10,000 m²', base: '万平方米', factor: 1 },
  公顷: same('公顷', 'hectares'),
  万亩: { en: '10,000 mu', base: '亩', factor: 1e4 },
  亩: same('亩', 'mu (1/15 ha)'),
  平方公里: same('平方公里', 'km²'),
  万吨: { en: '10,000 tonnes', base: '万吨', factor: 1 },
  公里: same('公里', 'km'),
};

/** The value expressed in its unit's base unit (4 万人 → 40000 人). */
export function toBaseUnit(value: number, unit: UnitT): { value: number; unit: UnitT } {
  const info = UNIT_INFO[unit];
  return { value: value * info.factor, unit: info.base };
}
