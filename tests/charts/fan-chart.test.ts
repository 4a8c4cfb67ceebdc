import { describe, expect, it } from 'vitest';
import { cleanQuantiles } from '../../src/charts/fan-chart-data';
import { layoutFanChart, type FanChartLayout } from '../../src/charts/fan-chart';
import { renderFanChartSvg } from '../../src/charts/fan-chart-svg';
import { tableFanChart } from '../../src/charts/fan-chart-table';
import { cpiCap, gdpBase, gdpCompare, gdpWithActuals, quantiles } from './fixtures';
import { expectGolden } from './golden';
import { expectCleanSvg, expectFiniteNumbers, pathPoints } from './svg-check';

/** The value → pixel mapping of the y axis, recovered from two of its ticks. */
function yOfValue(layout: FanChartLayout, value: number): number {
  const [a, b] = layout.yTicks;
  if (!a || !b) throw new Error('need two ticks');
  const va = Number(a.label.replace(/[^\d.-]/g, ''));
  const vb = Number(b.label.replace(/[^\d.-]/g, ''));
  return a.y + ((value - va) * (b.y - a.y)) / (vb - va);
}

/** For each x of a band path, the [top, bottom] pixel extent of the band there. */
function extentsByX(d: string): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const [x, y] of pathPoints(d)) {
    const e = out.get(x);
    out.set(x, e ? [Math.min(e[0], y), Math.max(e[1], y)] : [y, y]);
  }
  return out;
}

describe('fan chart golden SVGs', () => {
  it('one scenario', () => {
    expectGolden('fan-single', renderFanChartSvg(layoutFanChart(gdpBase)));
  });

  it('one scenario with actuals', () => {
    expectGolden('fan-actuals', renderFanChartSvg(layoutFanChart(gdpWithActuals)));
  });

  it('two scenarios overlaid, in English', () => {
    expectGolden('fan-compare-en', renderFanChartSvg(layoutFanChart(gdpCompare, { lang: 'en' })));
  });

  it('a cap target ("≤3%左右") on the projector', () => {
    expectGolden(
      'fan-cpi-projector',
      renderFanChartSvg(layoutFanChart(cpiCap, { density: 'projector' })),
    );
  });
});

