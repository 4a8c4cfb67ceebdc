import { pointOnFeature } from '@turf/turf';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ProjectFeature, ZoneFeature } from '../data/index.ts';
import type { Lang } from '../i18n';
import { planPalette } from './palette';
import { LABEL_FONTS, LAYER, SOURCE } from './style';

/**
 * The plan overlays as pure style pieces (like `style.ts`): zones, projects and the industry
 * highlight on the counties. `plan-map.ts` adds them to the live map; tests read them here.
 */

export const PLAN_SOURCE = {
  zones: 'plan-zones',
  zoneLabels: 'plan-zone-labels',
  projects: 'plan-projects',
} as const;

export const PLAN_LAYER = {
  industryExact: 'plan-industry-exact',
  industryBroader: 'plan-industry-broader',
  industryExactLine: 'plan-industry-exact-line',
  industryBroaderLine: 'plan-industry-broader-line',
  zoneFill: 'plan-zone-fill',
  zoneLineIndicative: 'plan-zone-line-indicative',
  zoneLineSolid: 'plan-zone-line-solid',
  zoneRing: 'plan-zone-ring',
  zoneDot: 'plan-zone-dot',
  projectPoint: 'plan-project-point',
  zoneLabel: 'plan-zone-label',
  projectLabel: 'plan-project-label',
} as const;

/** The hatch drawn over counties whose plan has only a broader label (see hatch-pattern.ts). */
export const HATCH_IMAGE = 'plan-industry-hatch';

/** The layers each checkbox of the layers panel shows or hides. */
export const LAYER_GROUPS = {
  counties: [LAYER.countyFill, LAYER.countyLine, LAYER.countySelected, LAYER.countyLabel],
  zones: [
    PLAN_LAYER.zoneFill,
    PLAN_LAYER.zoneLineIndicative,
    PLAN_LAYER.zoneLineSolid,
    PLAN_LAYER.zoneRing,
    PLAN_LAYER.zoneDot,
    PLAN_LAYER.zoneLabel,
  ],
  projects: [PLAN_LAYER.projectPoint, PLAN_LAYER.projectLabel],
  industries: [
    PLAN_LAYER.industryExact,
    PLAN_LAYER.industryBroader,
    PLAN_LAYER.industryExactLine,
    PLAN_LAYER.industryBroaderLine,
  ],
} as const;
export type LayerGroup = keyof typeof LAYER_GROUPS;
export const LAYER_GROUP_IDS = Object.keys(LAYER_GROUPS) as LayerGroup[];

/** Layers a click goes to before the county underneath: a zone or project wins. */
export const CLICKABLE_PLAN_LAYERS = [
  PLAN_LAYER.projectPoint,
  PLAN_LAYER.zoneRing,
  PLAN_LAYER.zoneFill,
] as const;

/** How a zone is drawn: `indicative` dashed, `official` (imported) solid, `point` a marker. */
export type ZoneDrawn = 'indicative' | 'official' | 'point';

/** A boundary the user imported for a zone, replacing its indicative outline on the map. */
export interface ImportedOutline {
  geometry: Polygon | MultiPolygon;
  fileName: string;
}

/** Tags shown under a zone's name on the map, in both languages ("示意 / indicative"). */
export interface ZoneTags {
  indicative: string;
  imported: string;
}

export interface ZoneMapProps {
  id: string;
  name_zh: string;
  name_en: string;
  shape: 'area' | 'point';
  drawn: ZoneDrawn;
  tag: string;
}

export interface ProjectMapProps {
  id: string;
  name_zh: string;
  name_en: string;
}

/** A name without its parenthesised gloss: 古雷石化基地（古雷港经济开发区） → 古雷石化基地. */
export function shortName(name: string): string {
  const cut = name.replace(/\s*[（(][^（）()]*[）)]\s*$/u, '').trim();
  return cut === '' ? name : cut;
}

/**
 * The zones the map can draw (geometry not null), with imported boundaries in place of their
 * indicative outlines. Feature ids are the zone ids (promoted for feature-state).
 */
