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
  neighbourText: '#6b655c',
  county: '#f9f4e3',
  countyHover: '#f3dfa2',
  countySelected: '#e9c46a',
  countyLine: '#5b5346',
  selectedLine: '#1d3557',
  countyText: '#1f1b16',
  halo: '#ffffff',
} as const;
