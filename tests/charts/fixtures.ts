/**
 * Fixed chart inputs for golden and behavioural tests. Numbers are plausible for Zhangzhou's
 * 2023 targets but invented: they test drawing, not the model.
 */
import type { FanChartData, QuarterQuantiles } from '../../src/charts/fan-chart';
import type { MatrixData } from '../../src/charts/matrix';
import type { TornadoSignedData, TornadoSwingData } from '../../src/charts/tornado';

/** Quantiles around a median with a given half-width of the 90% range. */
export function quantiles(median: number, spread90: number, skew = 0): QuarterQuantiles {
  const s = spread90 / 1.645;
  return {
    p5: median - 1.645 * s + skew,
    p10: median - 1.2816 * s + skew / 2,
    p25: median - 0.6745 * s,
    p50: median,
    p75: median + 0.6745 * s,
    p90: median + 1.2816 * s - skew / 2,
    p95: median + 1.645 * s - skew,
    mean: median + skew / 4,
  };
}

export const gdpBase: FanChartData = {
  title: { zh: '地区生产总值增速', en: 'GDP growth' },
  unit: '%',
  target: { value: 6.5, comparator: '≥' },
  scenarios: [
    {
      id: 'base',
      label: { zh: '基准情景', en: 'Baseline' },
      quarters: [
        quantiles(5.4, 2.6),
        quantiles(5.9, 2.1),
        quantiles(6.2, 1.7),
        quantiles(6.6, 1.4),
      ],
    },
  ],
};

export const gdpWithActuals: FanChartData = { ...gdpBase, actuals: [5.1, 5.8, null, null] };

export const gdpCompare: FanChartData = {
  ...gdpBase,
  scenarios: [
    ...gdpBase.scenarios,
    {
      id: 'downturn',
      label: { zh: '外需下滑', en: 'External-demand downturn' },
      quarters: [
        quantiles(4.6, 2.8),
        quantiles(4.9, 2.3),
        quantiles(5.2, 1.9),
        quantiles(5.5, 1.6),
      ],
    },
  ],
};

/** The CPI cap: 居民消费价格指数涨幅控制在3%左右. */
export const cpiCap: FanChartData = {
  title: { zh: '居民消费价格指数涨幅（市辖区）', en: 'CPI inflation (city districts)' },
  unit: '%',
  target: { value: 3, comparator: '≈', attainment: 'at_most' },
  scenarios: [
    {
      id: 'base',
      label: { zh: '基准情景', en: 'Baseline' },
      quarters: [
        quantiles(1.6, 1.2),
        quantiles(1.8, 1.1),
        quantiles(2.0, 1.0),
        quantiles(2.1, 0.9),
      ],
    },
  ],
};

/** Effects on the probability of meeting the GDP target of each driver at −1 / +1 sd. */
export const gdpTornado: TornadoSwingData = {
  mode: 'swing',
  title: {
    zh: '达成地区生产总值目标的概率：敏感性',
    en: 'Probability of meeting the GDP target: sensitivity',
  },
  unit: 'probability',
  base: 0.62,
  drivers: [
    {
      id: 'retail',
      label: { zh: '社会消费品零售总额增速', en: 'Retail sales growth' },
      low: -0.05,
      high: 0.05,
    },
    { id: 'exports', label: { zh: '出口增速', en: 'Export growth' }, low: -0.14, high: 0.11 },
    {
      id: 'fai',
      label: { zh: '固定资产投资增速', en: 'Fixed-asset investment growth' },
      low: -0.08,
      high: 0.08,
    },
    {
      id: 'gulei',
      label: { zh: '古雷石化投产进度', en: 'Gulei petrochemical ramp-up' },
      low: -0.09,
      high: 0.07,
    },
    {
      id: 'property',
      label: { zh: '房地产投资', en: 'Property investment' },
      low: -0.06,
      high: 0.03,
    },
    { id: 'prices', label: { zh: '工业品价格', en: 'Industrial prices' }, low: -0.01, high: -0.03 },
  ],
};

/** Contributions of assumptions to the gap between two scenarios (probability points). */
export const gapTornado: TornadoSignedData = {
  mode: 'signed',
  title: {
    zh: '外需下滑情景与基准情景之差的来源',
    en: 'What explains the gap: downturn vs baseline',
  },
  unit: 'probability',
  base: 0.62,
  baseLabel: { zh: '基准情景', en: 'Baseline' },
  contributions: [
    { id: 'exports', label: { zh: '出口增速', en: 'Export growth' }, value: -0.18 },
    {
      id: 'fai',
      label: { zh: '固定资产投资增速', en: 'Fixed-asset investment growth' },
      value: -0.06,
    },
    {
      id: 'retail',
      label: { zh: '社会消费品零售总额增速', en: 'Retail sales growth' },
      value: 0.02,
    },
    {
      id: 'gulei',
      label: { zh: '古雷石化投产进度', en: 'Gulei petrochemical ramp-up' },
      value: -0.04,
    },
  ],
};

