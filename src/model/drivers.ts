/**
 * Drivers: the few quantities a planner moves, each in the unit planners use.
 *
 * A driver's *deviation* is what the links multiply:
 * - `rate` drivers (growth rates, % of plan): deviation = value − plan, in percentage points;
 * - `level` drivers (亿元, 万m², counts): deviation = 100 × (value / plan − 1), in % of the plan.
 *
 * Plan values come from the report. Uncertainties (sd) and slider bounds are assumptions: the
 * sources hold no forecast errors for Zhangzhou, so each sd is a judgement of how far the year
 * could plausibly land from the plan, meant to be edited. Sampled values are clamped to the
 * bounds, which keeps every draw physically meaningful (no negative sales) and every result
 * finite.
 */

/** Ids of the common factors that correlate the drivers' uncertainty. */
export const FACTOR_IDS = ['global', 'domestic', 'price'] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

/** Names of the common factors (zh/en) with what each stands for. */
export const FACTORS: Record<FactorId, { nameZh: string; nameEn: string; meaning: string }> = {
  global: { nameZh: '外需', nameEn: 'Global demand', meaning: 'world trade and orders' },
  domestic: { nameZh: '内需', nameEn: 'Domestic demand', meaning: 'investment and spending' },
  price: { nameZh: '价格', nameEn: 'Prices', meaning: 'commodity and consumer prices' },
};

export const DRIVER_IDS = [
  'external_demand',
  'gulei_ramp',
  'project_completion',
  'property_sales',
  'consumption',
  'consumer_prices',
  'producer_prices',
  'new_firms',
] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

/** One driver: its plan value, default uncertainty, slider bounds, units and names. */
export interface DriverDef {
  id: DriverId;
  nameZh: string;
  nameEn: string;
  /** What the number measures, in planners' words (en). */
  measure: string;
  unit: string;
  unitEn: string;
  kind: 'rate' | 'level';
  /** The value the plan implies; every indicator equals its target when all drivers sit here. */
  plan: number;
  /**
   * Where the plan value comes from (the report, or an assumption with its reason), in Chinese
   * and in English: the same facts in both; the report's own words stay Chinese in both.
   */
  planSourceZh: string;
  planSourceEn: string;
  planAssumption?: true;
  /** Default standard deviation of the driver's outcome, in `unit` (an assumption). */
  sd: number;
  sdRationale: string;
  /** Slider bounds; sampled values are clamped to them. */
  min: number;
  max: number;
  /** Slider step for the UI. */
  step: number;
}

