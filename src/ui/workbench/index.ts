/**
 * The workbench's reusable pieces (issue 5), for the presenter (issue 6), the compare view and
 * the handout. Each panel is a small class or factory with `element`, an `update(…)` that takes
 * data in, handlers that send edits out, and `render()` to redraw in the current language; none
 * of them knows the store, the engine or the router. docs/workbench.md shows how they fit.
 *
 *   const dash = new TargetDashboard({ groups: 'headline', density: 'projector', onSelect });
 *   dash.update(result, 'gdp');                      // SimulationResult | null, selected output
 *
 *   const fan = createFanPanel({ id: 'deck-fan', density: 'projector', fileName: () => 'gdp' });
 *   fan.heading.textContent = '…'; fan.update(outputFanData(result.outputs[0], 'S'));
 *
 *   const drivers = new DriverPanel({ onEdit, onReset, onResetAll, onCommit });
 *   drivers.update(scenario);
 *
 *   const runs = new RunController(sharedEngine(), (state, event) => …);
 *   runs.run(buildRunRequest(scenario, extras), buildRunRequest(scenario, { ...extras, sensitivity: true }));
 */
export { TargetDashboard, type DashboardOptions } from './dashboard';
export { dashboardCard, dashboardCards, type DashboardCard } from './dashboard-cards';
export { DriverPanel, type DriverPanelHandlers } from './driver-panel';
export { PresetsPanel } from './presets-panel';
export {
  ChartPanel,
  saveBlob,
  type ChartPanelOptions,
  type ChartSteps,
  type PanelLayoutOptions,
} from './chart-panel';
export {
  createFanPanel,
  createTornadoPanel,
  type FanPanel,
  type TornadoPanel,
} from './chart-panels';
export { countyFanData, outputFanData, sensitivityTornadoData } from './chart-data';
export { RequiredPanel, type RequiredHandlers } from './required-panel';
export { CountyMap, countyValue, formatCountyValue, mapScale, type MapMode } from './county-map';
export { CountyDetail, type CountyDetailHandlers, type CountyDetailState } from './county-detail';
export {
  RunController,
  type RunEngine,
  type RunEvent,
  type RunSnapshot,
  type RunStatus,
} from './run-controller';
export {
  SENSITIVITY_PATHS_CAP,
  buildRunRequest,
  countyIndicatorFor,
  countyInputs,
  type RunExtras,
} from './run-request';
export { sharedEngine } from './shared-engine';
export * as scenarioEdits from './scenario-edits';
export {
  formatDriverValue,
  formatGap,
  formatOutputTarget,
  formatOutputValue,
  formatPathCount,
  outputUnit,
  targetSpec,
} from './format';
export { resultsToCsv, exportFileName, RESULT_CSV_COLUMNS } from './results-csv';
export { readScenarioFile, readScenarioText, scenarioToJson } from './scenario-io';
