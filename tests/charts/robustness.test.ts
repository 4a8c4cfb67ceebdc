/**
 * Property tests: whatever numbers and labels come in (NaN, ±Infinity, huge values, empty or
 * ragged arrays, hostile strings), every layout is finite, every SVG is well-formed with no
 * NaN or Infinity, and text stays text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapScale, probabilityScale } from '../../src/charts/color-scales';
import { layoutFanChart, type FanChartData } from '../../src/charts/fan-chart';
import { renderFanChartSvg } from '../../src/charts/fan-chart-svg';
import { tableFanChart } from '../../src/charts/fan-chart-table';
import { layoutMatrix, type MatrixData } from '../../src/charts/matrix';
import { renderMatrixSvg } from '../../src/charts/matrix-svg';
import { tableMatrix } from '../../src/charts/matrix-table';
import { layoutProbabilityBar } from '../../src/charts/probability-bar';
import { renderProbabilityBarSvg } from '../../src/charts/probability-bar-svg';
import { tableProbabilityBar } from '../../src/charts/probability-bar-table';
import { layoutScaleLegend, renderScaleLegendSvg } from '../../src/charts/scale-legend';
import { layoutTornado, type TornadoData } from '../../src/charts/tornado';
import { renderTornadoSvg } from '../../src/charts/tornado-svg';
import { tableTornado } from '../../src/charts/tornado-table';
import type { LocalText } from '../../src/charts/text';
import { gapTornado, gdpCompare, gdpTornado, industryMatrix } from './fixtures';
import { expectCleanSvg, expectFiniteNumbers } from './svg-check';

const RUNS = 300;

const num = fc.oneof(
  fc.double(),
  fc.double({ min: -50, max: 50, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 1e12, -1e9, 1e-300, -0, 0),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const lang = fc.constantFrom('zh-CN' as const, 'en' as const);
const options = fc.record(
  {
    lang,
    density: fc.constantFrom('screen' as const, 'projector' as const),
    width: num,
    height: num,
  },
  { requiredKeys: [] },
);
const unit = fc.constantFrom('%' as const, 'pp' as const, '亿元' as const, 'probability' as const);
const quarter = fc.record({
  p5: num,
  p10: num,
  p25: num,
  p50: num,
  p75: num,
  p90: num,
  p95: num,
  mean: num,
});
const target = fc.record({
  value: num,
  comparator: fc.constantFrom('≥' as const, '>' as const, '≈' as const, '≤' as const, '=' as const),
  attainment: fc.constantFrom('at_least' as const, 'at_most' as const, null, undefined),
});
const fanData: fc.Arbitrary<FanChartData> = fc.record({
  title: fc.constant('T'),
  unit,
  scenarios: fc.array(
    fc.record({
      id: fc.string(),
      label: fc.oneof(fc.constant<LocalText>('A'), fc.constant<LocalText>({ zh: '甲', en: 'A' })),
      quarters: fc.array(maybe(quarter), { maxLength: 6 }),
    }),
    { maxLength: 6 },
  ),
  target: maybe(target),
  actuals: maybe(fc.array(maybe(num), { maxLength: 6 })),
});

const noNaNText = (cells: string[][]): void => {
  for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/NaN|Infinity/);
};

describe('no NaN or Infinity in any output, whatever the input', () => {
  it('fan chart', () => {
    fc.assert(
      fc.property(fanData, options, (data, opts) => {
        const layout = layoutFanChart(data, opts);
        expectFiniteNumbers(layout);
        expectCleanSvg(renderFanChartSvg(layout));
        const table = tableFanChart(data, opts.lang ?? 'zh-CN');
        noNaNText(table.rows);
      }),
      { numRuns: RUNS },
    );
  });

  it('tornado, both modes', () => {
    const row = fc.record({ id: fc.string(), label: fc.constant('D'), low: num, high: num });
    const contribution = fc.record({ id: fc.string(), label: fc.constant('D'), value: num });
    const data: fc.Arbitrary<TornadoData> = fc.oneof(
      fc.record({
        mode: fc.constant('swing' as const),
        title: fc.constant('T'),
        unit,
        base: maybe(num),
        drivers: fc.array(row, { maxLength: 14 }),
      }),
      fc.record({
        mode: fc.constant('signed' as const),
        title: fc.constant('T'),
        unit,
        base: maybe(num),
        contributions: fc.array(contribution, { maxLength: 14 }),
      }),
    );
    fc.assert(
      fc.property(data, options, fc.option(num, { nil: undefined }), (d, opts, maxRows) => {
        const layout = layoutTornado(d, { ...opts, maxRows });
        expectFiniteNumbers(layout);
        expectCleanSvg(renderTornadoSvg(layout));
        noNaNText(tableTornado(d, opts.lang ?? 'zh-CN').rows);
      }),
      { numRuns: RUNS },
    );
  });

  it('probability bar', () => {
    const data = fc.record({
      title: fc.constant('T'),
      probability: maybe(num),
      unit: fc.option(unit, { nil: undefined }),
      target: maybe(target),
      median: maybe(num),
      gap: maybe(num),
      samples: maybe(num),
    });
    fc.assert(
      fc.property(data, options, (d, opts) => {
        const layout = layoutProbabilityBar(d, opts);
        expectFiniteNumbers(layout);
        expectCleanSvg(renderProbabilityBarSvg(layout));
        noNaNText(tableProbabilityBar(d, opts.lang ?? 'zh-CN').rows);
      }),
      { numRuns: RUNS },
    );
  });

  it('colour scales and their legends', () => {
    fc.assert(
      fc.property(
        fc.array(num, { maxLength: 9 }),
        lang,
        num,
        options,
        (thresholds, l, value, opts) => {
          for (const scale of [probabilityScale(l, { thresholds }), gapScale(l, { thresholds })]) {
            expect(scale.color(value)).toMatch(/^#[0-9a-f]{6}$/);
            expect(scale.colors).toHaveLength(scale.thresholds.length + 1);
            const layout = layoutScaleLegend(scale, opts);
            expectFiniteNumbers(layout);
            expectCleanSvg(renderScaleLegendSvg(layout));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('text stays text', () => {
  const hostile = '<script>alert("x")</script> & \'q\' </text><g>';

  it('escapes hostile labels in every chart', () => {
    const svgs = [
      renderFanChartSvg(
        layoutFanChart({
          ...gdpCompare,
          title: hostile,
          scenarios: gdpCompare.scenarios.map((s) => ({ ...s, label: hostile })),
        }),
      ),
      renderTornadoSvg(
        layoutTornado({
          ...gdpTornado,
          title: hostile,
          baseLabel: hostile,
          drivers:
            gdpTornado.mode === 'swing'
              ? gdpTornado.drivers.map((d) => ({ ...d, label: hostile }))
              : [],
        }),
      ),
      renderTornadoSvg(layoutTornado({ ...gapTornado, title: { zh: hostile, en: hostile } })),
      renderMatrixSvg(
        layoutMatrix({
          title: hostile,
          rows: [{ id: hostile, label: hostile }],
          columns: [{ id: hostile, label: hostile }],
          cells: [{ row: hostile, column: hostile, status: 'present', wording: [hostile] }],
        }),
      ),
      renderProbabilityBarSvg(layoutProbabilityBar({ title: hostile, probability: 0.5 })),
    ];
    for (const svg of svgs) {
      expect(svg).not.toContain('<script');
      expect(svg).toContain('&lt;script&gt;');
      expectCleanSvg(svg);
    }
  });

  it('keeps the SVG well-formed for any label, control characters and lone surrogates included', () => {
    const label = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\u0000', '\uD800', '\uFFFE', '&amp;', ']]>', '"\''),
    );
    const data: fc.Arbitrary<MatrixData> = fc.record({
      title: label,
      rows: fc.array(fc.record({ id: label, label, group: label }), { maxLength: 5 }),
      columns: fc.array(fc.record({ id: label, label }), { maxLength: 5 }),
      cells: fc.array(
        fc.record({
          row: label,
          column: label,
          status: fc.constantFrom('present' as const, 'related' as const),
          wording: fc.array(label, { maxLength: 2 }),
        }),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(data, lang, (d, l) => {
        const layout = layoutMatrix(d, { lang: l });
        expectFiniteNumbers(layout);
        expectCleanSvg(renderMatrixSvg(layout));
        expect(tableMatrix(d, l).rows.length).toBeLessThanOrEqual(d.rows.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('the matrix fixture renders well-formed', () => {
    expectCleanSvg(renderMatrixSvg(layoutMatrix(industryMatrix)));
  });
});