describe('fan chart layout', () => {
  it('nests the bands in pixel space: P5–P95 ⊇ P25–P75 ∋ median at every quarter', () => {
    const layout = layoutFanChart(gdpWithActuals);
    const [band90, band50] = layout.bands;
    const median = layout.lines[0];
    if (!band90 || !band50 || !median) throw new Error('missing marks');
    const outer = extentsByX(band90.d);
    const inner = extentsByX(band50.d);
    const line = pathPoints(median.d);
    expect(line).toHaveLength(4);
    for (const [x, y] of line) {
      const o = outer.get(x);
      const i = inner.get(x);
      if (!o || !i) throw new Error(`no band at x=${x}`);
      // Screen y grows downwards: P95 is the top (smallest y).
      expect(o[0]).toBeLessThanOrEqual(i[0]);
      expect(i[0]).toBeLessThanOrEqual(y);
      expect(y).toBeLessThanOrEqual(i[1]);
      expect(i[1]).toBeLessThanOrEqual(o[1]);
    }
  });

  it('puts each band edge at its quantile', () => {
    const layout = layoutFanChart(gdpBase);
    const q = gdpBase.scenarios[0]?.quarters[3];
    const outer = extentsByX(layout.bands[0]?.d ?? '');
    const last = [...outer.entries()].sort((a, b) => a[0] - b[0]).at(-1)?.[1];
    if (!q || !last) throw new Error('missing');
    expect(last[0]).toBeCloseTo(yOfValue(layout, q.p95), 1);
    expect(last[1]).toBeCloseTo(yOfValue(layout, q.p5), 1);
  });

  it('draws the target line at the target value, labelled with its comparator', () => {
    const layout = layoutFanChart(gdpBase);
    expect(layout.target?.y).toBeCloseTo(yOfValue(layout, 6.5), 1);
    expect(layout.target?.label).toBe('目标 ≥6.5%');
    const svg = renderFanChartSvg(layout);
    expect(svg).toContain(`y1="${layout.target?.y}" y2="${layout.target?.y}"`);
    expect(layoutFanChart(cpiCap).target?.label).toBe('目标 ≤3%左右');
    expect(layoutFanChart(cpiCap, { lang: 'en' }).target?.label).toBe('Target ≤ about 3%');
  });

  it('labels the target line only where the label hides no data', () => {
    // GDP: the 6.5% line runs through the fan everywhere; the legend carries the label.
    expect(layoutFanChart(gdpBase).target?.onLine).toBeNull();
    // CPI: the 3% cap is above the fan, so the label goes on the line.
    expect(layoutFanChart(cpiCap).target?.onLine).not.toBeNull();
  });

  it('uses the year-to-date period labels on the x axis', () => {
    const labels = layoutFanChart(gdpBase).xTicks.map((t) => t.lines.join(''));
    expect(labels).toEqual(['1–3月累计', '1–6月累计', '1–9月累计', '全年']);
    const en = layoutFanChart(gdpBase, { lang: 'en' }).xTicks.map((t) => t.lines.join(' '));
    expect(en).toEqual(['Jan–Mar YTD', 'Jan–Jun YTD', 'Jan–Sep YTD', 'Full year']);
  });

  it('gives each overlaid scenario its own colour and dash, and a legend entry', () => {
    const layout = layoutFanChart(gdpCompare);
    expect(layout.lines).toHaveLength(2);
    const [a, b] = layout.lines;
    expect(a?.stroke).not.toBe(b?.stroke);
    expect(a?.dash).not.toBe(b?.dash);
    const legend = layout.legend.map((e) => e.label);
    expect(legend).toContain('基准情景');
    expect(legend).toContain('外需下滑');
  });

  it('ignores scenarios beyond four', () => {
    const many = {
      ...gdpCompare,
      scenarios: Array.from({ length: 6 }, (_, i) => ({
        id: `s${i}`,
        label: `S${i}`,
        quarters: [quantiles(5 + i / 10, 2)],
      })),
    };
    expect(layoutFanChart(many).lines).toHaveLength(4);
  });

  it('breaks the line at a missing quarter and draws a lone quarter as a short bar', () => {
    const gappy = {
      ...gdpBase,
      scenarios: [
        {
          id: 'g',
          label: 'g',
          quarters: [quantiles(5, 2), null, quantiles(6, 1.5), quantiles(6.4, 1.2)],
        },
      ],
    };
    const layout = layoutFanChart(gappy);
    const median = layout.lines[0]?.d ?? '';
    expect(median.match(/M/g)).toHaveLength(2);
    // Band 90: a bar for Q1 and an area for Q3–Q4.
    expect(layout.bands[0]?.d.match(/M/g)).toHaveLength(2);
    expect(layout.markers).toHaveLength(3);
    expect(layout.hits[1]?.tooltip.rows[0]?.label).toBe('暂无数据');
  });

  it('orders unordered quantiles rather than drawing an inverted band', () => {
    const q = cleanQuantiles({ p5: 9, p10: 1, p25: 7, p50: 5, p75: 3, p90: 8, p95: 2, mean: 5 });
    expect(q && [q.p5, q.p10, q.p25, q.p50, q.p75, q.p90, q.p95]).toEqual([1, 2, 3, 5, 7, 8, 9]);
  });

  it('shows "no data" instead of axes when nothing is drawable', () => {
    const layout = layoutFanChart({
      ...gdpBase,
      scenarios: [{ id: 'x', label: 'x', quarters: [null, { ...quantiles(5, 1), p50: NaN }] }],
    });
    expect(layout.emptyMessage).toBe('暂无数据');
    expect(layout.bands).toHaveLength(0);
    const svg = renderFanChartSvg(layout);
    expect(svg).toContain('暂无数据');
    expectCleanSvg(svg);
  });

  it('offers every percentile of a quarter in its tooltip', () => {
    const tip = layoutFanChart(gdpWithActuals).hits[0]?.tooltip;
    expect(tip?.title).toBe('1–3月累计');
    expect(tip?.rows.map((r) => r.label)).toEqual([
      'P95',
      'P90',
      'P75',
      '中位数（P50）',
      'P25',
      'P10',
      'P5',
      '均值',
      '实际值',
      '目标 ≥6.5%',
    ]);
    expect(tip?.rows[3]?.value).toBe('5.4%');
    expect(tip?.rows[8]?.value).toBe('5.1%');
  });

  it('describes itself in words', () => {
    const layout = layoutFanChart(gdpWithActuals);
    expect(layout.desc).toBe(
      '地区生产总值增速。全年增速中位数 6.6%，90%区间 5.2% 至 8.0%。目标 ≥6.5%。已录入2个季度的实际值。',
    );
    expectFiniteNumbers(layout);
  });

  it('draws projector type larger than screen type', () => {
    const screen = layoutFanChart(gdpBase);
    const projector = layoutFanChart(gdpBase, { density: 'projector' });
    expect(projector.theme.fontTick).toBeGreaterThanOrEqual(screen.theme.fontTick * 1.8);
    expect(projector.width).toBe(1280);
    expect(screen.theme.fontSmall).toBeGreaterThanOrEqual(12);
  });
});

describe('fan chart table', () => {
  it('has a row per quarter with every percentile, and an actuals column when there are actuals', () => {
    const table = tableFanChart(gdpWithActuals, 'zh-CN');
    expect(table.caption).toBe('地区生产总值增速：各季度累计增速分位数');
    expect(table.headers).toEqual([
      '时期',
      'P5',
      'P10',
      'P25',
      '中位数（P50）',
      'P75',
      'P90',
      'P95',
      '均值',
      '实际值',
    ]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]?.[0]).toBe('1–3月累计');
    expect(table.rows[0]?.[4]).toBe('5.4%');
    expect(table.rows[0]?.[9]).toBe('5.1%');
    expect(table.rows[3]?.[9]).toBe('—');
  });

  it('has a scenario column and a row per scenario and quarter when comparing', () => {
    const table = tableFanChart(gdpCompare, 'en');
    expect(table.headers[0]).toBe('Scenario');
    expect(table.rows).toHaveLength(8);
    expect(table.rows[4]?.slice(0, 2)).toEqual(['External-demand downturn', 'Jan–Mar YTD']);
  });
});
