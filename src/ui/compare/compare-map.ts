/**
 * The difference B − A on the shared county map: a diverging choropleth (orange where B is
 * lower, blue where it is higher, in percentage points) of each county's probability of meeting
 * the city's target rate or of its projected growth, the legend, and the counties as a list
 * with A, B and the difference (the keyboard's way to the map and its text alternative).
 */
import { gapScale, stepStops, type ThresholdScale } from '../../charts/color-scales';
import type { ChartHandle } from '../../charts/interaction';
import { layoutScaleLegend, type ScaleLegendLayout } from '../../charts/scale-legend';
import { mountScaleLegend } from '../../charts/static-mount';
import { getLanguage, t, type Lang } from '../../i18n';
import { formatPercent, formatPoints, formatProbability } from '../../i18n/format';
import type { CountyCollection } from '../../map/geodata';
import type { MapView } from '../../map/map-view';
import { setPlanOverlaysAside } from '../../map/overlays-aside';
import { outputDef, type OutputId } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';
import { clear, h } from '../dom';
import { focusChoice, segButton } from '../segmented';
import { countyIndicatorFor } from '../workbench/run-request';
import { MAP_THRESHOLDS, countyDifference, type MapMode } from './county-diff';
import { slotLetter } from './scenario-bar';

export interface ComparePair {
  a: SimulationResult;
  b: SimulationResult;
  /** Slot index of B. */
  pair: number;
}

export class CompareMap {
  readonly element: HTMLElement;
  readonly mapSlot: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly modes: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly legendSlot: HTMLElement;
  private readonly list: HTMLElement;
  private legend: ChartHandle<ScaleLegendLayout> | null = null;
  private data: ComparePair | null = null;
  private indicator: OutputId = 'gdp';
  private selected: string | null = null;
  private active = false;
  mode: MapMode = 'probability';

  constructor(
    private readonly mapView: MapView,
    private readonly counties: CountyCollection,
    private readonly onModeChange: (mode: MapMode) => void,
  ) {
    this.heading = h('h2', { class: 'compare-section__title', id: 'compare-map-heading' });
    this.modes = h('div', { class: 'segmented', role: 'group' });
    this.caption = h('p', { class: 'compare-map__caption muted' });
    this.mapSlot = h('div', { class: 'map-slot compare-map__map' });
    this.legendSlot = h('div', { class: 'compare-map__legend' });
    this.list = h('ul', { class: 'compare-map__list', id: 'compare-county-list' });
    this.element = h(
      'section',
      { class: 'compare-section compare-map', 'aria-labelledby': this.heading.id },
      h('div', { class: 'compare-section__head' }, this.heading, this.modes),
      this.caption,
      h('div', { class: 'compare-map__frame' }, this.mapSlot, this.legendSlot),
      this.list,
    );
  }

  activate(): void {
    this.active = true;
    this.mapView.onSelectCounty = (adcode) => this.select(adcode);
    this.render();
    // Activated again without leaving: the previous stash is put back first, then taken anew.
    this.restoreOverlays?.();
    this.restoreOverlays = setPlanOverlaysAside(this.mapView);
  }

  deactivate(): void {
    this.active = false;
    this.mapView.setCountyChoropleth(null);
    this.mapView.selectCounty(null);
    this.mapView.onSelectCounty = () => undefined;
    this.restoreOverlays?.();
    this.restoreOverlays = null;
  }

  /** Puts the plan overlays back (set while the difference map has the map). */
  private restoreOverlays: (() => void) | null = null;

  update(
    data: ComparePair | null,
    indicator: OutputId,
    mode: MapMode,
    names: readonly string[],
  ): void {
    this.data = data;
    this.indicator = indicator;
    this.mode = mode;
    this.names = names;
    this.render();
  }

  private names: readonly string[] = [];

  private select(adcode: string | null): void {
    this.selected = adcode;
    this.mapView.selectCounty(adcode);
    this.render();
  }

