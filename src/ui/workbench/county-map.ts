/**
 * The county choropleth of the workbench: each county's probability of reaching the city's
 * target rate, or its median projected growth minus the target, on the shared map, with the
 * legend and a list of the counties with their values (the keyboard's and screen reader's way
 * to the map, and its text alternative). The classes come from the charts' colour scales, so the
 * map, the legend and the list agree.
 */
import {
  gapScale,
  probabilityScale,
  stepStops,
  type ThresholdScale,
} from '../../charts/color-scales';
import { layoutScaleLegend } from '../../charts/scale-legend';
import { mountScaleLegend } from '../../charts/static-mount';
import type { ChartHandle } from '../../charts/interaction';
import type { ScaleLegendLayout } from '../../charts/scale-legend';
import type { CountyCollection } from '../../map/geodata';
import type { MapView } from '../../map/map-view';
import { setPlanOverlaysAside } from '../../map/overlays-aside';
import { outputDef, type OutputId } from '../../model/outputs';
import type { CountyResult, SimulationResult } from '../../model/result-types';
import { getLanguage, t, type Lang } from '../../i18n';
import { formatPoints, formatProbability } from '../../i18n/format';
import { clear, h } from '../dom';
import { segButton } from '../segmented';
import { formatOutputTarget } from './format';
import { countyIndicatorFor } from './run-request';

export type MapMode = 'probability' | 'gap';

/** A county's number on the map: its probability, or median growth minus the threshold (pp). */
export function countyValue(county: CountyResult, mode: MapMode): number | null {
  const v =
    mode === 'probability' ? county.annual.pMeet : county.annual.percentiles.p50 - county.threshold;
  return Number.isFinite(v) ? v : null;
}

/** The colour scale of a mode. */
export function mapScale(mode: MapMode, lang: Lang): ThresholdScale {
  return mode === 'probability' ? probabilityScale(lang) : gapScale(lang);
}

/** A county's value as text for the list: "52%" or "−0.4个百分点". */
export function formatCountyValue(value: number | null, mode: MapMode, lang: Lang): string {
  if (value === null) return '—';
  return mode === 'probability' ? formatProbability(value, lang) : formatPoints(value, lang, 1);
}

export interface CountyMapHandlers {
  onSelect: (adcode: string | null) => void;
  onModeChange?: (mode: MapMode) => void;
}

export class CountyMap {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly modeGroup: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly actualsNote: HTMLElement;
  private readonly legendSlot: HTMLElement;
  private readonly list: HTMLElement;
  private legend: ChartHandle<ScaleLegendLayout> | null = null;
  private result: SimulationResult | null = null;
  private indicator: OutputId = 'gdp';
  private selected: string | null = null;
  private actualsEntered = false;
  private active = false;
  /** Puts the plan overlays back (set while the workbench has the map). */
  private restoreOverlays: (() => void) | null = null;
  private built = '';
  mode: MapMode = 'probability';

  constructor(
    private readonly mapView: MapView,
    private readonly counties: CountyCollection,
    private readonly handlers: CountyMapHandlers,
  ) {
    this.heading = h('h2', { class: 'wb-section__title', id: 'wb-map-heading' });
    this.modeGroup = h('div', { class: 'segmented wb-map__modes', role: 'group' });
    this.caption = h('p', { class: 'wb-map__caption' });
    // The model fixes only the city's series on the published figures a planner enters (the
    // required-growth table); the counties' numbers stay those of the scenario alone.
    this.actualsNote = h('p', { class: 'wb-map__note', hidden: true });
    this.legendSlot = h('div', { class: 'wb-map__legend' });
    this.list = h('ul', { class: 'wb-map__list' });
    this.element = h(
      'section',
      { class: 'wb-section wb-map', 'aria-labelledby': this.heading.id },
      h('div', { class: 'wb-section__head' }, this.heading, this.modeGroup),
      this.caption,
      this.actualsNote,
      this.legendSlot,
      this.list,
    );
    this.render();
  }

  /** Shows the choropleth on the shared map (the workbench took the map). */
  activate(): void {
    this.active = true;
    this.paint();
    // Activated again without leaving: the previous stash is put back first, then taken anew.
    this.restoreOverlays?.();
    this.restoreOverlays = setPlanOverlaysAside(this.mapView);
  }

  /** Removes the choropleth from the shared map (the workbench was left). */
  deactivate(): void {
    this.active = false;
    this.mapView.setCountyChoropleth(null);
    this.restoreOverlays?.();
    this.restoreOverlays = null;
  }

  /**
   * Shows a result. `actualsEntered`: the scenario holds published figures for some city
   * indicator, which the county numbers do not include (a note says so).
   */
  update(
    result: SimulationResult | null,
    indicator: OutputId,
    selected: string | null,
    actualsEntered = false,
  ): void {
    this.result = result;
    this.indicator = indicator;
    this.selected = selected;
    this.actualsEntered = actualsEntered;
    this.render();
  }

