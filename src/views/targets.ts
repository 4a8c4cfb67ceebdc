import { targetsToCsv, targetsToJson } from '../data/index.ts';
import { onLanguageChange, t, type MessageKey } from '../i18n';
import { clear, h } from '../ui/dom';
import { focusChoice, segButton } from '../ui/segmented';
import { downloadText } from '../ui/download';
import {
  EMPTY_FILTER,
  KINDS,
  SCOPES,
  STRENGTHS,
  filterActuals,
  filterTargets,
  formatTargetFilter,
  groupBySection,
  parseTargetFilter,
  type TableShown,
  type TargetFilter,
} from '../ui/plan/target-filter';
import { actualSections, targetSections } from '../ui/plan/targets-table';
import type { AppContext, AppView } from './view';

const FILE_BASE = 'zhangzhou-2023-targets';

/**
 * 目标 / Targets: the whole 2023 register, searchable and filterable, grouped by work area;
 * the 2022 actuals on a toggle; the register as CSV and JSON. State lives in the URL
 * (`#/targets?q=6.5&kind=growth`), so a filtered view can be linked to.
 */
export class TargetsView implements AppView {
  readonly id = 'targets' as const;
  readonly labelKey = 'nav.targets' as const;
  readonly element: HTMLElement;
  private readonly toolbar: HTMLElement;
  private readonly count: HTMLElement;
  private readonly body: HTMLElement;
  private filter: TargetFilter = EMPTY_FILTER;

  constructor(private readonly ctx: AppContext) {
    this.toolbar = h('div', { class: 'targets-toolbar' });
    this.count = h('p', { class: 'targets-count', 'aria-live': 'polite' });
    this.body = h('div', { class: 'targets-body' });
    this.element = h(
      'div',
      { class: 'view view--targets' },
      h('div', { class: 'targets-page' }, this.toolbar, this.count, this.body),
    );
    onLanguageChange(() => {
      this.renderToolbar();
      this.renderBody();
    });
  }

  show(params: URLSearchParams): void {
    this.filter = parseTargetFilter(params);
    this.renderToolbar();
    this.renderBody();
  }

  hide(): void {
    // Nothing to release: the view keeps its state in the address.
  }

  private update(change: Partial<TargetFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.ctx.router.replaceParams(formatTargetFilter(this.filter));
    this.renderBody();
  }

  private renderToolbar(): void {
    const filter = this.filter;
    const search = h('input', {
      type: 'search',
      id: 'targets-search',
      value: filter.q,
      placeholder: t('targets.search.placeholder'),
      autocomplete: 'off',
      'data-field': 'q',
    });
    search.addEventListener('input', () => this.update({ q: search.value }));
    const select = <T extends string>(
      field: 'kind' | 'scope' | 'strength',
      labelKey: MessageKey,
      values: readonly T[],
      optionKey: (v: T) => MessageKey,
    ): HTMLElement => {
      const el = h(
        'select',
        { id: `targets-${field}`, 'data-field': field },
        h('option', { value: '' }, t('targets.filter.all')),
        ...values.map((v) =>
          h('option', { value: v, selected: filter[field] === v }, t(optionKey(v))),
        ),
      );
      el.addEventListener('change', () => this.update({ [field]: el.value || null }));
      return h('div', { class: 'field' }, h('label', { for: el.id }, t(labelKey)), el);
    };
    const showButton = (value: TableShown, key: MessageKey): HTMLElement =>
      segButton('show', value, filter.show === value, t(key), () => {
        this.update({ show: value });
        this.renderToolbar();
        focusChoice(this.toolbar, 'show', value);
      });
    const download = (kind: 'csv' | 'json'): HTMLElement => {
      const b = h(
        'button',
        { type: 'button', class: 'btn btn--ghost', 'data-download': kind },
        t(kind === 'csv' ? 'targets.download.csv' : 'targets.download.json'),
      );
      b.addEventListener('click', () => {
        const targets = this.ctx.plan.targets;
        if (kind === 'csv')
          downloadText(targetsToCsv(targets), `${FILE_BASE}.csv`, 'text/csv;charset=utf-8');
        else downloadText(targetsToJson(targets), `${FILE_BASE}.json`, 'application/json');
      });
      return b;
    };
    clear(this.toolbar);
    const filtersOn = filter.show === 'targets';
    this.toolbar.append(
      h(
        'div',
        { class: 'targets-head' },
        h('h2', { class: 'targets-title' }, t('targets.heading')),
        h('p', { class: 'muted targets-intro' }, t('targets.intro')),
      ),
      h(
        'div',
        { class: 'targets-controls' },
        h(
          'div',
          { class: 'field field--search' },
          h('label', { for: search.id }, t('targets.search')),
          search,
        ),
        filtersOn ? select('kind', 'targets.filter.kind', KINDS, (v) => `plan.kind.${v}`) : null,
        filtersOn
          ? select('scope', 'targets.filter.scope', SCOPES, (v) => `plan.scope.${v}`)
          : null,
        filtersOn
          ? select('strength', 'targets.filter.strength', STRENGTHS, (v) => `plan.strength.${v}`)
          : null,
        h(
          'div',
          { class: 'segmented', role: 'group', 'aria-label': t('targets.show') },
          showButton('targets', 'targets.show.targets'),
          showButton('actuals', 'targets.show.actuals'),
        ),
        h(
          'div',
          {
            class: 'downloads',
            title: t('targets.download.note', { count: this.ctx.plan.targets.length }),
          },
          download('csv'),
          download('json'),
        ),
      ),
    );
  }

  private renderBody(): void {
    const { plan } = this.ctx;
    clear(this.body);
    if (this.filter.show === 'actuals') {
      const actuals = filterActuals(plan, this.filter.q);
      this.count.textContent = t('targets.count', {
        shown: actuals.length,
        total: plan.actuals.length,
      });
      this.body.append(
        h('h2', { class: 'targets-subtitle' }, t('targets.actuals.heading')),
        h('p', { class: 'muted' }, t('targets.actuals.intro')),
        ...actualSections(plan, actuals),
      );
      if (actuals.length === 0)
        this.body.append(h('p', { class: 'targets-empty' }, t('targets.empty')));
      return;
    }
    const targets = filterTargets(plan, this.filter);
    this.count.textContent = t('targets.count', {
      shown: targets.length,
      total: plan.targets.length,
    });
    this.body.append(...targetSections(plan, groupBySection(plan, targets)));
    if (targets.length === 0)
      this.body.append(h('p', { class: 'targets-empty' }, t('targets.empty')));
  }
}
