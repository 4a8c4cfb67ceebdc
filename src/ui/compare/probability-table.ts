/**
 * Target probabilities side by side: one row per target (the ten headline targets, then the
 * level targets the scenarios move), one column per scenario with a probability bar, the
 * number, the median, and for B, C, D the difference from A in 个百分点, highlighted from 1 pp.
 * The indicator's name is a button that selects it for the fan chart and the gap breakdown.
 */
import { getLanguage, t } from '../../i18n';
import { formatPoints, formatProbability } from '../../i18n/format';
import { GROWTH_OUTPUT_IDS, LEVEL_OUTPUT_IDS, outputDef, type OutputId } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';
import { h } from '../dom';
import { formatOutputTarget, formatOutputValue } from '../workbench/format';
import { slotLetter } from './scenario-bar';
import { langRuns } from '../lang-runs';

/** A difference of at least this (in percentage points) is highlighted. */
export const HIGHLIGHT_PP = 1;

export function deltaClass(pp: number): string {
  if (!Number.isFinite(pp) || Math.abs(pp) < HIGHLIGHT_PP) return 'delta delta--flat';
  return pp > 0 ? 'delta delta--up' : 'delta delta--down';
}

function cell(
  result: SimulationResult,
  base: SimulationResult,
  id: OutputId,
  slot: number,
): HTMLElement {
  const lang = getLanguage();
  const o = result.outputs.find((x) => x.id === id);
  const letter = slotLetter(slot);
  if (!o) return h('td', { 'data-slot': letter }, '—');
  const p = o.annual.pMeet;
  const fill = h('span', { class: `pbar__fill pbar__fill--${slot}` });
  fill.style.width = `${Math.max(0, Math.min(100, p * 100)).toFixed(1)}%`;
  let delta: HTMLElement | null = null;
  if (slot > 0) {
    const a = base.outputs.find((x) => x.id === id);
    if (a) {
      const pp = 100 * (p - a.annual.pMeet);
      delta = h(
        'span',
        { class: deltaClass(pp), 'data-delta': pp.toFixed(2) },
        t('compare.table.delta', { delta: formatPoints(pp, lang, 0) }),
      );
    }
  }
  return h(
    'td',
    { class: 'pcell', 'data-slot': letter, 'data-p': String(p) },
    h('span', { class: 'pbar', 'aria-hidden': 'true' }, fill),
    h('span', { class: 'pcell__p' }, formatProbability(p, lang)),
    delta,
    h(
      'span',
      { class: 'pcell__median' },
      t('compare.table.median', {
        value: formatOutputValue(o.annual.percentiles.p50, outputDef(id), lang),
      }),
    ),
  );
}

export function probabilityTable(
  results: readonly SimulationResult[],
  names: readonly string[],
  selected: OutputId,
  onSelect: (id: OutputId) => void,
): HTMLElement {
  const lang = getLanguage();
  const base = results[0];
  const row = (id: OutputId): HTMLElement => {
    const def = outputDef(id);
    const name = lang === 'en' ? def.nameEn : def.nameZh;
    const pick = h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        'aria-pressed': String(id === selected),
        title: t('compare.table.select', { name }),
      },
      name,
    );
    pick.addEventListener('click', () => onSelect(id));
    return h(
      'tr',
      { 'data-output': id, class: id === selected ? 'is-selected' : '' },
      h('th', { scope: 'row' }, pick),
      h('td', { class: 'ptable__target' }, formatOutputTarget(def, lang)),
      ...(base ? results.map((r, i) => cell(r, base, id, i)) : []),
    );
  };
  const sub = (key: 'compare.table.headline' | 'compare.table.levels') =>
    h(
      'tr',
      { class: 'ptable__subhead' },
      h('th', { scope: 'colgroup', colspan: 2 + results.length }, t(key)),
    );
  return h(
    'table',
    { class: 'ptable', id: 'compare-table' },
    h('caption', { class: 'visually-hidden' }, t('compare.table.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('compare.table.indicator')),
        h('th', { scope: 'col' }, t('compare.table.target')),
        ...names.map((n, i) =>
          h(
            'th',
            { scope: 'col', class: `ptable__scenario ptable__scenario--${i}` },
            h('span', { class: 'compare-chip__letter' }, slotLetter(i)),
            h('span', { class: 'ptable__name' }, ...langRuns(n)),
          ),
        ),
      ),
    ),
    h('tbody', {}, sub('compare.table.headline'), ...GROWTH_OUTPUT_IDS.map(row)),
    h('tbody', {}, sub('compare.table.levels'), ...LEVEL_OUTPUT_IDS.map(row)),
  );
}
