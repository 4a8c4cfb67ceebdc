/**
 * What the engine projects: the ten headline targets (主要预期目标) and the level targets that
 * scenarios move, each with its target value and comparator as printed in the report.
 *
 * `registerId` is the id of the same target in the plan-data register
 * (`geodata/plan/targets.json`); tests/model/register.test.ts checks the values against it.
 *
 * Growth outputs are projected as growth rates in % (cumulative year-to-date by quarter);
 * level outputs as cumulative amounts in their own unit (亿元, 万平方米, 家, 万人).
 */

export const GROWTH_OUTPUT_IDS = [
  'gdp',
  'revenue_total',
  'revenue_local',
  'industry_va',
  'fai',
  'retail',
  'exports',
  'income_urban',
  'income_rural',
  'cpi',
] as const;

export const LEVEL_OUTPUT_IDS = [
  'projects.key_investment',
  'industry.investment',
  'gulei.output',
  'digital.scale',
  'property.sales',
  'industry.new_firms',
  'jobs.new_urban',
] as const;

/** Every output in display order: the report's headline order, then the level targets. */
export const OUTPUT_IDS = [...GROWTH_OUTPUT_IDS, ...LEVEL_OUTPUT_IDS] as const;
export type GrowthOutputId = (typeof GROWTH_OUTPUT_IDS)[number];
export type LevelOutputId = (typeof LEVEL_OUTPUT_IDS)[number];
export type OutputId = (typeof OUTPUT_IDS)[number];

export interface OutputDef {
  id: OutputId;
  registerId: string;
  kind: 'growth' | 'level';
  nameZh: string;
  nameEn: string;
  /** '%' for growth outputs; the level's unit as the report writes it otherwise. */
  unit: '%' | '亿元' | '万平方米' | '家' | '万人';
  /** comparable: 可比价 (real); nominal: current prices; index: a price index; level: an amount. */
  basis: 'comparable' | 'nominal' | 'index' | 'level';
  target: number;
  /** ≥: met at or above the target. ≤: a cap, met at or below target + tolerance. */
  comparator: '≥' | '≤';
  /** Parameter id of the tolerance of a cap ("左右"); none for floors. */
  toleranceParam?: 'cpi.tolerance';
  /** The phrase in the report. */
  source: string;
}

