/**
 * The palettes are readable: text and marks have WCAG contrast, and colours that must be told
 * apart stay apart under simulated protanopia, deuteranopia and tritanopia.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE, labAs, type Deficiency } from '../../src/charts/color-math';
import {
  GAP_COLORS,
  PROBABILITY_COLORS,
  RISK_BANDS,
  gapScale,
  probabilityScale,
  riskBand,
  stepStops,
} from '../../src/charts/color-scales';
import { colors, scenarioStyles } from '../../src/charts/theme';

const VISIONS: (Deficiency | null)[] = [null, 'protan', 'deutan', 'tritan'];
const WHITE = '#ffffff';

describe('colour maths', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });

  it('simulates colour-vision deficiency: red and green collapse for deuteranopes', () => {
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(60);
    expect(deltaE('#d62728', '#2ca02c', 'deutan')).toBeLessThan(deltaE('#d62728', '#2ca02c') / 2);
  });
});

describe('chart palette', () => {
  it('text colours reach 4.5:1 on white', () => {
    for (const c of [colors.ink, colors.inkMuted, colors.accent, ...RISK_BANDS.map((b) => b.ink)]) {
      expect(contrastRatio(c, WHITE), c).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the risk-band words read on their own band colour too', () => {
    for (const b of RISK_BANDS)
      expect(contrastRatio(b.ink, b.fill), b.key).toBeGreaterThanOrEqual(4.5);
  });

  it('lines and bars reach 3:1 on white, and the median reads on the inner band', () => {
    for (const c of [colors.axis, colors.up, colors.down, ...scenarioStyles.map((s) => s.color)]) {
      expect(contrastRatio(c, WHITE), c).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(colors.accent, colors.band50)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colors.ink, colors.band50)).toBeGreaterThanOrEqual(4.5);
  });

  it('overlaid scenarios stay distinct for every colour vision (and differ in dash)', () => {
    for (const vision of VISIONS) {
      for (let i = 0; i < scenarioStyles.length; i += 1) {
        for (let j = i + 1; j < scenarioStyles.length; j += 1) {
          const a = scenarioStyles[i];
          const b = scenarioStyles[j];
          if (!a || !b) continue;
          expect(
            deltaE(a.color, b.color, vision),
            `${a.color}/${b.color} ${vision}`,
          ).toBeGreaterThan(15);
          expect(a.dash).not.toBe(b.dash);
          expect(a.marker).not.toBe(b.marker);
        }
      }
    }
  });

  it("the tornado's up and down bars stay distinct for every colour vision", () => {
    for (const vision of VISIONS)
      expect(deltaE(colors.up, colors.down, vision)).toBeGreaterThan(30);
  });
});

describe('choropleth scales', () => {
  it('neighbouring classes differ for every colour vision', () => {
    for (const ramp of [PROBABILITY_COLORS, GAP_COLORS]) {
      for (const vision of VISIONS) {
        for (let i = 1; i < ramp.length; i += 1) {
          const a = ramp[i - 1] ?? '';
          const b = ramp[i] ?? '';
          expect(deltaE(a, b, vision), `${a}/${b} ${vision}`).toBeGreaterThan(10);
        }
      }
    }
  });

  it('the probability ramp gets darker at every step, whatever the colour vision', () => {
    for (const vision of VISIONS) {
      const lightness = PROBABILITY_COLORS.map((c) => labAs(c, vision)[0]);
      for (let i = 1; i < lightness.length; i += 1) {
        expect(lightness[i]).toBeLessThan((lightness[i - 1] ?? 0) - 8);
      }
    }
  });

  it('the gap ramp is lightest in the middle and symmetric in lightness', () => {
    const lightness = GAP_COLORS.map((c) => labAs(c)[0]);
    const mid = Math.floor(lightness.length / 2);
    expect(Math.max(...lightness)).toBe(lightness[mid]);
    for (let i = 0; i < mid; i += 1) {
      expect(
        Math.abs((lightness[i] ?? 0) - (lightness[lightness.length - 1 - i] ?? 0)),
      ).toBeLessThan(8);
    }
  });

  it('classes follow maplibre step semantics: a value on a threshold belongs to the class above', () => {
    const scale = probabilityScale('zh-CN');
    expect(scale.thresholds).toEqual([0.3, 0.5, 0.7, 0.9]);
    expect([0, 0.299, 0.3, 0.5, 0.89, 0.9, 1].map((v) => scale.classOf(v))).toEqual([
      0, 0, 1, 2, 3, 4, 4,
    ]);
    expect(scale.color(0.3)).toBe(PROBABILITY_COLORS[1]);
    expect(scale.classOf(NaN)).toBe(-1);
    expect(scale.color(null)).toBe(scale.noData.color);
    expect(stepStops(scale)).toEqual([
      PROBABILITY_COLORS[0],
      0.3,
      PROBABILITY_COLORS[1],
      0.5,
      PROBABILITY_COLORS[2],
      0.7,
      PROBABILITY_COLORS[3],
      0.9,
      PROBABILITY_COLORS[4],
    ]);
  });

  it('labels classes and thresholds in words and numbers', () => {
    expect(probabilityScale('zh-CN').classes.map((c) => c.label)).toEqual([
      '低于30%',
      '30% 至 50%',
      '50% 至 70%',
      '70% 至 90%',
      '90%及以上',
    ]);
    const gap = gapScale('en');
    expect(gap.thresholdLabels).toEqual(['−2', '−1', '−0.3', '+0.3', '+1', '+2']);
    expect(gap.endLabels).toEqual(['Below target', 'Above target']);
    expect(gap.classOf(-5)).toBe(0);
    expect(gap.classOf(0)).toBe(3);
    expect(gap.classOf(2)).toBe(6);
  });

  it('custom thresholds are sorted and de-duplicated, and fewer classes keep a symmetric ramp', () => {
    const scale = gapScale('zh-CN', { thresholds: [1, -1, NaN, 1] });
    expect(scale.thresholds).toEqual([-1, 1]);
    expect(scale.colors).toEqual([GAP_COLORS[0], GAP_COLORS[3], GAP_COLORS[6]]);
    const five = gapScale('zh-CN', { thresholds: [-2, -0.5, 0.5, 2] });
    expect(five.colors).toEqual([
      GAP_COLORS[0],
      GAP_COLORS[2],
      GAP_COLORS[3],
      GAP_COLORS[4],
      GAP_COLORS[6],
    ]);
  });

  it('gives labels drawn on a class a readable text colour', () => {
    for (const scale of [probabilityScale('en'), gapScale('en')]) {
      for (const c of scale.classes) {
        expect(contrastRatio(c.textColor, c.color), c.color).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('puts probabilities in the dashboard risk bands', () => {
    expect([0.1, 0.3, 0.69, 0.7, NaN].map((p) => riskBand(p))).toEqual([0, 1, 1, 2, -1]);
  });
});
