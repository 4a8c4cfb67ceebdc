// The geometric steps, done by mapshaper in one run so that shared borders stay one arc:
// a border between two counties (or a county and a neighbouring city) is simplified, clipped and
// rounded once, and both sides get exactly the same vertices.
import mapshaper from 'mapshaper';

function featureCollection(features) {
  return { type: 'FeatureCollection', features };
}

function polygonFeature(properties, polygons) {
  return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/**
 * @param {object} input
 * @param {Array<{ group: 'unit' | 'neighbour', key: string, polygons: number[][][][] }>} input.units
 *   Zhangzhou's units and the neighbours' districts, already in WGS-84.
 * @param {number[][][][]} input.land land polygons (WGS-84) covering at least `bbox`
 * @param {number[]} input.bbox extent of the output
 * @param {number} input.simplifyPercent share of removable vertices to keep
 * @param {number} input.decimals coordinate decimals of the output
 * @returns {Promise<{ commands: string, units: object, land: object }>} GeoJSON collections;
 *   units carry group, key, label_lon and label_lat.
 */
export async function shapeLayers({ units, land, bbox, simplifyPercent, decimals }) {
  const precision = (10 ** -decimals).toFixed(decimals);
  const bboxArg = bbox.join(',');
  const commands = [
    '-i units.json name=units',
    '-i land.json name=land',
    // CHN and TWN overlap in @geo-maps (Kinmen is in both); dissolving gives one land mosaic.
    '-dissolve target=land',
    '-clip bbox=' + bboxArg + ' target=land',
    // Splits rings that touch themselves at a point (two pinches in @geo-maps' coast here),
    // which GeoJSON validators reject.
    '-clean target=land',
    // -clean before -clip: without it -clip silently drops 平和县 (self-intersecting rings).
    '-clean target=units',
    '-dissolve key copy-fields=group target=units',
    `-simplify ${simplifyPercent}% keep-shapes target=units`,
    '-clip land remove-slivers target=units',
    '-clip bbox=' + bboxArg + ' target=units',
    '-filter-slivers target=units',
    '-clean target=units',
    "-each 'label_lon = this.innerX, label_lat = this.innerY' target=units",
    `-o format=geojson precision=${precision} fix-geometry geojson-type=FeatureCollection target=units,land`,
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, {
    'units.json': featureCollection(
      units.map((u) => polygonFeature({ group: u.group, key: u.key }, u.polygons)),
    ),
    'land.json': featureCollection([polygonFeature({}, land)]),
  });
  return {
    commands,
    units: JSON.parse(String(out['units.json'])),
    land: JSON.parse(String(out['land.json'])),
  };
}
