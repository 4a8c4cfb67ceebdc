import { describe, expect, it } from 'vitest';
import { OUTPUTS } from '../../src/model/outputs';
import { defaultScenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import type { OutputResult } from '../../src/model/result-types';
import { dashboardCard, dashboardCards } from '../../src/ui/workbench/dashboard-cards';
import {
  formatDriverValue,
  formatGap,
  formatOutputTarget,
  formatOutputValue,
  formatPathCount,
} from '../../src/ui/workbench/format';
import { DRIVERS } from '../../src/model/drivers';

const result = simulate({ scenario: { ...defaultScenario(), paths: 4096 } });
const out = (id: string): OutputResult => {
  const o = result.outputs.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};
/** The same output with chosen numbers, to pin the text exactly. */
const pinned = (id: string, pMeet: number, median: number): OutputResult => {
  const o = structuredClone(out(id));
  o.annual.pMeet = pMeet;
  o.annual.percentiles.p50 = median;
  return o;
};

describe('dashboard cards', () => {
  it('GDP: probability, band word, median, target and gap in 个百分点', () => {
    const c = dashboardCard('gdp', pinned('gdp', 0.734, 6.12), 'zh-CN');
    expect(c.probabilityText).toBe('73%');
    expect(c.band).toBe(2);
    expect(c.bandText).toBe('很可能实现');
    expect(c.medianText).toBe('6.1%');
    expect(c.targetText).toBe('≥6.5%');
    expect(c.gapText).toBe('−0.4个百分点');
    expect(c.basis).toBe('可比价');
    expect(c.label).toContain('地区生产总值');
  });

  it('in English: "pp" and the words of the bands', () => {
    const c = dashboardCard('gdp', pinned('gdp', 0.25, 7.3), 'en');
    expect([c.name, c.probabilityText, c.bandText, c.gapText]).toEqual([
      'GDP',
      '25%',
      'Unlikely',
      '+0.8 pp',
    ]);
    expect(c.band).toBe(0);
  });

  it('the CPI cap reads ≤3%左右', () => {
    expect(dashboardCard('cpi', out('cpi'), 'zh-CN').targetText).toBe('≤3%左右');
    expect(dashboardCard('cpi', out('cpi'), 'en').targetText).toBe('≤ about 3%');
  });

  it('level targets in their own units: 亿元, 万平方米, 家, 万人', () => {
    expect(
      dashboardCard(
        'projects.key_investment',
        pinned('projects.key_investment', 0.5, 2065.4),
        'zh-CN',
      ),
    ).toMatchObject({
      medianText: '2,065亿元',
      targetText: '≥2,100亿元',
      gapText: '−35亿元',
    });
    expect(
      dashboardCard('property.sales', pinned('property.sales', 0.5, 600), 'zh-CN'),
    ).toMatchObject({
      medianText: '600万平方米',
      gapText: '−20万平方米',
    });
    expect(
      dashboardCard('property.sales', pinned('property.sales', 0.5, 600), 'en').medianText,
    ).toBe('6.00 million m²');
    expect(
      dashboardCard('industry.new_firms', pinned('industry.new_firms', 0.5, 203), 'zh-CN').gapText,
    ).toBe('+3家');
    expect(
      dashboardCard('jobs.new_urban', pinned('jobs.new_urban', 0.5, 4.05), 'zh-CN').medianText,
    ).toBe('4.05万人');
    expect(
      dashboardCard('jobs.new_urban', pinned('jobs.new_urban', 0.5, 4.05), 'en').medianText,
    ).toBe('40,500 people');
  });

  it('no result, or a non-finite number, reads "—", never NaN', () => {
    const broken = pinned('gdp', Number.NaN, Number.POSITIVE_INFINITY);
    for (const c of [dashboardCard('gdp', null, 'zh-CN'), dashboardCard('gdp', broken, 'zh-CN')]) {
      expect(c.probabilityText).toBe('—');
      expect(c.medianText).toBe('—');
      expect(c.gapText).toBe('—');
      expect(c.band).toBe(-1);
      expect(JSON.stringify(c)).not.toContain('NaN');
    }
  });

  it('every output of a real result makes a card, headline targets first, no NaN anywhere', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const cards = dashboardCards(result, lang);
      expect(cards.map((c) => c.id)).toEqual(OUTPUTS.map((o) => o.id));
      expect(cards.slice(0, 10).every((c) => c.group === 'headline')).toBe(true);
      expect(JSON.stringify(cards)).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(dashboardCards(null, 'zh-CN')).toHaveLength(OUTPUTS.length);
  });
});

describe('workbench number formats', () => {
  it('path counts say coarse or final', () => {
    expect(formatPathCount(2048, 10_000, false, 'zh-CN')).toBe('2,048 条路径（粗算）');
    expect(formatPathCount(10_000, 10_000, true, 'zh-CN')).toBe('10,000 条路径');
    expect(formatPathCount(2048, 10_000, false, 'en')).toBe('2,048 paths (coarse)');
    expect(formatPathCount(2048, 1_000_000, false, 'zh-CN', true)).toBe(
      '2,048 条路径（已取消，未完成 1,000,000 条）',
    );
  });

  it('driver values in the driver’s own unit', () => {
    const d = (id: string) => DRIVERS.find((x) => x.id === id)!;
    expect(formatDriverValue(8, d('external_demand'), 'zh-CN')).toBe('8.0%');
    expect(formatDriverValue(1000, d('gulei_ramp'), 'zh-CN')).toBe('1,000亿元');
    expect(formatDriverValue(1000, d('gulei_ramp'), 'en')).toBe('1,000 100m yuan');
    expect(formatDriverValue(92, d('project_completion'), 'zh-CN')).toBe('92%');
    expect(formatDriverValue(92, d('project_completion'), 'en')).toBe('92% of plan');
    expect(formatDriverValue(Number.NaN, d('new_firms'), 'en')).toBe('—');
  });

  it('values, gaps and targets by output', () => {
    const gdp = OUTPUTS[0]!;
    expect(formatOutputValue(6.54, gdp, 'zh-CN')).toBe('6.5%');
    expect(formatGap(0, gdp, 'zh-CN')).toBe('0.0个百分点');
    expect(formatOutputTarget(gdp, 'en')).toBe('≥6.5%');
  });
});
