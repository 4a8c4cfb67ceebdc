/**
 * The results half of the workbench: the target dashboard (headline and level cards), the
 * selected indicator's fan chart and tornado, the required-growth table, the county map and
 * the county detail. One `render(view)` draws them all from the run's state; the view
 * (src/views/workbench.ts) decides what is selected and turns their edits into store updates.
 */
import type { CountyUnit, PlanData } from '../../data/index.ts';
import type { CountyInput } from '../../model/counties';
import { outputDef, type GrowthOutputId, type OutputId } from '../../model/outputs';
import type { Scenario } from '../../model/scenario';
import type { CountyCollection } from '../../map/geodata';
import type { MapView } from '../../map/map-view';
import { getLanguage, t } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { outputFanData, sensitivityTornadoData } from './chart-data';
import {
  createFanPanel,
  createTornadoPanel,
  type FanPanel,
  type TornadoPanel,
} from './chart-panels';
import { CountyDetail } from './county-detail';
import { CountyMap, type MapMode } from './county-map';
import { TargetDashboard } from './dashboard';
import { RequiredPanel } from './required-panel';
import type { RunSnapshot } from './run-controller';
import { countyIndicatorFor } from './run-request';

export interface ResultsHandlers {
  onSelectIndicator: (id: OutputId) => void;
  onSelectCounty: (adcode: string | null, focus: boolean) => void;
  onModeChange: (mode: MapMode) => void;
  onActuals: (id: OutputId, values: number[]) => void;
  onCountyGrowth: (
    adcode: string,
    indicator: GrowthOutputId,
    growth: number | null,
    gesture: string,
  ) => void;
  onCountyIndustries: (adcode: string, industries: string[] | null) => void;
  /** Exported files' base name, with a suffix for what they show. */
  fileName: (suffix: string) => string;
}

/** What the results show. */
export interface ResultsView {
  state: RunSnapshot;
  scenario: Scenario;
  selected: OutputId;
  county: CountyUnit | null;
}

export class WorkbenchResults {
  readonly dashboard: TargetDashboard;
  readonly levels: TargetDashboard;
  readonly fan: FanPanel;
  readonly tornado: TornadoPanel;
  readonly required: RequiredPanel;
  readonly countyMap: CountyMap;
  readonly countyDetail: CountyDetail;
  private view: ResultsView | null = null;
  private mapResult: RunSnapshot['result'] = null;
  /** What the tornado shows, to redraw it only when that changes (not with every run). */
  private drawn: { sensitivity: unknown; indicator: OutputId | null } = {
    sensitivity: undefined,
    indicator: null,
  };

  constructor(
    mapView: MapView,
    counties: CountyCollection,
    plan: Pick<PlanData, 'industries'>,
    inputs: readonly CountyInput[],
    handlers: ResultsHandlers,
  ) {
    const selected = (): OutputId => this.view?.selected ?? 'gdp';
    this.dashboard = new TargetDashboard({
      groups: 'headline',
      onSelect: handlers.onSelectIndicator,
    });
    this.levels = new TargetDashboard({ groups: 'level', onSelect: handlers.onSelectIndicator });
    this.fan = createFanPanel({
      id: 'wb-fan',
      fileName: () => handlers.fileName(`-fan-${selected()}`),
    });
    this.tornado = createTornadoPanel({
      id: 'wb-tornado',
      fileName: () => handlers.fileName(`-tornado-${selected()}`),
    });
    this.required = new RequiredPanel({ onActuals: handlers.onActuals });
    this.countyMap = new CountyMap(mapView, counties, {
      onSelect: (adcode) => handlers.onSelectCounty(adcode, true),
      onModeChange: handlers.onModeChange,
    });
    const planned = (adcode: string): string[] =>
      inputs.find((c) => c.adcode === adcode)?.industries ?? [];
    this.countyDetail = new CountyDetail(plan.industries, planned, {
      onClose: () => handlers.onSelectCounty(null, false),
      onGrowth: handlers.onCountyGrowth,
      onIndustries: handlers.onCountyIndustries,
      fileName: () => handlers.fileName(`-county-${this.view?.county?.adcode ?? ''}`),
    });
  }

  render(view: ResultsView): void {
    this.view = view;
    const { state, scenario, selected } = view;
    const result = state.result;
    const def = outputDef(selected);
    const name = getLanguage() === 'en' ? def.nameEn : def.nameZh;
    this.dashboard.update(result, selected);
    this.levels.update(result, selected);
    const output = result?.outputs.find((o) => o.id === selected) ?? null;
    this.fan.heading.textContent = t(
      def.kind === 'growth' ? 'wb.fan.heading' : 'wb.fan.heading.level',
      { name },
    );
    this.fan.update(output ? outputFanData(output, scenario.name) : null);
    this.tornado.heading.textContent = t('wb.tornado.heading', { name });
    const sens = state.sensitivity?.sensitivity ?? null;
    if (sens !== this.drawn.sensitivity || selected !== this.drawn.indicator) {
      this.drawn = { sensitivity: sens, indicator: selected };
      this.tornado.update(sens ? sensitivityTornadoData(sens, selected) : null);
    }
    this.tornado.note.textContent =
      sens === null
        ? t('wb.tornado.pending')
        : state.sensitivityStale
          ? t('wb.tornado.stale')
          : t('wb.tornado.paths', {
              count: formatInteger(state.sensitivity?.paths ?? 0, getLanguage()),
            });
    this.tornado.element.classList.toggle('wb-chart--stale', state.sensitivityStale);
    this.required.update(scenario, result);
    const adcode = view.county?.adcode ?? null;
    // The map follows final results only: a coarse result's county classes are noisy, and each
    // repaint of the map costs CPU the workers need while a slider moves.
    // (A run cancelled after its coarse result leaves that result on the map, not an older one.)
    const mapResult =
      result?.final === false && state.status === 'running' ? this.mapResult : result;
    this.mapResult = mapResult;
    const actualsEntered = Object.values(scenario.actuals).some((v) => v.length > 0);
    this.countyMap.update(mapResult, selected, adcode, actualsEntered);
    const indicator = countyIndicatorFor(selected);
    this.countyDetail.update({
      unit: view.county,
      county:
        result?.counties.find((c) => c.adcode === adcode && c.indicator === indicator) ?? null,
      indicator,
      scenario,
      scenarioLabel: scenario.name,
    });
  }

  /** Redraws everything in the current language. */
  renderAll(): void {
    this.dashboard.render();
    this.levels.render();
    this.fan.render();
    this.tornado.render();
    this.required.render();
    this.countyMap.render();
    this.countyDetail.render();
    if (this.view) this.render(this.view);
  }
}