export const DRIVERS: readonly DriverDef[] = [
  {
    id: 'external_demand',
    nameZh: '外部需求（出口增速）',
    nameEn: 'External demand (export growth)',
    measure: 'growth of exports in current prices',
    unit: '%',
    unitEn: '%',
    kind: 'rate',
    plan: 8,
    planSourceZh: '报告：出口总额增长8%',
    planSourceEn: 'report: 出口总额增长8%',
    sd: 5,
    sdRationale:
      'assumption: export growth swings widely with world orders; ±5 pp is one typical year-to-year surprise',
    min: -30,
    max: 40,
    step: 0.5,
  },
  {
    id: 'gulei_ramp',
    nameZh: '古雷石化基地工业产值',
    nameEn: 'Gulei ramp-up (industrial output)',
    measure: 'industrial output of the Gulei petrochemical base',
    unit: '亿元',
    unitEn: '100m yuan',
    kind: 'level',
    plan: 1000,
    planSourceZh: '报告：确保实现工业产值超1千亿元',
    planSourceEn: 'report: 确保实现工业产值超1千亿元',
    sd: 100,
    sdRationale:
      'assumption: a ±10 % spread for a base still ramping up new units, with oil-price swings',
    min: 400,
    max: 1600,
    step: 10,
  },
  {
    id: 'project_completion',
    nameZh: '重点项目投资完成率',
    nameEn: 'Key-project investment completion',
    measure: 'key-project investment completed, % of the 2100 亿元 plan',
    unit: '% of plan',
    unitEn: '% of plan',
    kind: 'rate',
    plan: 100,
    planSourceZh: '报告：重点项目完成投资2100亿元以上（100% = 2100亿元）',
    planSourceEn: 'report: 重点项目完成投资2100亿元以上 (100 % = 2100 亿元)',
    sd: 8,
    sdRationale:
      'assumption: completion rates of large project lists typically land within a few percent of plan, with slippage risk',
    min: 50,
    max: 130,
    step: 1,
  },
  {
    id: 'property_sales',
    nameZh: '商品房销售面积',
    nameEn: 'Commercial housing sales',
    measure: 'floor area of commercial housing sold',
    unit: '万平方米',
    unitEn: '10k m²',
    kind: 'level',
    plan: 620,
    planSourceZh: '报告：销售商品房620万平方米以上',
    planSourceEn: 'report: 销售商品房620万平方米以上',
    sd: 80,
    sdRationale:
      'assumption: the 2023 property market was fragile; ±13 % is a judgement, not a statistic',
    min: 200,
    max: 1000,
    step: 5,
  },
  {
    id: 'consumption',
    nameZh: '消费（社会消费品零售总额增速）',
    nameEn: 'Consumption (retail sales growth)',
    measure: 'growth of retail sales of consumer goods in current prices',
    unit: '%',
    unitEn: '%',
    kind: 'rate',
    plan: 10,
    planSourceZh: '报告：社会消费品零售总额增长10%',
    planSourceEn: 'report: 社会消费品零售总额增长10%',
    sd: 3,
    sdRationale: 'assumption: the post-pandemic rebound made 2023 consumption unusually uncertain',
    min: -15,
    max: 30,
    step: 0.5,
  },
  {
    id: 'consumer_prices',
    nameZh: '居民消费价格（CPI涨幅）',
    nameEn: 'Consumer prices (CPI)',
    measure: 'CPI change year on year (urban districts)',
    unit: '%',
    unitEn: '%',
    kind: 'rate',
    plan: 3,
    planSourceZh: '报告：居民消费价格指数（市辖区）涨幅控制在3%左右',
    planSourceEn: 'report: 居民消费价格指数（市辖区）涨幅控制在3%左右',
    sd: 1,
    sdRationale:
      'assumption: a cap of 3 % is set with room; ±1 pp covers ordinary food and energy swings',
    min: -3,
    max: 10,
    step: 0.1,
  },
  {
    id: 'producer_prices',
    nameZh: '工业生产者出厂价格（PPI涨幅）',
    nameEn: 'Producer prices (PPI)',
    measure: 'PPI change year on year',
    unit: '%',
    unitEn: '%',
    kind: 'rate',
    plan: 0,
    planSourceZh: '假设：报告未设PPI数值；取0，即视为计划假定工业生产者出厂价格持平',
    planSourceEn:
      'assumption: the report sets no PPI figure; 0 reads the plan as assuming flat producer prices',
    planAssumption: true,
    sd: 4,
    sdRationale:
      'assumption: producer prices follow oil and metals, which move several points a year',
    min: -15,
    max: 15,
    step: 0.5,
  },
  {
    id: 'new_firms',
    nameZh: '新增规模以上工业企业',
    nameEn: 'New above-scale industrial firms',
    measure: 'firms newly entering the 规上 industry scope',
    unit: '家',
    unitEn: 'firms',
    kind: 'level',
    plan: 200,
    planSourceZh: '报告：新增新上规模工业企业200家以上',
    planSourceEn: 'report: 新增新上规模工业企业200家以上',
    sd: 30,
    sdRationale: 'assumption: ±15 % around the plan count',
    min: 0,
    max: 500,
    step: 5,
  },
];

/** Look up a driver definition by id. */
export function driverDef(id: DriverId): DriverDef {
  const d = DRIVERS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown driver ${id}`);
  return d;
}

/** True when `id` names a driver. */
export function isDriverId(id: string): id is DriverId {
  return (DRIVER_IDS as readonly string[]).includes(id);
}

/**
 * The driver's deviation from plan in link units: pp for `rate` drivers, % of plan for `level`
 * drivers. Level drivers with a zero plan are impossible by construction (all plans are > 0).
 */
export function driverDeviation(def: Pick<DriverDef, 'kind' | 'plan'>, value: number): number {
  return def.kind === 'rate' ? value - def.plan : (100 * (value - def.plan)) / def.plan;
}