const unit = (id: string, zh: string, en: string, group: string) => ({
  id,
  label: { zh, en },
  group,
});
const industry = (id: string, zh: string, en: string) => ({ id, label: { zh, en } });
const cell = (
  row: string,
  column: string,
  status: 'present' | 'related',
  ...wording: string[]
) => ({
  row,
  column,
  status,
  wording,
});

/** The county industry plans ("3+X"), abridged from the report's 壮大县域经济 paragraph. */
export const industryMatrix: MatrixData = {
  title: { zh: '各县区重点发展产业', en: 'Planned industries by unit' },
  rows: [
    unit('350602', '芗城区', 'Xiangcheng', 'district'),
    unit('350603', '龙文区', 'Longwen', 'district'),
    unit('350604', '龙海区', 'Longhai', 'district'),
    unit('350605', '长泰区', 'Changtai', 'district'),
    unit('350623', '漳浦县', 'Zhangpu', 'county'),
    unit('350622', '云霄县', 'Yunxiao', 'county'),
    unit('350624', '诏安县', 'Zhao’an', 'county'),
    unit('350626', '东山县', 'Dongshan', 'county'),
    unit('350628', '平和县', 'Pinghe', 'county'),
    unit('350627', '南靖县', 'Nanjing', 'county'),
    unit('350629', '华安县', 'Hua’an', 'county'),
  ],
  columns: [
    industry('food', '食品加工', 'Food processing'),
    industry('pharma', '医药', 'Pharmaceuticals'),
    industry('building', '建材家居', 'Building materials and home'),
    industry('energy', '清洁能源', 'Clean energy'),
    industry('materials', '新材料', 'New materials'),
    industry('petrochem', '石油化工', 'Petrochemicals'),
    industry('electronics', '电子信息', 'Electronics and IT'),
    industry('machinery', '机械装备', 'Machinery and equipment'),
    industry('paper', '纸业', 'Paper'),
    industry('wood', '木业家具', 'Wood and furniture'),
    industry('marine', '海洋生物', 'Marine biotech'),
    industry('kids', '婴童文化创意', 'Children’s products and design'),
    industry('tourism', '文旅康养', 'Tourism and wellness'),
    industry('agri', '特色农业', 'Speciality agriculture'),
  ],
  cells: [
    cell('350602', 'electronics', 'related', '新经济产业园'),
    cell('350603', 'electronics', 'related', '新经济产业园'),
    cell('350604', 'energy', 'related', '“零碳”产业园'),
    cell('350623', 'food', 'present', '食品医药'),
    cell('350623', 'pharma', 'present', '食品医药'),
    cell('350623', 'building', 'present', '家居建材'),
    cell('350623', 'energy', 'present', '清洁能源'),
    cell('350623', 'paper', 'present', '绿色纸业'),
    cell('350623', 'petrochem', 'related', '协同古雷发展石化中下游产业'),
    cell('350622', 'energy', 'present', '清洁能源'),
    cell('350622', 'electronics', 'present', '电子信息'),
    cell('350622', 'food', 'present', '食品加工'),
    cell('350624', 'food', 'present', '食品加工'),
    cell('350624', 'kids', 'present', '婴童文化创意'),
    cell('350624', 'marine', 'present', '海洋生物'),
    cell('350624', 'materials', 'related', '新材料新能源'),
    cell('350624', 'energy', 'related', '新材料新能源'),
    cell('350624', 'machinery', 'present', '精密机械制造'),
    cell('350626', 'building', 'present', '建材家居'),
    cell('350626', 'food', 'present', '食品加工'),
    cell('350626', 'energy', 'present', '新能源'),
    cell('350626', 'tourism', 'present', '文旅康养'),
    cell('350628', 'building', 'present', '新型建材'),
    cell('350628', 'wood', 'present', '生态木业'),
    cell('350628', 'food', 'present', '食品加工'),
    cell('350628', 'tourism', 'present', '文旅康养'),
    cell('350628', 'machinery', 'present', '机械制造'),
    cell('350627', 'machinery', 'present', '机械装备'),
    cell('350627', 'electronics', 'present', '电子信息'),
    cell('350627', 'food', 'related', '食品健康'),
    cell('350627', 'energy', 'related', '新能源新材料'),
    cell('350627', 'materials', 'related', '新能源新材料'),
    cell('350627', 'tourism', 'present', '土楼文旅'),
    cell('350629', 'machinery', 'present', '先进装备制造'),
    cell('350629', 'wood', 'related', '智能家具家居'),
    cell('350629', 'building', 'related', '智能家具家居'),
    cell('350629', 'tourism', 'present', '文旅'),
    cell('350629', 'agri', 'present', '特色农业'),
  ],
};
