/**
 * Map colours chosen for projectors: light, low-saturation areas so that labels and
 * highlights keep their contrast when a projector washes colours out, and a selection
 * colour (dark blue) that stays distinct for the common colour-vision deficiencies.
 */
export const palette = {
  sea: '#cfe0ec',
  land: '#f1eee8',
  neighbour: '#e4e0d8',
  neighbourLine: '#aaa397',
  /** 4.5:1 on the neighbours, the sea and the land (tests/map/palette.test.ts). */
  neighbourText: '#625c53',
  county: '#f9f4e3',
  countyHover: '#f3dfa2',
  countySelected: '#e9c46a',
  countyLine: '#5b5346',
  selectedLine: '#1d3557',
  countyText: '#1f1b16',
  halo: '#ffffff',
} as const;

/**
 * Plan overlays, from the Okabe–Ito set (distinct under protanopia, deuteranopia and
 * tritanopia). Hue is never the only cue: zones are dashed outlines and ringed markers,
 * projects filled dots, an industry's broader-label counties a hatch rather than a fill.
 */
export const planPalette = {
  /** Vermillion: zone outlines, zone markers and their labels. */
  zone: '#d55e00',
  zoneText: '#8a3c00',
  /** Reddish purple, darkened for contrast on the light land colour. */
  project: '#9e3d8a',
  projectText: '#6b2a5e',
  /** Bluish green: counties whose plan names the chosen industry. */
  industry: '#009e73',
  industryLine: '#00664a',
  /** Selected zone or project: the same dark blue as a selected county. */
  selected: '#1d3557',
} as const;
