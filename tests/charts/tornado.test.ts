import { describe, expect, it } from 'vitest';
import { layoutTornado } from '../../src/charts/tornado';
import { renderTornadoSvg } from '../../src/charts/tornado-svg';
import { tableTornado } from '../../src/charts/tornado-table';
import { gapTornado, gdpTornado } from './fixtures';
import { expectGolden } from './golden';
import { expectCleanSvg, expectFiniteNumbers } from './svg-check';

describe('tornado golden SVGs', () => {
  it('swing mode (−1 sd / +1 sd per driver)', () => {
    expectGolden('tornado-swing', renderTornadoSvg(layoutTornado(gdpTornado)));
  });

  it('signed mode (contributions to the gap between two scenarios), in English', () => {
    expectGolden('tornado-signed-en', renderTornadoSvg(layoutTornado(gapTornado, { lang: 'en' })));
  });
});

describe('tornado layout', () => {
  it('sorts drivers by total swing, largest first', () => {
    const layout = layoutTornado(gdpTornado);
    expect(layout.rows.map((r) => r.id)).toEqual([
      'exports',
      'fai',
      'gulei',
      'retail',
      'property',
      'prices',
    ]);
    const widths = layout.rows.map((r) => {
      const xs = r.bars.flatMap((b) => [b.x, b.x + b.width]);
      return Math.max(...xs, layout.centre.x) - Math.min(...xs, layout.centre.x);
    });
    for (let i = 1; i < widths.length; i += 1) {
      expect(widths[i]).toBeLessThanOrEqual((widths[i - 1] ?? 0) + 0.02);
    }
  });

  it('draws the −1 sd bar left of the base and the +1 sd bar right of it for a monotone driver', () => {
    const layout = layoutTornado(gdpTornado);
    const exports = layout.rows[0];
    const [low, high] = exports?.bars ?? [];
    expect(low && low.x + low.width).toBeCloseTo(layout.centre.x, 1);
    expect(high?.x).toBeCloseTo(layout.centre.x, 1);
    expect(low?.label).toBe('−14个百分点');
    expect(high?.label).toBe('+11个百分点');
  });

  it('keeps both bars visible when a driver pushes the same way at −1 and +1 sd', () => {
    const prices = layoutTornado(gdpTornado).rows.find((r) => r.id === 'prices');
    const [low, high] = prices?.bars ?? [];
    expect(low?.width).toBeGreaterThan(0);
    expect(high?.width).toBeGreaterThan(0);
    // Two half rows: the bars do not overlap.
    expect((low?.y ?? 0) + (low?.height ?? 0)).toBeLessThanOrEqual(high?.y ?? 0);
  });

  it('puts the centre line at the base value, labelled with it', () => {
    const layout = layoutTornado(gdpTornado);
    expect(layout.centre.label).toBe('基准 62%');
    const at = (label: string): number => layout.xTicks.find((t) => t.label === label)?.x ?? NaN;
    const x50 = at('50%');
    const x70 = at('70%');
    expect(layout.centre.x).toBeCloseTo(x50 + ((x70 - x50) * 12) / 20, 1);
  });

  it('signed mode: one bar per row, coloured by sign, sorted by size', () => {
    const layout = layoutTornado(gapTornado);
    expect(layout.rows.map((r) => r.id)).toEqual(['exports', 'fai', 'gulei', 'retail']);
    expect(layout.rows.every((r) => r.bars.length === 1)).toBe(true);
    const fills = layout.rows.map((r) => r.bars[0]?.fill);
    expect(new Set(fills.slice(0, 3)).size).toBe(1);
    expect(fills[3]).not.toBe(fills[0]);
    expect(layout.centre.label).toBe('基准情景 62%');
  });

  it('drops non-finite effects and rows with none; "no data" when nothing is left', () => {
    const layout = layoutTornado({
      ...gdpTornado,
      drivers: [
        { id: 'a', label: 'A', low: NaN, high: 0.1 },
        { id: 'b', label: 'B', low: Infinity, high: -Infinity },
      ],
    });
    expect(layout.rows.map((r) => r.id)).toEqual(['a']);
    expect(layout.rows[0]?.bars).toHaveLength(1);
    const empty = layoutTornado({ ...gdpTornado, drivers: [] });
    expect(empty.emptyMessage).toBe('暂无数据');
    expectCleanSvg(renderTornadoSvg(empty));
    expectFiniteNumbers(empty);
  });

  it('shows at most maxRows rows', () => {
    expect(layoutTornado(gdpTornado, { maxRows: 3 }).rows).toHaveLength(3);
  });

  it('tooltips give each change and the outcome it leads to', () => {
    const tip = layoutTornado(gdpTornado).rows[0]?.tooltip;
    expect(tip?.title).toBe('出口增速');
    expect(tip?.rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      '驱动因素 −1个标准差: −14个百分点 → 48%',
      '驱动因素 +1个标准差: +11个百分点 → 73%',
      '波动幅度: 25个百分点',
    ]);
  });
});

describe('tornado table', () => {
  it('lists every driver in chart order with both effects and the swing', () => {
    const table = tableTornado(gdpTornado, 'zh-CN');
    expect(table.headers).toEqual([
      '驱动因素',
      '驱动因素 −1个标准差',
      '驱动因素 +1个标准差',
      '波动幅度',
    ]);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[0]).toEqual(['出口增速', '−14个百分点', '+11个百分点', '25个百分点']);
  });

  it('lists contributions in signed mode', () => {
    const table = tableTornado(gapTornado, 'en');
    expect(table.headers).toEqual(['Driver', 'Contribution']);
    expect(table.rows.map((r) => r[1])).toEqual(['−18 pp', '−6 pp', '−4 pp', '+2 pp']);
  });
});
