/**
 * Public API of the projection model (pure TypeScript, no DOM). The app normally runs
 * simulations through the worker bridge in src/sim; these functions are for everything that
 * needs no simulation (tables, validation, instant previews) and for tests and tools.
 */
export { DRIVERS, DRIVER_IDS, FACTORS, FACTOR_IDS, driverDef, isDriverId } from './drivers';
export type { DriverDef, DriverId, FactorId } from './drivers';
export {
  OUTPUTS,
  OUTPUT_IDS,
  GROWTH_OUTPUT_IDS,
  LEVEL_OUTPUT_IDS,
  QUARTER_LABELS_EN,
  QUARTER_LABELS_ZH,
  outputDef,
  isOutputId,
} from './outputs';
export type { GrowthOutputId, LevelOutputId, OutputDef, OutputId } from './outputs';
export { PARAMETERS, defaultParamValues } from './parameters';
export type { ParamDef, ParamGroup } from './parameters';
export { buildLinks } from './links';
export type { LinkTerm } from './links';
export { INDUSTRY_EXPOSURES, countyMultipliers } from './counties';
export type { CountyInput, CountyMultipliers, IndustryExposure } from './counties';
export {
  DEFAULT_PATHS,
  DEFAULT_SEED,
  PATHS_CAP,
  SCENARIO_VERSION,
  changedDrivers,
  defaultScenario,
  resolveDrivers,
  resolveParameters,
} from './scenario';
export type { CountyAssumptions, DriverSetting, Scenario } from './scenario';
export { PRESETS } from './presets';
export type { Preset } from './presets';
export {
  checkParameterValue,
  checkPaths,
  formatIssues,
  parseScenarioJson,
  validateScenario,
} from './validate';
export type { ValidationContext, ValidationIssue, ValidationResult } from './validate';
export { requiredGrowth, growthForm, levelForm, cumulativeShares } from './ytd';
export type { RequiredGrowth } from './ytd';
export { attributeCentral, centralProjection } from './central';
export type { CentralAttribution, CentralOutput } from './central';
export { simulate } from './simulate';
export { BLOCK_SIZE, FIRST_BATCH_PATHS, MODEL_VERSION } from './run-types';
export type { RunRequest, VariantLabel } from './run-types';
export { PERCENTILE_LEVELS } from './result-types';
export type {
  AnnualStats,
  AttributionResult,
  CountyResult,
  DriverEffect,
  OutputResult,
  Percentiles,
  QuarterStats,
  RequiredStats,
  SensitivityResult,
  ShortfallStats,
  SimulationResult,
} from './result-types';
export { normalCdf, normalQuantile } from './stats';
