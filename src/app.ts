import type {} from './app-handle';
import countiesUrl from '../geodata/counties.geojson?url';
import contextUrl from '../geodata/context.geojson?url';
import type { PlanData } from './data/index.ts';
import { onLanguageChange, t } from './i18n';
import {
  GeodataError,
  loadGeoJson,
  validateContext,
  validateCounties,
  type ContextCollection,
  type CountyCollection,
} from './map/geodata';
import { MapView } from './map/map-view';
import { startPlatform } from './pwa/platform';
import { h } from './ui/dom';
import { showFatalError } from './ui/error-view';
import { Header } from './ui/header';
import { Router, type Route, type ViewId } from './ui/router';
import { TabBar } from './ui/tab-bar';
import { loadBundledPlan, planErrorText } from './ui/plan/load-plan';
import { AtlasView } from './views/atlas';
import { BaselineView } from './views/baseline';
import { CompareView } from './views/compare';
import { PresentView } from './views/present';
import { PresenterView } from './views/presenter';
import { TargetsView } from './views/targets';
import { WorkbenchView } from './views/workbench';
import type { AppContext, AppView } from './views/view';

function geodataMessage(err: GeodataError): string {
  const key =
    err.kind === 'fetch'
      ? 'error.geodata.fetch'
      : err.kind === 'parse'
        ? 'error.geodata.parse'
        : 'error.geodata.invalid';
  return t(key, { file: err.file, detail: err.detail });
}

function fail(root: HTMLElement, message: string): void {
  console.error(message);
  showFatalError(root, message);
}

/** Builds the page: loads the geodata, creates the one map, the header, the views and routes. */
export async function startApp(root: HTMLElement): Promise<void> {
  const header = new Header();
  const stage = h('main', { class: 'stage' });
  const status = h('p', { class: 'status', role: 'status' }, t('app.loading'));
  stage.append(status);
  root.replaceChildren(header.element, stage);
  // Platform (offline, update prompt, storage warnings, ⚙ settings): src/pwa/platform.ts
  const platform = startPlatform(header);

  let counties: CountyCollection;
  let context: ContextCollection;
  // The plan loads alongside the boundaries; it never rejects (its errors come back as data).
  const planLoad = loadBundledPlan();
  try {
    [counties, context] = await Promise.all([
      loadGeoJson(countiesUrl, 'counties.geojson', validateCounties),
      loadGeoJson(contextUrl, 'context.geojson', validateContext),
    ]);
  } catch (err) {
    fail(root, err instanceof GeodataError ? geodataMessage(err) : String(err));
    return;
  }
  // Invalid plan data stops the app with the full list of entries to fix. A map without the
  // plan would look like "the plan sets nothing here", and every view reads the plan.
  const planResult = await planLoad;
  if (!planResult.ok) {
    fail(root, planErrorText(planResult.errors));
    return;
  }
  const plan: PlanData = planResult.data;
  status.remove();

  // The map is created once, in its own element, which views move into their layout.
  const mapEl = h('section', { class: 'map', id: 'map' });
  stage.append(mapEl);
  let mapView: MapView;
  try {
    mapView = new MapView(mapEl, counties, context);
  } catch (err) {
    fail(root, t('error.map', { detail: err instanceof Error ? err.message : String(err) }));
    return;
  }
  platform.attachMap(mapView); // the optional online basemap

  onLanguageChange((lang) => mapView.setLanguage(lang));

  const views = new Map<ViewId, AppView>();
  let active: AppView | null = null;
  const router = new Router((route) => activate(route));
  const ctx: AppContext = {
    counties,
    context,
    plan,
    mapView,
    header,
    router,
    attachMap: (slot) => {
      if (mapEl.parentElement === slot) return;
      const first = mapEl.parentElement === stage;
      mapEl.hidden = false;
      slot.append(mapEl);
      mapView.map.resize();
      // The map was created before any view gave it its real size: fit the city to that size.
      if (first) mapView.fitCity(false);
    },
    navigate: (route: Route) => router.navigate(route),
  };
  for (const view of [
    new AtlasView(ctx),
    new TargetsView(ctx),
    new WorkbenchView(ctx),
    new CompareView(ctx),
    new BaselineView(ctx),
  ])
    views.set(view.id, view);
  // The briefing (issue 6); the presenter window's view is opened by it, not a tab.
  for (const view of [new PresentView(ctx), new PresenterView(ctx)]) views.set(view.id, view);
  const tabs = new TabBar(
    header.nav,
    [...views.values()].filter((v) => v.id !== 'presenter'),
    (id) => router.navigate({ view: id, params: new URLSearchParams() }),
  );

  function activate(route: Route): void {
    const next = views.get(route.view) ?? views.get('atlas');
    if (!next) return;
    if (active !== next) {
      active?.hide();
      active?.element.remove();
      stage.append(next.element);
      active = next;
      tabs.setActive(next.id);
    }
    next.show(route.params);
    // Until a view takes the map, it waits in the stage; there it must not cover a view that
    // has no map (the app opened on #/targets).
    mapEl.hidden = mapEl.parentElement === stage;
  }
  router.start();

  window.__zz = { mapView, header, router, navigate: ctx.navigate };
}
