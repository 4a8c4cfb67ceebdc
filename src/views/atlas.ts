import { onLanguageChange } from '../i18n';
import { PlanMap } from '../map/plan-map';
import { CountyPanel } from '../ui/county-panel';
import { h } from '../ui/dom';
import { UnitList } from '../ui/unit-list';
import { renderCountyPlan } from '../ui/plan/county-plan';
import { industryHighlight } from '../ui/plan/industry-model';
import { IndustryDrawer } from '../ui/plan/industry-drawer';
import { LayersPanel } from '../ui/plan/layers-panel';
import { OutlineImport } from '../ui/plan/outline-import';
import { persistOutlines } from '../ui/plan/outline-persist';
import { OutlineStore } from '../ui/plan/outline-store';
import { PlaceList } from '../ui/plan/place-list';
import { PlacePanel } from '../ui/plan/place-panel';
import {
  formatAtlasState,
  parseAtlasState,
  type AtlasState,
  type Selection,
} from './atlas/atlas-state';
import type { AppContext, AppView } from './view';

/**
 * 地图 / Map: the 11 units with the 2023 plan on top: zones, projects, the industry view and
 * the panels. The lists (keyboard) and the map (mouse) select the same way; the state lives
 * in the URL (`#/atlas?industry=food_processing&unit=350623`, `…&zone=zone.gulei`).
 */
export class AtlasView implements AppView {
  readonly id = 'atlas' as const;
  readonly labelKey = 'nav.map' as const;
  readonly element: HTMLElement;
  private readonly mapSlot: HTMLElement;
  private readonly list: UnitList;
  private readonly panel: CountyPanel;
  private readonly placePanel: PlacePanel;
  private readonly places: PlaceList;
  private readonly layers: LayersPanel;
  private readonly drawer: IndustryDrawer;
  private readonly planMap: PlanMap;
  private readonly outlines = new OutlineStore();
  private readonly unitIds: Set<string>;
  private state: AtlasState = { selection: null, industriesOn: false, industry: null };
  /** The industry to restore when the industry layer is switched back on. */
  private lastIndustry: string | null = null;

  constructor(private readonly ctx: AppContext) {
    const { plan, mapView } = ctx;
    this.unitIds = new Set(ctx.counties.features.map((f) => f.properties.adcode));
    this.planMap = new PlanMap(mapView, plan);
    this.outlines.onChange((zoneId) => {
      if (zoneId === null) {
        this.placePanel.render();
        return;
      }
      const boundary = this.outlines.get(zoneId);
      this.planMap.setImportedOutline(
        zoneId,
        boundary ? { geometry: boundary.geometry, fileName: boundary.fileName } : null,
      );
      this.placePanel.render();
    });
    void persistOutlines(this.outlines, plan);
    const select = (selection: Selection): void => this.select(selection, true, true);
    this.panel = new CountyPanel(() => this.select(null));
    this.placePanel = new PlacePanel(
      {
        data: plan,
        store: this.outlines,
        importer: new OutlineImport(plan, this.outlines, () => {
          this.placePanel.render();
          // The result may be below the fold of a long panel: bring it into view.
          this.placePanel.element
            .querySelector('.import-message')
            ?.scrollIntoView({ block: 'nearest' });
        }),
        select,
      },
      () => this.select(null),
    );
    this.list = new UnitList(
      ctx.counties,
      (adcode) => this.select({ kind: 'unit', id: adcode }, true),
      (adcode) => mapView.hoverCounty(adcode),
    );
    this.places = new PlaceList(plan, (kind, id) => this.select({ kind, id }, true));
    this.layers = new LayersPanel(plan, {
      onToggle: (group, on) => {
        if (group === 'industries') this.setIndustry(on, on ? this.lastIndustry : null);
        else this.planMap.setVisible(group, on);
      },
      onIndustry: (id) => this.setIndustry(true, id),
    });
    this.drawer = new IndustryDrawer(plan, {
      onRowHover: (adcode) => mapView.hoverCounty(adcode),
      onRowClick: (adcode) => this.select({ kind: 'unit', id: adcode }),
      onClose: () => this.setIndustry(false, null),
    });
    const sidebar = h(
      'aside',
      { class: 'sidebar sidebar--atlas' },
      this.layers.element,
      this.list.element,
      this.places.element,
    );
    this.mapSlot = h('div', { class: 'map-slot' });
    this.element = h(
      'div',
      { class: 'view view--atlas' },
      sidebar,
      h('div', { class: 'map-column' }, this.mapSlot, this.drawer.element),
      this.panel.element,
      this.placePanel.element,
    );
    onLanguageChange(() => {
      this.list.render();
      this.places.render();
      this.places.setSelected(
        this.placeKind(this.state.selection),
        this.state.selection?.id ?? null,
      );
      this.layers.render();
      this.renderCountyPlan();
      this.panel.render();
      this.placePanel.render();
      this.drawer.render();
    });
  }

