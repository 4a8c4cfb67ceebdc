/**
 * Shared chart look: fonts, colours and type sizes for the two densities we draw at.
 *
 * Colours are chosen for projectors and colour-vision deficiencies: dark ink and one dark blue
 * accent for everything that must be read, light fills for areas (a projector washes out
 * mid-tones, so fills stay light and lines stay dark), and a blue/orange pair wherever two
 * things must be told apart. `tests/charts/colors.test.ts` checks the contrast ratios and the
 * distinctness under simulated protanopia, deuteranopia and tritanopia.
 */

/**
 * Font stack for every chart, CJK first. It matches `--font` in `src/styles/app.css`, and
 * it is written into each standalone SVG so that exports and the handout use the same fonts.
 */
export const FONT_FAMILY =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', system-ui, sans-serif";

/** The app palette (see `src/styles/app.css`) plus chart-specific fills. */
export const colors = {
  ink: '#1f1b16',
  inkMuted: '#5c564d',
  paper: '#ffffff',
  grid: '#e6e1d8',
  axis: '#8a8378',
  accent: '#1d3557',
  focus: '#d62828',
  /** P5–P95 band of the single-scenario fan. */
  band90: '#d5e3f0',
  /** P25–P75 band of the single-scenario fan. */
  band50: '#9fbedd',
  /** Bars of a driver moved down (−1 sd) / effects that lower the outcome: orange. */
  down: '#c25400',
  /** Bars of a driver moved up (+1 sd) / effects that raise the outcome: blue. */
  up: '#2a6099',
  /** Row or column highlight in the matrix (light, behind the marks). */
  highlight: '#fbeec2',
  selected: '#f3dfa2',
  /** Absent cells of the matrix: a faint dot keeps the grid readable. */
  absent: '#c9c2b6',
} as const;

/**
 * Up to four overlaid scenarios: colour, dash and marker differ, so that scenarios stay
 * distinct in greyscale print and for every common colour-vision deficiency.
 */
export const scenarioStyles = [
  { color: '#1d3557', dash: '', marker: 'circle' },
  { color: '#c25400', dash: '9 5', marker: 'square' },
  { color: '#00785c', dash: '3 4', marker: 'triangle' },
  { color: '#8e3f8c', dash: '12 4 3 4', marker: 'wye' },
] as const;

export type MarkerShape = (typeof scenarioStyles)[number]['marker'] | 'diamond';

/** How dense the chart is drawn: on a laptop screen, or large for a projector. */
export type ChartDensity = 'screen' | 'projector';

/** Sizes that scale with density; every length is in CSS pixels of the SVG's viewBox. */
export interface ChartTheme {
  density: ChartDensity;
  /** Chart title. */
  fontTitle: number;
  /** Legend, row labels, the big labels. */
  fontLabel: number;
  /** Axis tick labels. */
  fontTick: number;
  /** Secondary notes. Never below 12 px, so that nothing is illegible. */
  fontSmall: number;
  lineWidth: number;
  thinLine: number;
  markerArea: number;
  gap: number;
  swatch: number;
}

const themes: Record<ChartDensity, ChartTheme> = {
  screen: {
    density: 'screen',
    fontTitle: 16,
    fontLabel: 14,
    fontTick: 13,
    fontSmall: 12,
    lineWidth: 2.5,
    thinLine: 1,
    markerArea: 48,
    gap: 8,
    swatch: 22,
  },
  projector: {
    density: 'projector',
    fontTitle: 34,
    fontLabel: 28,
    fontTick: 24,
    fontSmall: 22,
    lineWidth: 5,
    thinLine: 2,
    markerArea: 190,
    gap: 16,
    swatch: 44,
  },
};

/** The theme for a density (screen when unknown). */
export function chartTheme(density: ChartDensity = 'screen'): ChartTheme {
  return themes[density] ?? themes.screen;
}