  private scale(lang: Lang, name: string): ThresholdScale {
    const b = slotLetter(this.data?.pair ?? 1);
    return {
      ...gapScale(lang, { thresholds: MAP_THRESHOLDS[this.mode] }),
      title: t(
        this.mode === 'probability'
          ? 'compare.map.legend.probability'
          : 'compare.map.legend.growth',
        { name },
      ),
      endLabels: [t('compare.map.lower', { b }), t('compare.map.higher', { b })],
    };
  }

  render(): void {
    const lang = getLanguage();
    const shown = countyIndicatorFor(this.indicator);
    const def = outputDef(shown);
    const name = lang === 'en' ? def.nameEn : def.nameZh;
    const b = slotLetter(this.data?.pair ?? 1);
    this.heading.textContent = t('compare.map.heading', { a: 'A', b });
    this.modes.setAttribute('aria-label', t('compare.map.mode'));
    clear(this.modes);
    for (const mode of ['probability', 'growth'] as const) {
      const label = t(
        mode === 'probability' ? 'compare.map.mode.probability' : 'compare.map.mode.growth',
      );
      const pick = (): void => {
        if (mode === this.mode) return;
        this.mode = mode;
        this.onModeChange(mode);
        this.render();
        focusChoice(this.modes, 'mode', mode);
      };
      this.modes.append(segButton('mode', mode, mode === this.mode, label, pick));
    }
    const fallback = outputDef(this.indicator).kind !== 'growth';
    this.caption.textContent = [
      fallback ? t('compare.map.levelNote', { name }) : '',
      t('compare.map.hint'),
    ]
      .filter(Boolean)
      .join(' ');
    const scale = this.scale(lang, name);
    const layout = layoutScaleLegend(scale, { lang, width: 330 });
    if (this.legend) this.legend.update(layout);
    else this.legend = mountScaleLegend(this.legendSlot, layout);
    const diff = this.data
      ? countyDifference(this.data.a, this.data.b, shown, this.mode)
      : new Map<string, number>();
    this.renderList(lang, scale, diff, shown);
    if (this.active) {
      this.mapView.setCountyChoropleth(this.data ? diff : null, {
        stops: stepStops(scale),
        noDataColor: scale.noData.color,
      });
    }
  }

  private renderList(
    lang: Lang,
    scale: ThresholdScale,
    diff: Map<string, number>,
    shown: ReturnType<typeof countyIndicatorFor>,
  ): void {
    clear(this.list);
    this.list.setAttribute('aria-label', this.heading.textContent ?? '');
    const data = this.data;
    if (!data) return;
    const b = slotLetter(data.pair);
    const of = (r: SimulationResult, code: string) =>
      r.counties.find((c) => c.indicator === shown && c.adcode === code);
    const value = (r: SimulationResult, code: string): string => {
      const c = of(r, code);
      if (!c) return '—';
      return this.mode === 'probability'
        ? formatProbability(c.annual.pMeet, lang)
        : formatPercent(c.annual.percentiles.p50, lang, 1);
    };
    for (const f of this.counties.features) {
      const p = f.properties;
      const d = diff.get(p.adcode);
      const swatch = h('span', { class: 'compare-map__swatch', 'aria-hidden': 'true' });
      swatch.style.background = scale.color(d);
      const name = lang === 'en' ? p.name_en : p.name_zh;
      const button = h(
        'button',
        {
          type: 'button',
          class: 'compare-map__county',
          'data-adcode': p.adcode,
          'data-diff': d === undefined ? '' : d.toFixed(3),
          'aria-pressed': String(p.adcode === this.selected),
        },
        swatch,
        h('span', { class: 'compare-map__name' }, name),
        h(
          'span',
          { class: 'compare-map__value' },
          t('compare.map.values', {
            a: 'A',
            va: value(data.a, p.adcode),
            b,
            vb: value(data.b, p.adcode),
            delta: d === undefined ? '—' : formatPoints(d, lang, 1),
          }),
        ),
      );
      button.addEventListener('click', () =>
        this.select(p.adcode === this.selected ? null : p.adcode),
      );
      button.addEventListener('mouseenter', () => this.mapView.hoverCounty(p.adcode));
      button.addEventListener('mouseleave', () => this.mapView.hoverCounty(null));
      this.list.append(h('li', {}, button));
    }
  }
}
