import { describe, expect, it } from 'vitest';
import {
  formatYuan,
  joinClauses,
  joinList,
  joinPhrases,
  lead,
  ledSentence,
  parenthesised,
  withNote,
} from '../../src/i18n/format';

describe('text around numbers and names, the Chinese way and the English way', () => {
  it('lists with the enumeration comma in Chinese', () => {
    expect(joinList(['芗城区', '龙文区'], 'zh-CN')).toBe('芗城区、龙文区');
    expect(joinList(['Xiangcheng', 'Longwen'], 'en')).toBe('Xiangcheng, Longwen');
    expect(joinList([], 'zh-CN')).toBe('');
  });

  it('separates phrases with figures with a full-width comma in Chinese', () => {
    expect(joinPhrases(['1–3月 5.2%', '1–6月 5.5%'], 'zh-CN')).toBe('1–3月 5.2%，1–6月 5.5%');
    expect(joinPhrases(['Jan–Mar 5.2%', 'Jan–Jun 5.5%'], 'en')).toBe('Jan–Mar 5.2%, Jan–Jun 5.5%');
  });

  it('separates clauses with a full-width semicolon in Chinese', () => {
    expect(joinClauses(['出口 8%', 'CPI 3%'], 'zh-CN')).toBe('出口 8%；CPI 3%');
    expect(joinClauses(['exports 8%', 'CPI 3%'], 'en')).toBe('exports 8%; CPI 3%');
  });

  it('puts notes in full-width brackets in Chinese', () => {
    expect(withNote('食品', '完全匹配', 'zh-CN')).toBe('食品（完全匹配）');
    expect(withNote('Food', 'exact', 'en')).toBe('Food (exact)');
  });

  it('writes a note on its own in full-width brackets, and a leading label with a full-width colon', () => {
    expect(parenthesised('亿元', 'zh-CN')).toBe('（亿元）');
    expect(parenthesised('bn yuan', 'en')).toBe(' (bn yuan)');
    expect(lead('导出', 'zh-CN')).toBe('导出：');
    expect(lead('Export', 'en')).toBe('Export: ');
  });

  it('leads a sentence with a full-width colon and ends it with 。 in Chinese', () => {
    expect(ledSentence('地区生产总值', '差距缩小', 'zh-CN')).toBe('地区生产总值：差距缩小。');
    expect(ledSentence('GDP', 'the gap narrows', 'en')).toBe('GDP: the gap narrows.');
  });

  it('writes yuan amounts whole, with separators', () => {
    expect(formatYuan(56789.4, 'zh-CN')).toBe('56,789元');
    expect(formatYuan(56789.6, 'en')).toBe('56,790 yuan');
    expect(formatYuan(Number.NaN, 'en')).toBe('—');
  });
});
