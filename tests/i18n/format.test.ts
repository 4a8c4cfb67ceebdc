import { describe, expect, it } from 'vitest';
import {
  formatArea,
  formatCount,
  formatPercent,
  formatPoints,
  formatProbability,
  formatYi,
  formatYtdPeriod,
} from '../../src/i18n/format';

describe('number formats', () => {
  it('writes growth rates and gaps the Chinese way', () => {
    expect(formatPercent(6.5, 'zh-CN')).toBe('6.5%');
    expect(formatPercent(6.5, 'zh-CN', 1, true)).toBe('+6.5%');
    expect(formatPoints(-0.84, 'zh-CN')).toBe('−0.8个百分点');
    expect(formatPoints(1.2, 'en')).toBe('+1.2 pp');
  });

  it('writes money in 亿元, and in billions in English', () => {
    expect(formatYi(2100, 'zh-CN')).toBe('2,100亿元');
    expect(formatYi(2100, 'en')).toBe('210.0 bn yuan');
  });

  it('writes large counts with 万', () => {
    expect(formatCount(45178, 'zh-CN', '人', 'people')).toBe('4.52万人');
    expect(formatCount(200, 'zh-CN', '家', 'firms')).toBe('200家');
    expect(formatCount(45178, 'en', '人', 'people')).toBe('45,178 people');
  });

  it('labels cumulative year-to-date periods', () => {
    expect([1, 2, 3, 4].map((q) => formatYtdPeriod(q as 1 | 2 | 3 | 4, 'zh-CN'))).toEqual([
      '1–3月累计',
      '1–6月累计',
      '1–9月累计',
      '全年',
    ]);
    expect(formatYtdPeriod(2, 'en')).toBe('Jan–Jun YTD');
  });

  it('never prints NaN', () => {
    for (const f of [
      () => formatPercent(NaN, 'zh-CN'),
      () => formatPoints(Infinity, 'en'),
      () => formatYi(NaN, 'en'),
      () => formatArea(NaN, 'zh-CN'),
      () => formatProbability(NaN, 'zh-CN'),
    ]) {
      expect(f()).toBe('—');
    }
  });

  it('clamps probabilities to 0–100%', () => {
    expect(formatProbability(1.2, 'zh-CN')).toBe('100%');
    expect(formatProbability(0.734, 'en')).toBe('73%');
  });
});
