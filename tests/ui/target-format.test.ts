import { describe, expect, it } from 'vitest';
import { getTarget, type Target } from '../../src/data/index.ts';
import {
  baselineText,
  formatQuantity,
  formatTargetValue,
  nonNumericText,
  strengthLabel,
} from '../../src/ui/plan/target-format';
import { loadPlan } from './plan-fixture';

const data = loadPlan();
const target = (id: string): Target => {
  const t = getTarget(data, id);
  if (!t) throw new Error(`no target ${id}`);
  return t;
};

describe('targets read the way the report writes them', () => {
  it('an unqualified growth rate is just the rate (地区生产总值增长6.5%)', () => {
    expect(formatTargetValue(target('headline.gdp'), 'zh-CN')).toBe('6.5%');
    expect(formatTargetValue(target('headline.gdp'), 'en')).toBe('6.5%');
    expect(formatTargetValue(target('headline.retail'), 'zh-CN')).toBe('10%');
  });

  it('超 for ">" and 以上 for "≥", in 亿元 and in 万人', () => {
    expect(formatTargetValue(target('gulei.output'), 'zh-CN')).toBe('超1,000亿元');
    expect(formatTargetValue(target('gulei.output'), 'en')).toBe('over 100.0 bn yuan');
    expect(formatTargetValue(target('jobs.new_urban'), 'zh-CN')).toBe('4万人以上');
    expect(formatTargetValue(target('jobs.new_urban'), 'en')).toBe('at least 40,000 people');
  });

  it('控制在…左右 for the CPI cap', () => {
    expect(formatTargetValue(target('headline.cpi'), 'zh-CN')).toBe('控制在3%左右');
    expect(formatTargetValue(target('headline.cpi'), 'en')).toBe('held to about 3%');
  });

  it('a range is printed as a range, without 以上', () => {
    expect(formatTargetValue(target('services.platform_firms'), 'zh-CN')).toBe('2–3家');
    expect(formatTargetValue(target('services.platform_firms'), 'en')).toBe('2–3 firms');
  });

  it('milestones and qualitative commitments have no value', () => {
    expect(formatTargetValue(target('gulei.refinery_phase2_start'), 'zh-CN')).toBeNull();
    expect(formatTargetValue(target('headline.energy_saving'), 'en')).toBeNull();
  });

  it('milestones show their step as printed in Chinese, and "Milestone" in English', () => {
    const start = target('gulei.refinery_phase2_start');
    expect(nonNumericText(start, 'zh-CN')).toBe(`节点：${start.milestone_zh ?? '?'}`);
    expect(nonNumericText(start, 'en')).toBe('Milestone');
    expect(nonNumericText(target('headline.energy_saving'), 'zh-CN')).toBe('定性承诺');
  });

  it('every numeric target formats to text that contains its value', () => {
    for (const t of data.targets) {
      if (t.value === null) continue;
      const zh = formatTargetValue(t, 'zh-CN') ?? '';
      expect(zh.replace(/,/g, ''), t.id).toContain(String(t.value));
      expect(formatTargetValue(t, 'en'), t.id).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('quantities in 万 units convert to whole units in English', () => {
    expect(formatQuantity(120, '万平方米', 'en')).toBe('1,200,000 m²');
    expect(formatQuantity(42, '万吨', 'zh-CN')).toBe('42万吨');
  });
});

describe('the 2022 figure beside a target', () => {
  it('uses the review figure where the target has one', () => {
    expect(baselineText(data, target('jobs.new_urban'), 'zh-CN')).toMatchObject({
      status: 'value',
      text: '45,178人',
    });
  });

  it('says "not entered" for a missing 2022 level, never a number', () => {
    const b = baselineText(data, target('headline.gdp'), 'zh-CN');
    expect(b).toMatchObject({ status: 'not-entered', text: '未录入' });
    expect(baselineText(data, target('headline.gdp'), 'en')?.text).toBe('not entered');
  });

  it('is null where there is neither', () => {
    expect(baselineText(data, target('gulei.output'), 'zh-CN')).toBeNull();
  });
});

describe('strength', () => {
  it('shows the word as printed in Chinese and the category in English', () => {
    expect(strengthLabel(target('gulei.output'), 'zh-CN')).toBe('确保');
    expect(strengthLabel(target('gulei.output'), 'en')).toBe('Commitment');
    expect(strengthLabel(target('headline.gdp'), 'zh-CN')).toBe('预期');
  });
});
