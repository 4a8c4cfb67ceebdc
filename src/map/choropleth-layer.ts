/**
 * The county choropleth as a pure style piece (like style.ts and plan-layers.ts): one fill layer
 * on the counties source, coloured by a number in each county's feature-state
 * (`choropleth`) through a maplibre `step` expression. The stops come from a classed colour scale
 * (`stepStops(scale)` in src/charts/color-scales.ts), so map and legend agree exactly. Counties
 * without a value take the scale's no-data colour.
 *
 * Feature-state rather than a new source: the counties keep one source, hover and selection keep
 * working, and a new result only sets eleven numbers.
 */
import type { ExpressionSpecification, FillLayerSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from './style';

export const CHOROPLETH_LAYER = 'county-choropleth';
/** The feature-state key holding each county's value. */
export const CHOROPLETH_STATE = 'choropleth';

/** What a choropleth shows: a `step` expression's stops and the colour of counties without data. */
export interface ChoroplethStyle {
  /** [colour0, threshold0, colour1, threshold1, …, colourN] (stepStops of a ThresholdScale). */
  stops: readonly (string | number)[];
  noDataColor: string;
}

/** The layer goes beneath the selected county's outline, so selection stays visible on top. */
export const CHOROPLETH_BEFORE = LAYER.countySelected;

/** The fill colour expression: the class of the county's value, or no-data. */
export function choroplethColor(style: ChoroplethStyle): ExpressionSpecification {
  const [first, ...rest] = style.stops;
  const value: ExpressionSpecification = ['feature-state', CHOROPLETH_STATE];
  // maplibre's type lists step stops as a fixed tuple; the stops are built as a plain array.
  const step = ['step', value, first ?? style.noDataColor, ...rest] as ExpressionSpecification;
  return ['case', ['==', ['typeof', value], 'number'], step, style.noDataColor];
}

/**
 * The class a value falls in under `style` (the number of thresholds at or below it, as
 * maplibre's `step` decides), or -1 without a value. Two values of one class draw the same
 * colour, so the map only needs a new state when the class changes.
 */
export function choroplethClass(value: number | null | undefined, style: ChoroplethStyle): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return -1;
  let k = 0;
  for (let i = 1; i < style.stops.length; i += 2) {
    const t = style.stops[i];
    if (typeof t === 'number' && value >= t) k += 1;
  }
  return k;
}

/** The choropleth layer; hovering a county lightens it a little, as on the plain map. */
export function choroplethLayer(style: ChoroplethStyle): FillLayerSpecification {
  return {
    id: CHOROPLETH_LAYER,
    type: 'fill',
    source: SOURCE.counties,
    paint: {
      'fill-color': choroplethColor(style),
      'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.72, 0.92],
    },
  };
}
