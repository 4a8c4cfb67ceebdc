import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyBaseline } from '../../src/state/baseline-kind';
import { parseBaselineCsv } from '../../src/state/baseline-csv';
import { withLevel } from '../../src/state/baseline-rules';
import { formatCsvIssue } from '../../src/ui/baseline/csv-messages';
import { projectedLevelText } from '../../src/ui/baseline/projected-level';

const NOW = '2024-05-01T08:00:00.000Z';

describe('CSV problems in words', () => {
  it('name the row and the column as the spreadsheet shows them, in both languages', () => {
    const r = parseBaselineCsv('代码,名称,数值\ngdp_2022,地区生产总值,五千\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatCsvIssue(r.issues[0]!, 'zh-CN')).toBe('第2行，“数值”列（C列）：“五千”不是数字。');
    expect(formatCsvIssue(r.issues[0]!, 'en')).toBe(
      'Row 2, column “数值” (C): “五千” is not a number.',
    );
    const cut = parseBaselineCsv('id,value\n"gdp_2022,5\n');
    if (cut.ok) throw new Error('accepted');
    expect(formatCsvIssue(cut.issues[0]!, 'zh-CN')).toBe('第2行：引号未闭合（文件可能被截断）。');
  });

  it('say which limit a file passed, written as numbers are everywhere else', () => {
    const rows = parseBaselineCsv(`id,value\n${'gdp_2022,1\n'.repeat(2001)}`);
    if (rows.ok) throw new Error('accepted');
    expect(formatCsvIssue(rows.issues[0]!, 'zh-CN')).toBe('第2001行：行数过多（最多2,000行）。');
    expect(formatCsvIssue(rows.issues[0]!, 'en')).toBe('Row 2001: Too many rows (at most 2,000).');
    const chars = parseBaselineCsv(`id,value\n${'x'.repeat(1_000_001)}`);
    if (chars.ok) throw new Error('accepted');
    expect(formatCsvIssue(chars.issues[0]!, 'zh-CN')).toBe('文件过大（最多1,000,000个字符）。');
  });

  it('every generated problem reads as a sentence without placeholders left over', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.constantFrom('gdp_2022', '350602', 'x', 'abc', '12', '-1', '万元', '猜', '"', ''),
            { maxLength: 6 },
          ),
          { maxLength: 8 },
        ),
        (rows) => {
          runs += 1;
          const r = parseBaselineCsv(
            ['代码,数值,单位,标注', ...rows.map((x) => x.join(','))].join('\n'),
          );
          if (r.ok) return;
          for (const i of r.issues)
            for (const lang of ['zh-CN', 'en'] as const)
              expect(formatCsvIssue(i, lang)).not.toMatch(/\{\w+\}|undefined/);
        },
      ),
      { numRuns: 3000 },
    );
    expect(runs).toBe(3000);
  });
});

describe('the dashboard’s 2023 level', () => {
  it('is shown only for an entered level, with its price basis and origin', () => {
    const none = emptyBaseline();
    expect(projectedLevelText('gdp', 6.5, 'zh-CN', none)).toBeNull();
    const gdp = withLevel(none, 'baseline.gdp_2022', {
      value: 5000,
      origin: 'user',
      enteredAt: NOW,
    });
    expect(projectedLevelText('gdp', 6.5, 'zh-CN', gdp)).toBe('2023年约5,325亿元（2022年价）');
    expect(projectedLevelText('gdp', 6.5, 'en', gdp)).toBe('≈ 532.5 bn yuan in 2023 (2022 prices)');
    const retail = withLevel(none, 'baseline.retail_2022', {
      value: 2000,
      origin: 'assumption',
      enteredAt: NOW,
    });
    expect(projectedLevelText('retail', 10, 'zh-CN', retail)).toBe('2023年约2,200亿元（基于假设）');
    const income = withLevel(none, 'baseline.income_urban_2022', {
      value: 50000,
      origin: 'user',
      enteredAt: NOW,
    });
    expect(projectedLevelText('income_urban', 7, 'zh-CN', income)).toBe('2023年约53,500元');
    expect(projectedLevelText('projects.key_investment', 7, 'zh-CN', gdp)).toBeNull();
  });
});
