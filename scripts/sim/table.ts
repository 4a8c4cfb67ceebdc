/**
 * Plain-text tables of a simulation result for the terminal, with Chinese and English names.
 * Column widths count CJK characters as two cells so columns line up.
 */
import type { CountyResult, OutputResult, SimulationResult } from '../../src/model/result-types';

/** Display width of a string: East Asian wide characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

function fmt(x: number, unit: string): string {
  if (unit === '%') return x.toFixed(2);
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);
}

function rows(header: string[], body: string[][]): string {
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[c] ?? ''))),
  );
  const line = (r: string[]): string => r.map((cell, c) => pad(cell, widths[c]!, c > 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function outputRow(o: OutputResult): string[] {
  const a = o.annual;
  const unit = o.unit === '%' ? '%' : o.unit;
  const q = o.quarters.slice(0, 3).map((x) => fmt(x.percentiles.p50, o.unit));
  return [
    `${o.nameZh} ${o.nameEn}`,
    `${o.comparator}${fmt(o.target, o.unit)}${unit === '%' ? '%' : ' ' + unit}`,
    ...q,
    fmt(a.percentiles.p10, o.unit),
    fmt(a.percentiles.p50, o.unit),
    fmt(a.percentiles.p90, o.unit),
    fmt(a.mean, o.unit),
    `${(100 * a.pMeet).toFixed(1)}%`,
    `${(100 * a.shortfall.pAbove[1]).toFixed(1)}%`,
  ];
}

/** The indicator table (and county table when present). */
export function formatResult(r: SimulationResult): string {
  const header = [
    '指标 Indicator',
    '目标 Target',
    '1–3月 P50',
    '1–6月 P50',
    '1–9月 P50',
    '全年 P10',
    '全年 P50',
    '全年 P90',
    '均值 Mean',
    '达标概率 P(meet)',
    'P(shortfall>step2)',
  ];
  const parts = [rows(header, r.outputs.map(outputRow))];
  if (r.aggregates.length > 0) {
    parts.push(
      '由县区加总 Aggregated from counties (user-entered weights)\n' +
        rows(header, r.aggregates.map(outputRow)),
    );
  }
  if (r.counties.length > 0) {
    const ch = [
      '县区 County',
      '指标 Indicator',
      '锚定 Anchor',
      '全年 P10',
      '全年 P50',
      '全年 P90',
      '达到全市目标概率 P(≥ city target)',
    ];
    const body = r.counties.map((c: CountyResult) => [
      `${c.name_zh} ${c.adcode}`,
      c.indicator,
      c.anchor.toFixed(2),
      c.annual.percentiles.p10.toFixed(2),
      c.annual.percentiles.p50.toFixed(2),
      c.annual.percentiles.p90.toFixed(2),
      `${(100 * c.annual.pMeet).toFixed(1)}%`,
    ]);
    parts.push(rows(ch, body));
  }
  return parts.join('\n\n');
}
