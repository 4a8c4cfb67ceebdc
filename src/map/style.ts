import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n';
import type { ContextCollection, CountyCollection } from './geodata';
import { palette } from './palette';

/**
 * With no `glyphs` key in the style, maplibre 5 draws every label from local fonts and reads
 * `text-font` as a CSS font-family list. No glyph server, no requests. The list covers the
 * fonts found on Chinese government Windows PCs, macOS and Debian (the CI font).
 */
export const LABEL_FONTS = [
  'Microsoft YaHei',
  'PingFang SC',
  'Noto Sans CJK SC',
  'WenQuanYi Zen Hei',
  'sans-serif',
];

export const SOURCE = {
  context: 'context',
  counties: 'counties',
  countyLabels: 'county-labels',
  neighbourLabels: 'neighbour-labels',
} as const;

export const LAYER = {
  sea: 'sea',
  land: 'context-land',
  neighbourFill: 'neighbour-fill',
  neighbourLine: 'neighbour-line',
  neighbourLabel: 'neighbour-label',
  countyFill: 'county-fill',
  countyLine: 'county-line',
  countySelected: 'county-selected',
  countyLabel: 'county-label',
} as const;

/**
 * One label point per feature, from the precomputed interior point in the data. (Labelling
 * the polygons themselves would repeat a city's name on each of its islands.)
 */
export function labelPoints(features: readonly GeoJSON.Feature[]): GeoJSON.FeatureCollection {
  const points: GeoJSON.Feature[] = [];
  for (const f of features) {
    const p = f.properties ?? {};
    const lon: unknown = p.label_lon;
    const lat: unknown = p.label_lat;
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    points.push({
      type: 'Feature',
      properties: { ...p },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  }
  return { type: 'FeatureCollection', features: points };
}

/** A two-line label: the current language first, the other beneath in smaller type. */
export function bilingualLabel(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === 'en' ? ['name_en', 'name_zh'] : ['name_zh', 'name_en'];
  return [
    'format',
    ['get', first],
    { 'font-scale': 1 },
    '\n',
    {},
    ['get', second],
    { 'font-scale': 0.72 },
  ];
}

/** The whole offline style: sea, land, muted neighbours, the 11 units filled and outlined. */
export function buildStyle(
  counties: CountyCollection,
  context: ContextCollection,
  lang: Lang,
): StyleSpecification {
  return {
    version: 8,
    name: 'zhangzhou-offline',
    sources: {
      [SOURCE.context]: { type: 'geojson', data: context },
      [SOURCE.counties]: { type: 'geojson', data: counties, promoteId: 'adcode' },
      [SOURCE.countyLabels]: { type: 'geojson', data: labelPoints(counties.features) },
      [SOURCE.neighbourLabels]: {
        type: 'geojson',
        data: labelPoints(context.features.filter((f) => f.properties.role === 'neighbour')),
      },
    },
    layers: [
      { id: LAYER.sea, type: 'background', paint: { 'background-color': palette.sea } },
      {
        id: LAYER.land,
        type: 'fill',
        source: SOURCE.context,
        filter: ['==', ['get', 'role'], 'land'],
        paint: { 'fill-color': palette.land },
      },
      {
        id: LAYER.neighbourFill,
        type: 'fill',
        source: SOURCE.context,
        filter: ['==', ['get', 'role'], 'neighbour'],
        paint: { 'fill-color': palette.neighbour },
      },
      {
        id: LAYER.neighbourLine,
        type: 'line',
        source: SOURCE.context,
        filter: ['==', ['get', 'role'], 'neighbour'],
        paint: { 'line-color': palette.neighbourLine, 'line-width': 0.8 },
      },
      {
        id: LAYER.countyFill,
        type: 'fill',
        source: SOURCE.counties,
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            palette.countySelected,
            ['boolean', ['feature-state', 'hover'], false],
            palette.countyHover,
            palette.county,
          ],
          'fill-opacity': 0.92,
        },
      },
      {
        id: LAYER.countyLine,
        type: 'line',
        source: SOURCE.counties,
        paint: { 'line-color': palette.countyLine, 'line-width': 1.2 },
      },
      {
        id: LAYER.countySelected,
        type: 'line',
        source: SOURCE.counties,
        paint: {
          'line-color': palette.selectedLine,
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
        },
      },
      {
        id: LAYER.neighbourLabel,
        type: 'symbol',
        source: SOURCE.neighbourLabels,
        layout: {
          'text-field': bilingualLabel(lang),
          'text-font': LABEL_FONTS,
          'text-size': 13,
          'symbol-placement': 'point',
        },
        paint: {
          'text-color': palette.neighbourText,
          'text-halo-color': palette.halo,
          'text-halo-width': 1,
        },
      },
      {
        id: LAYER.countyLabel,
        type: 'symbol',
        source: SOURCE.countyLabels,
        layout: {
          'text-field': bilingualLabel(lang),
          'text-font': LABEL_FONTS,
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 13, 10, 18],
          'text-line-height': 1.15,
          'text-allow-overlap': false,
          'text-padding': 2,
        },
        paint: {
          'text-color': palette.countyText,
          'text-halo-color': palette.halo,
          'text-halo-width': 1.6,
        },
      },
    ],
  };
}
