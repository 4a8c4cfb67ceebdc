import { describe, expect, it } from 'vitest';
import { DRIVERS } from '../../src/model/drivers';

// Each driver's plan source is shown as a tooltip in the interface's language: the Chinese note
// must read as Chinese (no English sentence words), the English one as English, with the same
// facts (the report's own words, quoted in Chinese in both).
const HAN = /[\u3400-\u9fff]/;
/** Latin words that Chinese text writes in Latin letters too. */
const NEUTRAL = new Set(['PPI', 'CPI', 'GDP']);

describe('driver plan sources', () => {
  it('every driver has a Chinese and an English note', () => {
    for (const d of DRIVERS) {
      expect(d.planSourceZh.trim(), d.id).not.toBe('');
      expect(d.planSourceEn.trim(), d.id).not.toBe('');
    }
  });

  it('the Chinese note is Chinese: no English words such as "report" or "assumption"', () => {
    for (const d of DRIVERS) {
      expect(d.planSourceZh, d.id).toMatch(HAN);
      expect(d.planSourceZh, d.id).not.toMatch(/report|assumption/i);
      const words = (d.planSourceZh.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !NEUTRAL.has(w));
      expect(words, d.id).toEqual([]);
    }
  });

  it('both notes say the same kind of source: the report, or an assumption', () => {
    for (const d of DRIVERS) {
      const assumed = d.planAssumption === true;
      expect(d.planSourceZh.startsWith(assumed ? '假设：' : '报告：'), d.id).toBe(true);
      expect(d.planSourceEn.startsWith(assumed ? 'assumption: ' : 'report: '), d.id).toBe(true);
    }
  });

  it('the report is quoted with the same words and numbers in both', () => {
    for (const d of DRIVERS) {
      const han = (s: string): string[] => s.match(/[\u3400-\u9fff]+/g) ?? [];
      const numbers = (s: string): string[] => s.match(/\d+(\.\d+)?/g) ?? [];
      if (d.planAssumption) {
        expect(numbers(d.planSourceZh), d.id).toEqual(numbers(d.planSourceEn));
        continue;
      }
      expect(han(d.planSourceZh).join(''), d.id).toBe(`报告${han(d.planSourceEn).join('')}`);
      expect(numbers(d.planSourceZh), d.id).toEqual(numbers(d.planSourceEn));
    }
  });
});
