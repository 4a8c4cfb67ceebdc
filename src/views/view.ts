import type { PlanData } from '../data/index.ts';
import type { ContextCollection, CountyCollection } from '../map/geodata';
import type { MapView } from '../map/map-view';
import type { MessageKey } from '../i18n';
import type { Header } from '../ui/header';
import type { Route, Router, ViewId } from '../ui/router';

/** What every view gets from the app: the loaded data, the one map, and navigation. */
export interface AppContext {
  counties: CountyCollection;
  context: ContextCollection;
  /** The validated 2023 plan dataset (targets, actuals, units, industries, zones, projects). */
  plan: PlanData;
  mapView: MapView;
  header: Header;
  router: Router;
  /** Moves the single map into a view's slot (the map is shared, never duplicated). */
  attachMap: (slot: HTMLElement) => void;
  navigate: (route: Route) => void;
}

/** A top-level screen (a tab). Views are built once and shown or hidden as the route changes. */
export interface AppView {
  readonly id: ViewId;
  readonly labelKey: MessageKey;
  readonly element: HTMLElement;
  /** Called when the route selects this view, and again when only its params change. */
  show: (params: URLSearchParams) => void;
  hide: () => void;
}