  setMode(mode: MapMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.render();
    this.modeGroup.querySelector<HTMLElement>(`[data-mode="${mode}"]`)?.focus();
    this.handlers.onModeChange?.(mode);
  }

  /** The counties of the result for the map's indicator. */
  private rows(): CountyResult[] {
    const id = countyIndicatorFor(this.indicator);
    return (this.result?.counties ?? []).filter((c) => c.indicator === id);
  }

  render(): void {
    const lang = getLanguage();
    const scale = mapScale(this.mode, lang);
    // The frame (buttons, caption, legend, list) changes with the language, the mode and the
    // indicator; a new result only changes each county's colour and number.
    const key = `${lang}|${this.mode}|${this.indicator}`;
    if (key !== this.built) {
      this.built = key;
      this.renderFrame(lang, scale);
    }
    this.actualsNote.hidden = !this.actualsEntered;
    this.actualsNote.textContent = this.actualsEntered ? t('wb.map.actualsNote') : '';
    this.renderValues(lang, scale);
    this.paint();
  }

  private renderFrame(lang: Lang, scale: ThresholdScale): void {
    const shown = outputDef(countyIndicatorFor(this.indicator));
    const name = lang === 'en' ? shown.nameEn : shown.nameZh;
    this.heading.textContent = t('wb.map.heading');
    this.modeGroup.setAttribute('aria-label', t('wb.map.mode'));
    clear(this.modeGroup);
    for (const mode of ['probability', 'gap'] as const) {
      const label = t(mode === 'probability' ? 'wb.map.mode.probability' : 'wb.map.mode.gap');
      this.modeGroup.append(
        segButton('mode', mode, mode === this.mode, label, () => this.setMode(mode)),
      );
    }
    const fallback = outputDef(this.indicator).kind !== 'growth';
    this.caption.textContent = [
      fallback ? t('wb.map.indicator.fallback', { name }) : '',
      t('wb.map.indicator', { name, target: formatOutputTarget(shown, lang) }),
      t('wb.map.hint'),
    ]
      .filter(Boolean)
      .join(' ');
    const legendLayout = layoutScaleLegend(scale, { lang, width: 400 });
    if (this.legend) this.legend.update(legendLayout);
    else this.legend = mountScaleLegend(this.legendSlot, legendLayout);

    clear(this.list);
    this.list.setAttribute('aria-label', t('wb.map.list'));
    const features = [...this.counties.features].sort(
      (a, b) =>
        (a.properties.kind === b.properties.kind ? 0 : a.properties.kind === 'district' ? -1 : 1) ||
        a.properties.adcode.localeCompare(b.properties.adcode),
    );
    for (const f of features) {
      const p = f.properties;
      const b = h(
        'button',
        { type: 'button', class: 'wb-map__county', 'data-adcode': p.adcode },
        h('span', { class: 'wb-map__swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'wb-map__name' }, lang === 'en' ? p.name_en : p.name_zh),
        h('span', { class: 'wb-map__value' }),
      );
      b.addEventListener('click', () =>
        this.handlers.onSelect(p.adcode === this.selected ? null : p.adcode),
      );
      b.addEventListener('mouseenter', () => this.mapView.hoverCounty(p.adcode));
      b.addEventListener('mouseleave', () => this.mapView.hoverCounty(null));
      this.list.append(h('li', {}, b));
    }
  }

  private renderValues(lang: Lang, scale: ThresholdScale): void {
    const byCode = new Map(this.rows().map((c) => [c.adcode, c]));
    for (const b of this.list.querySelectorAll<HTMLButtonElement>('button[data-adcode]')) {
      const code = b.dataset.adcode ?? '';
      const county = byCode.get(code);
      const value = county ? countyValue(county, this.mode) : null;
      b.setAttribute('aria-pressed', String(code === this.selected));
      const swatch = b.querySelector<HTMLElement>('.wb-map__swatch');
      if (swatch) swatch.style.background = scale.color(value);
      const text = b.querySelector('.wb-map__value');
      const shown = formatCountyValue(value, this.mode, lang);
      if (text && text.textContent !== shown) text.textContent = shown;
    }
  }

  private paint(): void {
    if (!this.active) return;
    const scale = mapScale(this.mode, getLanguage());
    const values = new Map<string, number>();
    for (const c of this.rows()) {
      const v = countyValue(c, this.mode);
      if (v !== null) values.set(c.adcode, v);
    }
    this.mapView.setCountyChoropleth(values, {
      stops: stepStops(scale),
      noDataColor: scale.noData.color,
    });
  }
}
