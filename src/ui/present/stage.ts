import type { PaddingOptions } from 'maplibre-gl';
import { t, type MessageKey } from '../../i18n';
import { h } from '../dom';
import { WhatIfSliders } from './sliders';
import type { DriverId } from '../../model/index.ts';

const HELP_KEYS: MessageKey[] = [
  'present.keys.next',
  'present.keys.prev',
  'present.keys.ends',
  'present.keys.jump',
  'present.keys.slider',
  'present.keys.blank',
  'present.keys.reset',
  'present.keys.leave',
  'present.keys.presenter',
  'present.keys.help',
];

export type ResultsState = 'none' | 'pending' | 'coarse' | 'final';

/**
 * The slide: the shared map full-bleed, the scene's title over it, the panel and the live
 * sliders at the side, the what-if status, the blank screen and the key list. The same
 * element is the preview while authoring and the full screen while presenting; CSS
 * (present.css) switches between the two.
 */
export class Stage {
  readonly element: HTMLElement;
  readonly mapSlot: HTMLElement;
  readonly panel: HTMLElement;
  readonly panelBody: HTMLElement;
  readonly sliders: WhatIfSliders;
  private readonly title: HTMLElement;
  private readonly counter: HTMLElement;
  private readonly status: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly blank: HTMLElement;
  private readonly help: HTMLElement;

  constructor(onDriver: (id: DriverId, value: number) => void) {
    this.mapSlot = h('div', { class: 'present-stage__map map-slot' });
    this.title = h('h2', { class: 'present-stage__title', id: 'present-title' });
    this.counter = h('span', { class: 'present-stage__counter', 'aria-live': 'polite' });
    this.panelBody = h('div', { class: 'present-panel__body' });
    this.sliders = new WhatIfSliders(onDriver);
    this.panel = h(
      'aside',
      { class: 'present-panel', hidden: true },
      this.panelBody,
      this.sliders.element,
    );
    this.status = h('p', { class: 'present-stage__status', role: 'status' });
    this.hint = h('p', { class: 'present-stage__hint' });
    this.blank = h('div', { class: 'present-blank', hidden: true, 'aria-label': '' });
    this.help = h('div', { class: 'present-help', hidden: true, role: 'dialog' });
    this.element = h(
      'section',
      { class: 'present-stage', 'aria-labelledby': 'present-title', 'data-results': 'none' },
      this.mapSlot,
      h('header', { class: 'present-stage__bar' }, this.title, this.counter),
      this.panel,
      this.status,
      this.hint,
      this.help,
      this.blank,
    );
    this.renderChrome();
  }

  /** Texts that depend on the language (and the hint on whether the scene has sliders). */
  renderChrome(): void {
    this.hint.textContent = t(
      this.sliders.count > 0 ? 'present.keys.hint.sliders' : 'present.keys.hint',
    );
    this.blank.setAttribute('aria-label', t('present.blank.label'));
    this.help.setAttribute('aria-label', t('present.keys.title'));
    this.help.replaceChildren(
      h('h3', {}, t('present.keys.title')),
      h('ul', {}, ...HELP_KEYS.map((key) => h('li', {}, t(key)))),
    );
  }

  setScene(index: number, count: number, sceneId: string, panelKind: string | null): void {
    this.element.dataset.sceneIndex = String(index);
    this.element.dataset.sceneId = sceneId;
    this.counter.textContent = t('present.counter', { index: index + 1, count });
    this.panel.hidden = panelKind === null;
    this.panel.dataset.panelKind = panelKind ?? '';
    this.element.dataset.panelKind = panelKind ?? '';
  }

  setTitle(text: string): void {
    this.title.textContent = text;
  }

  setResults(state: ResultsState): void {
    this.element.dataset.results = state;
  }

  setModified(modified: boolean): void {
    this.element.classList.toggle('is-modified', modified);
    this.status.textContent = modified ? t('present.whatif') : '';
  }

  setBlank(on: boolean): void {
    this.blank.hidden = !on;
    this.element.classList.toggle('is-blank', on);
  }

  get helpShown(): boolean {
    return !this.help.hidden;
  }

  setHelp(on: boolean): void {
    this.help.hidden = !on;
  }

  /** Height the panel's body may take: the slide below the title, less the sliders. */
  panelRoom(): number {
    const stage = this.element.getBoundingClientRect();
    const panel = this.panel.getBoundingClientRect();
    if (stage.height === 0) return 0;
    const chrome = this.panel.offsetHeight - this.panelBody.offsetHeight;
    const bottom = parseFloat(getComputedStyle(this.element).fontSize) * 0.8;
    return Math.max(0, stage.bottom - panel.top - bottom - chrome);
  }

  /** Room the panel and title take over the map, so a fitted camera frames what is left. */
  cameraPadding(): PaddingOptions {
    const map = this.mapSlot.getBoundingClientRect();
    const pad = 32;
    const out = { top: pad, right: pad, bottom: pad, left: pad };
    if (map.width === 0 || map.height === 0) return out;
    const bar = this.title.parentElement?.getBoundingClientRect();
    if (bar && bar.height > 0) out.top = Math.max(pad, bar.bottom - map.top + pad);
    if (!this.panel.hidden) {
      const panel = this.panel.getBoundingClientRect();
      if (panel.width > 0) out.right = Math.max(pad, map.right - panel.left + pad * 1.5);
    }
    // Keep a usable frame on small previews.
    if (out.left + out.right > map.width * 0.8)
      out.right = Math.max(pad, map.width * 0.8 - out.left);
    if (out.top + out.bottom > map.height * 0.8)
      out.top = Math.max(pad, map.height * 0.8 - out.bottom);
    return out;
  }
}
