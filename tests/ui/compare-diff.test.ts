import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRIVERS, DRIVER_IDS, type DriverId } from '../../src/model/drivers';
import { PRESETS } from '../../src/model/presets';
import { changedDrivers, defaultScenario, type Scenario } from '../../src/model/scenario';
import { describeDiff, type DiffNames } from '../../src/ui/compare/diff-text';
import { changedDriverIds, scenarioDiff } from '../../src/ui/compare/scenario-diff';

const NAMES: DiffNames = {
  county: (c, lang) => (c === '350623' ? (lang === 'en' ? 'Zhangpu County' : '漳浦县') : c),
  industry: (id, lang) => (id === 'food' ? (lang === 'en' ? 'Food' : '食品') : id),
};
const preset = (id: string): Scenario => PRESETS.find((p) => p.id === id)!.scenario;
const lines = (a: Scenario, b: Scenario, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  scenarioDiff(a, b).map((i) => {
    const l = describeDiff(i, lang, NAMES);
    return `${l.label} ${l.change}`;
  });

describe('the what-changed diff', () => {
  it('lists exactly the drivers that differ, readably', () => {
    const base = preset('baseline');
    expect(scenarioDiff(base, base)).toEqual([]);
    expect(lines(base, preset('external_downturn'))).toEqual([
      '外部需求（出口增速） 8% → 3%（−5个百分点）',
    ]);
    expect(lines(base, preset('external_downturn'), 'en')).toEqual([
      'External demand (export growth) 8% → 3% (−5 pp)',
    ]);
    expect(lines(base, preset('gulei_fast'))).toEqual([
      '古雷石化基地工业产值 1,000亿元 → 1,150亿元（+15.0%）',
    ]);
    expect(lines(base, preset('property_slump'))).toEqual([
      '重点项目投资完成率 100% → 92%（−8个百分点）',
      '商品房销售面积 620万平方米 → 480万平方米（−22.6%）',
    ]);
    expect(lines(preset('property_slump'), preset('consumption_rebound'), 'en')).toEqual([
      'Key-project investment completion 92% → 100% (+8 pp)',
      'Commercial housing sales 4.8 million m² → 6.2 million m² (+29.2%)',
      'Consumption (retail sales growth) 10% → 12% (+2 pp)',
      'Consumer prices (CPI) 3% → 2.5% (−0.5 pp)',
    ]);
  });

  it('does not count a driver written out at its plan value, and reports sd changes apart', () => {
    const a = defaultScenario();
    const b: Scenario = {
      ...a,
      seed: 7,
      paths: 20_000,
      name: 'other',
      drivers: { external_demand: { value: 8 }, new_firms: { sd: 40 } },
    };
    expect(lines(a, b)).toEqual(['新增规模以上工业企业的不确定性（标准差） 30家 → 40家']);
  });

  it('lists parameters, actuals and county assumptions that differ, and nothing else', () => {
    const a = defaultScenario();
    const b: Scenario = {
      ...a,
      parameters: {
        'quarter_weights.gdp': [0.22, 0.24, 0.25, 0.29],
        'share.primary': 0.101, // default written out: not a change
        'exposure.food.external_demand': 1.3, // default exposure: not a change
        'exposure.food.gulei_ramp': 2,
      },
      actuals: { gdp: [5.2, 5.5] },
      counties: { growth: { '350623': { gdp: 8 } }, industries: { '350623': ['food'] } },
    };
    const kinds = scenarioDiff(a, b).map((i) => i.kind);
    expect(kinds).toEqual([
      'parameter',
      'parameter',
      'actual',
      'county-growth',
      'county-industries',
    ]);
    const text = lines(a, b);
    expect(text).toContain(
      '地区生产总值：季度权重 0.25 / 0.25 / 0.25 / 0.25 → 0.22 / 0.24 / 0.25 / 0.29',
    );
    expect(text).toContain('exposure.food.gulei_ramp 1 → 2');
    expect(text).toContain('地区生产总值：已公布累计数 无 → 1–3月 5.2%，1–6月 5.5%');
    expect(text).toContain('漳浦县：地区生产总值增长 随全市目标（6.5%） → 8%（+1.5个百分点）');
    expect(text).toContain('漳浦县：产业 按规划 → 食品');
  });

  it('agrees with the engine’s changedDrivers for any pair of driver settings', () => {
    const setting = (id: DriverId) => {
      const d = DRIVERS.find((x) => x.id === id)!;
      return fc.record(
        {
          value: fc.constantFrom(d.plan, d.min, d.max, (d.plan + d.max) / 2),
          sd: fc.constantFrom(d.sd, 0, d.sd * 2),
        },
        { requiredKeys: [] },
      );
    };
    const drivers = fc.record(
      Object.fromEntries(DRIVER_IDS.map((id) => [id, setting(id)])) as Record<
        DriverId,
        ReturnType<typeof setting>
      >,
      { requiredKeys: [] },
    );
    let runs = 0;
    fc.assert(
      fc.property(drivers, drivers, (da, db) => {
        runs += 1;
        const a = { ...defaultScenario(), drivers: da };
        const b = { ...defaultScenario(), drivers: db };
        const items = scenarioDiff(a, b);
        expect(changedDriverIds(items)).toEqual(changedDrivers(a, b).map((c) => c.id));
        expect(items.every((i) => i.kind === 'driver')).toBe(true);
        for (const i of items)
          expect(describeDiff(i, 'zh-CN', NAMES).change).not.toMatch(/NaN|undefined/);
      }),
      { numRuns: 1000 },
    );
    expect(runs).toBe(1000);
  });
});