export function zoneMapData(
  zones: readonly ZoneFeature[],
  imported: ReadonlyMap<string, ImportedOutline>,
  tags: ZoneTags,
): FeatureCollection<Polygon | MultiPolygon | Point, ZoneMapProps> {
  const features: Feature<Polygon | MultiPolygon | Point, ZoneMapProps>[] = [];
  for (const zone of zones) {
    const p = zone.properties;
    const own = imported.get(p.id);
    const geometry = own?.geometry ?? zone.geometry;
    if (geometry === null) continue;
    const shape = geometry.type === 'Point' ? 'point' : 'area';
    const drawn: ZoneDrawn = own
      ? 'official'
      : shape === 'point'
        ? 'point'
        : p.outline === 'official'
          ? 'official'
          : 'indicative';
    const tag = drawn === 'indicative' ? tags.indicative : own ? tags.imported : '';
    features.push({
      type: 'Feature',
      properties: {
        id: p.id,
        name_zh: shortName(p.name_zh),
        name_en: shortName(p.name_en),
        shape,
        drawn,
        tag,
      },
      geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** One label point per drawn zone: the marker itself, or a point inside the outline. */
export function zoneLabelData(
  zones: FeatureCollection<Polygon | MultiPolygon | Point, ZoneMapProps>,
): FeatureCollection<Point, ZoneMapProps> {
  return {
    type: 'FeatureCollection',
    features: zones.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: f.geometry.type === 'Point' ? f.geometry : pointOnFeature(f).geometry,
    })),
  };
}

/** Projects with a point on the map (most have only a location in words). */
export function projectMapData(
  projects: readonly ProjectFeature[],
): FeatureCollection<Point, ProjectMapProps> {
  const features: Feature<Point, ProjectMapProps>[] = [];
  for (const project of projects) {
    const p = project.properties;
    if (project.geometry?.type !== 'Point') continue;
    features.push({
      type: 'Feature',
      properties: { id: p.id, name_zh: shortName(p.name_zh), name_en: shortName(p.name_en) },
      geometry: project.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const industryIs = (relation: 'exact' | 'broader'): ExpressionSpecification => [
  '==',
  ['feature-state', 'industry'],
  relation,
];

/** Name in the current language; the zone's tag (示意 / indicative) on a second, smaller line. */
export function zoneLabelField(lang: Lang): ExpressionSpecification {
  const name = lang === 'en' ? 'name_en' : 'name_zh';
  return [
    'case',
    ['==', ['get', 'tag'], ''],
    ['get', name],
    ['format', ['get', name], { 'font-scale': 1 }, '\n', {}, ['get', 'tag'], { 'font-scale': 0.8 }],
  ];
}

export function projectLabelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'en' ? 'name_en' : 'name_zh'];
}

export type PlanLayer =
  | FillLayerSpecification
  | LineLayerSpecification
  | CircleLayerSpecification
  | SymbolLayerSpecification;

/** A layer and the base-style layer it goes beneath (null: on top of everything). */
export interface PlacedLayer {
  layer: PlanLayer;
  before: string | null;
}

const industryLayers = (): PlacedLayer[] => [
  {
    before: LAYER.countySelected,
    layer: {
      id: PLAN_LAYER.industryExact,
      type: 'fill',
      source: SOURCE.counties,
      paint: {
        'fill-color': planPalette.industry,
        'fill-opacity': ['case', industryIs('exact'), 0.5, 0],
      },
    },
  },
  {
    before: LAYER.countySelected,
    layer: {
      id: PLAN_LAYER.industryBroader,
      type: 'fill',
      source: SOURCE.counties,
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', industryIs('broader'), 1, 0],
      },
    },
  },
  {
    before: LAYER.countySelected,
    layer: {
      id: PLAN_LAYER.industryExactLine,
      type: 'line',
      source: SOURCE.counties,
      paint: {
        'line-color': planPalette.industryLine,
        'line-width': ['case', industryIs('exact'), 2.5, 0],
      },
    },
  },
  {
    before: LAYER.countySelected,
    layer: {
      id: PLAN_LAYER.industryBroaderLine,
      type: 'line',
      source: SOURCE.counties,
      paint: {
        'line-color': planPalette.industryLine,
        'line-width': ['case', industryIs('broader'), 2, 0],
        'line-dasharray': [2, 1.5],
      },
    },
  },
];

const zoneLayers = (): PlacedLayer[] => {
  const area: ExpressionSpecification = ['==', ['get', 'shape'], 'area'];
  const point: ExpressionSpecification = ['==', ['get', 'shape'], 'point'];
  const lineWidth: ExpressionSpecification = ['case', selected, 3.5, 2.2];
  const lineColor: ExpressionSpecification = [
    'case',
    selected,
    planPalette.selected,
    planPalette.zone,
  ];
  return [
    {
      before: LAYER.neighbourLabel,
      layer: {
        id: PLAN_LAYER.zoneFill,
        type: 'fill',
        source: PLAN_SOURCE.zones,
        filter: area,
        paint: { 'fill-color': planPalette.zone, 'fill-opacity': ['case', selected, 0.22, 0.1] },
      },
    },
    {
      before: LAYER.neighbourLabel,
      layer: {
        id: PLAN_LAYER.zoneLineIndicative,
        type: 'line',
        source: PLAN_SOURCE.zones,
        filter: ['all', area, ['==', ['get', 'drawn'], 'indicative']],
        paint: { 'line-color': lineColor, 'line-width': lineWidth, 'line-dasharray': [3, 2] },
      },
    },
    {
      before: LAYER.neighbourLabel,
      layer: {
        id: PLAN_LAYER.zoneLineSolid,
        type: 'line',
        source: PLAN_SOURCE.zones,
        filter: ['all', area, ['!=', ['get', 'drawn'], 'indicative']],
        paint: { 'line-color': lineColor, 'line-width': lineWidth },
      },
    },
    {
      // A ringed marker (ring + centre dot) for zones known only by a reference point.
      before: LAYER.neighbourLabel,
      layer: {
        id: PLAN_LAYER.zoneRing,
        type: 'circle',
        source: PLAN_SOURCE.zones,
        filter: point,
        paint: {
          'circle-radius': ['case', selected, 12, 9.5],
          'circle-color': '#ffffff',
          'circle-opacity': 0.92,
          'circle-stroke-color': lineColor,
          'circle-stroke-width': ['case', selected, 4, 3],
        },
      },
    },
    {
      before: LAYER.neighbourLabel,
      layer: {
        id: PLAN_LAYER.zoneDot,
        type: 'circle',
        source: PLAN_SOURCE.zones,
        filter: point,
        paint: { 'circle-radius': 3.5, 'circle-color': lineColor },
      },
    },
  ];
};

const projectLayers = (): PlacedLayer[] => [
  {
    before: LAYER.neighbourLabel,
    layer: {
      id: PLAN_LAYER.projectPoint,
      type: 'circle',
      source: PLAN_SOURCE.projects,
      paint: {
        'circle-radius': ['case', selected, 9, 7],
        'circle-color': planPalette.project,
        'circle-stroke-color': ['case', selected, planPalette.selected, '#ffffff'],
        'circle-stroke-width': ['case', selected, 3.5, 2],
      },
    },
  },
];

const labelPaint = (color: string) => ({
  'text-color': color,
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.8,
});

const labelLayers = (lang: Lang): PlacedLayer[] => [
  {
    before: LAYER.countyLabel,
    layer: {
      id: PLAN_LAYER.zoneLabel,
      type: 'symbol',
      source: PLAN_SOURCE.zoneLabels,
      layout: {
        'text-field': zoneLabelField(lang),
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 10, 15],
        'text-line-height': 1.15,
        // Markers: the name below the ring; outlines: the name inside.
        'text-anchor': ['case', ['==', ['get', 'shape'], 'point'], 'top', 'center'],
        'text-offset': [
          'case',
          ['==', ['get', 'shape'], 'point'],
          ['literal', [0, 1.1]],
          ['literal', [0, 0]],
        ],
        'text-max-width': 9,
        'text-padding': 2,
      },
      paint: labelPaint(planPalette.zoneText),
    },
  },
  {
    before: LAYER.countyLabel,
    layer: {
      id: PLAN_LAYER.projectLabel,
      type: 'symbol',
      source: PLAN_SOURCE.projects,
      layout: {
        'text-field': projectLabelField(lang),
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11.5, 10, 14],
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: labelPaint(planPalette.projectText),
    },
  },
];

/**
 * Every plan layer in drawing order, each with where it goes in the base style: the industry
 * highlight under the selected county's outline, zones and projects under the place labels,
 * their labels just under the county labels. (maplibre places labels from the top layer down,
 * so where labels collide the county's name wins and a zone's gives way.)
 */
export const planLayers = (lang: Lang): PlacedLayer[] => [
  ...industryLayers(),
  ...zoneLayers(),
  ...projectLayers(),
  ...labelLayers(lang),
];
