import { onLanguageChange } from '../i18n';
import { CountyPanel } from '../ui/county-panel';
import { h } from '../ui/dom';
import { UnitList } from '../ui/unit-list';
import type { AppContext, AppView } from './view';

/**
 * 地图 / Map: the 11 units with the plan on top. The unit list (keyboard) and the map (mouse)
 * select the same way; the selection lives in the URL (`#/atlas?unit=350623`) so it can be
 * linked to and survives a reload.
 */
export class AtlasView implements AppView {
  readonly id = 'atlas' as const;
  readonly labelKey = 'nav.map' as const;
  readonly element: HTMLElement;
  private readonly mapSlot: HTMLElement;
  private readonly list: UnitList;
  private readonly panel: CountyPanel;

  constructor(private readonly ctx: AppContext) {
    this.panel = new CountyPanel(() => this.select(null));
    this.list = new UnitList(
      ctx.counties,
      (adcode) => this.select(adcode, true),
      (adcode) => ctx.mapView.hoverCounty(adcode),
    );
    const sidebar = h('aside', { class: 'sidebar' }, this.list.element);
    this.mapSlot = h('div', { class: 'map-slot' });
    this.element = h(
      'div',
      { class: 'view view--atlas' },
      sidebar,
      this.mapSlot,
      this.panel.element,
    );
    onLanguageChange(() => {
      this.list.render();
      this.panel.render();
    });
  }

  show(params: URLSearchParams): void {
    this.ctx.attachMap(this.mapSlot);
    this.ctx.mapView.onSelectCounty = (adcode) => this.select(adcode);
    this.apply(params.get('unit'), false);
  }

  hide(): void {
    this.ctx.mapView.selectCounty(null);
  }

  /** Selects a unit (or none), updating the map, the list, the panel and the address. */
  select(adcode: string | null, fly = false): void {
    const params = new URLSearchParams(this.ctx.router.route.params);
    if (adcode) params.set('unit', adcode);
    else params.delete('unit');
    this.ctx.router.replaceParams(params);
    this.apply(adcode, fly);
  }

  private apply(adcode: string | null, fly: boolean): void {
    const feature = this.ctx.counties.features.find((f) => f.properties.adcode === adcode) ?? null;
    const code = feature ? feature.properties.adcode : null;
    this.ctx.mapView.selectCounty(code, fly);
    this.list.setSelected(code);
    if (feature) this.panel.show(feature);
    else this.panel.hide();
  }
}