  show(params: URLSearchParams): void {
    this.ctx.attachMap(this.mapSlot);
    this.ctx.mapView.onSelectCounty = (adcode) =>
      this.select(adcode ? { kind: 'unit', id: adcode } : null);
    this.planMap.onSelectPlace = (kind, id) => this.select({ kind, id });
    this.apply(parseAtlasState(params, this.ctx.plan, this.unitIds), false);
  }

  hide(): void {
    this.ctx.mapView.selectCounty(null);
    this.ctx.mapView.hoverCounty(null);
    this.planMap.select(null, null);
    // Other views share the map: the industry highlight is the atlas's own (show restores it).
    this.planMap.setIndustry(new Map());
  }

  /** Selects a unit, zone or project (or nothing), updating everything and the address. */
  select(selection: Selection | null, fly = false, focusPanel = false): void {
    this.commit({ ...this.state, selection }, fly);
    if (!focusPanel) return;
    // The link that was clicked has been re-rendered away: keep keyboard focus in the panel.
    const panel = selection?.kind === 'unit' ? this.panel.element : this.placePanel.element;
    if (!panel.hidden) panel.focus({ preventScroll: true });
  }

  private setIndustry(on: boolean, industry: string | null): void {
    if (industry !== null) this.lastIndustry = industry;
    this.commit({ ...this.state, industriesOn: on, industry: on ? industry : null }, false);
  }

  private commit(state: AtlasState, fly: boolean): void {
    this.ctx.router.replaceParams(formatAtlasState(state, this.ctx.router.route.params));
    this.apply(state, fly);
  }

  private placeKind(selection: Selection | null): 'zone' | 'project' | null {
    return selection && selection.kind !== 'unit' ? selection.kind : null;
  }

  private renderCountyPlan(): void {
    const adcode = this.panel.adcode;
    if (adcode === null) return;
    renderCountyPlan(this.panel.planSlot, this.ctx.plan, adcode, (s) => this.select(s, true, true));
  }

  private apply(state: AtlasState, fly: boolean): void {
    this.state = state;
    // The industry view first: opening or closing the drawer changes the map's size, and the
    // camera must then frame the selection (or the city) in the space that is left.
    const drawerWasOpen = this.drawer.open;
    this.layers.set({ industriesOn: state.industriesOn, industry: state.industry });
    this.planMap.setVisible('industries', state.industriesOn);
    this.planMap.setIndustry(
      state.industriesOn && state.industry
        ? industryHighlight(this.ctx.plan, state.industry)
        : new Map(),
    );
    if (state.industriesOn) this.drawer.show();
    else this.drawer.hide();
    this.drawer.setHighlightedColumn(state.industry);
    const resized = this.drawer.open !== drawerWasOpen;
    if (resized) this.ctx.mapView.map.resize();
    const move = fly || resized;

    const { selection } = state;
    const unit =
      selection?.kind === 'unit'
        ? (this.ctx.counties.features.find((f) => f.properties.adcode === selection.id) ?? null)
        : null;
    const code = unit ? unit.properties.adcode : null;
    this.ctx.mapView.selectCounty(code, move);
    this.list.setSelected(code);
    this.drawer.setSelectedRow(code);
    if (unit) {
      renderCountyPlan(this.panel.planSlot, this.ctx.plan, unit.properties.adcode, (s) =>
        this.select(s, true, true),
      );
      this.panel.show(unit);
    } else this.panel.hide();

    const placeKind = this.placeKind(selection);
    const placeId = placeKind ? (selection?.id ?? null) : null;
    this.planMap.select(placeKind, placeId, move);
    this.places.setSelected(placeKind, placeId);
    if (placeKind && placeId) this.placePanel.show(placeKind, placeId);
    else this.placePanel.hide();
    if (resized && !selection) this.ctx.mapView.fitCity();
  }
}
