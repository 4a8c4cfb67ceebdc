/**
 * Public API of the plan data layer. Everything here is pure (no DOM, no fs), so it runs in
 * the browser, in workers, in tests and in scripts. See src/data/README.md.
 */
export * from './schema.ts';
export { CITY_ADCODE, REPORT_DOC } from './schema-common.ts';
export { PLAN_FILES, PLAN_FILE_KEYS, REPORT_COPY_FILE, type PlanRaw } from './files.ts';
export type { PlanError } from './errors.ts';
export {
  formatPlanErrors,
  loadPlanData,
  parsePlanData,
  parsePlanTexts,
  type PlanResult,
} from './load.ts';
export { PROVINCE_ADCODE, TWIN_PARK_AREA_COUNT } from './crosscheck.ts';
export * from './queries.ts';
export * from './industries.ts';
export { targetsToCsv, targetsToJson, TARGET_CSV_COLUMNS } from './export.ts';
export { parseCsv, toCsv, UTF8_BOM } from './csv.ts';
export {
  collectReportQuotes,
  findMissingQuotes,
  normaliseForQuote,
  type QuoteRef,
} from './quotes.ts';
export { UNIT_INFO, toBaseUnit, type UnitInfo } from './units.ts';
export {
  ZHANGZHOU_BBOX,
  OFFSHORE_BBOX,
  areaKm2,
  ellipsePolygon,
  vertexCentroid,
  type Bbox,
} from './geometry.ts';
export {
  validateZoneBoundaryImport,
  type BoundaryImportError,
  type BoundaryImportErrorCode,
  type BoundaryImportOptions,
  type BoundaryImportResult,
  type ImportDatum,
} from './boundary-import.ts';