export const OUTPUTS: readonly OutputDef[] = [
  {
    id: 'gdp',
    registerId: 'headline.gdp',
    kind: 'growth',
    nameZh: '地区生产总值',
    nameEn: 'GDP',
    unit: '%',
    basis: 'comparable',
    target: 6.5,
    comparator: '≥',
    source: '地区生产总值增长6.5%',
  },
  {
    id: 'revenue_total',
    registerId: 'headline.revenue_total',
    kind: 'growth',
    nameZh: '一般公共预算总收入',
    nameEn: 'General public budget revenue (total)',
    unit: '%',
    basis: 'nominal',
    target: 7.5,
    comparator: '≥',
    source: '一般公共预算总收入增长7.5%',
  },
  {
    id: 'revenue_local',
    registerId: 'headline.revenue_local',
    kind: 'growth',
    nameZh: '地方一般公共预算收入',
    nameEn: 'Local general public budget revenue',
    unit: '%',
    basis: 'nominal',
    target: 6,
    comparator: '≥',
    source: '地方一般公共预算收入增长6%',
  },
  {
    id: 'industry_va',
    registerId: 'headline.industry_va',
    kind: 'growth',
    nameZh: '规模以上工业增加值',
    nameEn: 'Value added of above-scale industry',
    unit: '%',
    basis: 'comparable',
    target: 8.6,
    comparator: '≥',
    source: '规模工业增加值增长8.6%',
  },
  {
    id: 'fai',
    registerId: 'headline.fai',
    kind: 'growth',
    nameZh: '固定资产投资',
    nameEn: 'Fixed-asset investment',
    unit: '%',
    basis: 'nominal',
    target: 7.5,
    comparator: '≥',
    source: '固定资产投资增长7.5%',
  },
  {
    id: 'retail',
    registerId: 'headline.retail',
    kind: 'growth',
    nameZh: '社会消费品零售总额',
    nameEn: 'Retail sales of consumer goods',
    unit: '%',
    basis: 'nominal',
    target: 10,
    comparator: '≥',
    source: '社会消费品零售总额增长10%',
  },
  {
    id: 'exports',
    registerId: 'headline.exports',
    kind: 'growth',
    nameZh: '出口总额',
    nameEn: 'Exports',
    unit: '%',
    basis: 'nominal',
    target: 8,
    comparator: '≥',
    source: '出口总额增长8%',
  },
  {
    id: 'income_urban',
    registerId: 'headline.income_urban',
    kind: 'growth',
    nameZh: '城镇居民人均可支配收入',
    nameEn: 'Urban per-capita disposable income',
    unit: '%',
    basis: 'nominal',
    target: 7,
    comparator: '≥',
    source: '城镇居民、农村居民人均可支配收入分别增长7%、8%',
  },
  {
    id: 'income_rural',
    registerId: 'headline.income_rural',
    kind: 'growth',
    nameZh: '农村居民人均可支配收入',
    nameEn: 'Rural per-capita disposable income',
    unit: '%',
    basis: 'nominal',
    target: 8,
    comparator: '≥',
    source: '城镇居民、农村居民人均可支配收入分别增长7%、8%',
  },
  {
    id: 'cpi',
    registerId: 'headline.cpi',
    kind: 'growth',
    nameZh: '居民消费价格指数（市辖区）',
    nameEn: 'Consumer price index (urban districts)',
    unit: '%',
    basis: 'index',
    target: 3,
    comparator: '≤',
    toleranceParam: 'cpi.tolerance',
    source: '居民消费价格指数（市辖区）涨幅控制在3%左右',
  },
  {
    id: 'projects.key_investment',
    registerId: 'projects.key_investment',
    kind: 'level',
    nameZh: '重点项目完成投资',
    nameEn: 'Key-project investment completed',
    unit: '亿元',
    basis: 'level',
    target: 2100,
    comparator: '≥',
    source: '完成投资2100亿元以上',
  },
  {
    id: 'industry.investment',
    registerId: 'industry.investment',
    kind: 'level',
    nameZh: '工业投资',
    nameEn: 'Industrial investment',
    unit: '亿元',
    basis: 'level',
    target: 1000,
    comparator: '≥',
    source: '力争完成工业投资1000亿元以上',
  },
  {
    id: 'gulei.output',
    registerId: 'gulei.output',
    kind: 'level',
    nameZh: '古雷石化基地工业产值',
    nameEn: 'Gulei base industrial output',
    unit: '亿元',
    basis: 'level',
    target: 1000,
    comparator: '≥',
    source: '确保实现工业产值超1千亿元',
  },
  {
    id: 'digital.scale',
    registerId: 'digital.scale',
    kind: 'level',
    nameZh: '数字经济规模',
    nameEn: 'Digital economy',
    unit: '亿元',
    basis: 'level',
    target: 2800,
    comparator: '≥',
    source: '力争数字经济规模超2800亿元、增长15%',
  },
  {
    id: 'property.sales',
    registerId: 'property.sales',
    kind: 'level',
    nameZh: '商品房销售面积',
    nameEn: 'Commercial housing sold',
    unit: '万平方米',
    basis: 'level',
    target: 620,
    comparator: '≥',
    source: '销售商品房620万平方米以上',
  },
  {
    id: 'industry.new_firms',
    registerId: 'industry.new_firms',
    kind: 'level',
    nameZh: '新增规模以上工业企业',
    nameEn: 'New above-scale industrial firms',
    unit: '家',
    basis: 'level',
    target: 200,
    comparator: '≥',
    source: '新增新上规模工业企业200家以上',
  },
  {
    id: 'jobs.new_urban',
    registerId: 'jobs.new_urban',
    kind: 'level',
    nameZh: '城镇新增就业',
    nameEn: 'New urban jobs',
    unit: '万人',
    basis: 'level',
    target: 4,
    comparator: '≥',
    source: '城镇新增就业4万人以上',
  },
];

/** Look up an output definition by id. */
export function outputDef(id: OutputId): OutputDef {
  const d = OUTPUTS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown output ${id}`);
  return d;
}

/** True when `id` names an output. */
export function isOutputId(id: string): id is OutputId {
  return (OUTPUT_IDS as readonly string[]).includes(id);
}

/** Period labels of cumulative year-to-date figures, quarter 1..4. */
export const QUARTER_LABELS_ZH = ['1–3月', '1–6月', '1–9月', '全年'] as const;
export const QUARTER_LABELS_EN = ['Jan–Mar', 'Jan–Jun', 'Jan–Sep', 'Full year'] as const;
