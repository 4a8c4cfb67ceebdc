// Every quote in geodata/plan/ occurs in the report, and every number of the report is
// covered: each figure of the 2022 review by an actual, each figure of the 2023 part by a
// target, except a short, explicit list of numbers that are names or labels, not quantities.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  REPORT_COPY_FILE,
  collectReportQuotes,
  findMissingQuotes,
  loadPlanData,
  normaliseForQuote,
  type PlanData,
} from '../../src/data/index.ts';

const planDir = fileURLToPath(new URL('../../geodata/plan/', import.meta.url));
const report = readFileSync(join(planDir, REPORT_COPY_FILE), 'utf8');
const text = normaliseForQuote(report);
const START_2023 = '二、全力做好2023年工作';

let data: PlanData;
beforeAll(async () => {
  const result = await loadPlanData((f) => readFileSync(join(planDir, f), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  data = result.data;
});

/** [start, end) spans of every occurrence of the quotes in the normalised report. */
function coveredSpans(quotes: string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const q of quotes.map(normaliseForQuote)) {
    for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1))
      spans.push([at, at + q.length]);
  }
  return spans;
}

/** Digit runs (with decimals) in text[from, to) that no span covers and no allowed phrase explains. */
function uncoveredNumbers(
  from: number,
  to: number,
  spans: [number, number][],
  allowed: string[],
): string[] {
  const allowedSpans = coveredSpans(allowed);
  const out: string[] = [];
  const re = /\d+(?:\.\d+)?/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = (s: [number, number]) => s[0] <= start && end <= s[1];
    if (!spans.some(inside) && !allowedSpans.some(inside)) out.push(text.slice(start - 8, end + 8));
  }
  return out;
}

describe('the report copy', () => {
  it('is the unmodified shared source (SHA-256 recorded in source/README.md)', () => {
    const hash = createHash('sha256')
      .update(readFileSync(join(planDir, REPORT_COPY_FILE)))
      .digest('hex');
    expect(hash).toBe('40c2accb7910a8bb0ce523ffca0fbaff5a41351a29b1e0c6d2cbb03b0ae18f97');
  });
});

describe('quotes', () => {
  it('every quote (targets, actuals, county plans, zones, projects, headings) occurs in the report', () => {
    expect(collectReportQuotes(data).length).toBeGreaterThan(200);
    expect(findMissingQuotes(data, report)).toEqual([]);
  });

  it('detects a quote that is not in the report', () => {
    const copy = structuredClone(data);
    const first = copy.targets[0];
    if (!first) throw new Error('empty register');
    first.source.quote = '地区生产总值增长7%';
    expect(findMissingQuotes(copy, report)).toEqual([
      { where: 'targets[0] (id "headline.gdp")', quote: '地区生产总值增长7%' },
    ]);
  });

  it('matches across the report’s line breaks', () => {
    // In the report this phrase is split over two lines: "…投资2100\n亿元以上".
    expect(report).not.toContain('完成投资2100亿元以上');
    expect(text).toContain(normaliseForQuote('完成投资2100亿元以上'));
  });
});

describe('completeness: every number of the report is in the data', () => {
  it('covers every figure of the 2022 review with an actual', () => {
    const end = text.indexOf(START_2023);
    expect(end).toBeGreaterThan(0);
    const spans = coveredSpans(data.actuals.map((a) => a.source.quote));
    // 新时代110 is the name of a police reform, not a quantity.
    expect(uncoveredNumbers(0, end, spans, ['“新时代110警务机制改革创新”'])).toEqual([]);
  });

  it('covers every figure of the 2023 part with a target', () => {
    const start = text.indexOf(START_2023);
    const spans = coveredSpans(data.targets.map((x) => x.source.quote));
    // Numbers that are names, versions or definitions, not targets (docs/data.md lists them).
    const labels = [
      '二、全力做好2023年工作',
      '2023年是全面贯彻落实党的二十大精神',
      '2.0平台',
      '全市“9+5”和县区“3+X”产业',
      '“一企一策”壮大全市工业50强',
      '国道G228线',
      '大力发展“3+X”产业',
      '“5G＋光网”',
      '“1+N”',
      '“1122”工程',
      'PM2.5',
      '60岁以上老年人',
    ];
    expect(uncoveredNumbers(start, text.length, spans, labels)).toEqual([]);
  });
});
