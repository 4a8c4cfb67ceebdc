import { describe, expect, it } from 'vitest';
import {
  formatArea,
  formatBytes,
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

  it('writes file sizes in decimal units, bytes in words', () => {
    expect(formatBytes(0, 'zh-CN')).toBe('0字节');
    expect(formatBytes(512, 'zh-CN')).toBe('512字节');
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(1_000, 'en')).toBe('1 KB');
    expect(formatBytes(13_273, 'zh-CN')).toBe('13.3 KB');
    expect(formatBytes(1_000_000, 'zh-CN')).toBe('1 MB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(1_234_567, 'en', 3)).toBe('1.235 MB');
    expect(formatBytes(524_288_000, 'zh-CN')).toBe('524.3 MB');
    expect(formatBytes(999_999, 'en')).toBe('1 MB');
    expect(formatBytes(2_500_000_000, 'en')).toBe('2.5 GB');
    expect(formatBytes(NaN, 'en')).toBe('—');
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
