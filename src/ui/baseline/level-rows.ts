/**
 * The 2022 city levels: one row per slot of baseline.json that no source fills, with its input,
 * unit, origin, the "assumption" mark, a clear button, and the nearest sourced figure of the
 * same indicator as a reference (e.g. 2021 GDP "over 5000 亿元").
 */
import type { BaselineEntry, PlanData } from '../../data/index.ts';
import { getLanguage, t, type Lang } from '../../i18n';
import { parseNumber } from '../../state/baseline-csv';
import type { BaselineData, BaselineValue } from '../../state/baseline-kind';
import { withLevel } from '../../state/baseline-rules';
import { LEVEL_SLOTS, type LevelSlot } from '../../state/baseline-slots';
import { h } from '../dom';
import { formatTargetValue } from '../plan/target-format';
import { entryInput, type EntryCheck } from './entry-input';
import { assumptionToggle, originBadge } from './origin';
import { formatNumber } from '../../i18n/format';

export interface RowsContext {
  plan: PlanData;
  baseline: BaselineData;
  /**
   * Saves an edit, applied to the baseline as it is when saved (not `baseline` above, which is
   * what was last drawn); `focusId` is the control to focus after the re-render.
   */
  update: (change: (current: BaselineData) => BaselineData, focusId?: string) => void;
  now: () => string;
}

export function unitLabel(unit: LevelSlot['unit'], lang: Lang): string {
  if (lang !== 'en' || unit === '%') return unit;
  return unit === '亿元' ? '100m yuan' : 'yuan';
}

export function slotName(plan: PlanData, id: string, lang: Lang): string {
  const e = plan.baseline.find((b) => b.id === id);
  if (!e) return id;
  return lang === 'en' ? e.name_en : e.name_zh;
}

/** The latest sourced city level of the same indicator before 2022, if any. */
function reference(
  plan: PlanData,
  slotId: string,
): Extract<BaselineEntry, { status: 'sourced' }> | null {
  const slot = plan.baseline.find((b) => b.id === slotId);
  if (!slot) return null;
  const same = plan.baseline.filter(
    (b): b is Extract<BaselineEntry, { status: 'sourced' }> =>
      b.status === 'sourced' &&
      b.scope.type === 'city' &&
      b.kind === slot.kind &&
      b.unit === slot.unit &&
      b.name_zh === slot.name_zh &&
      b.year < slot.year,
  );
  return same.sort((a, b) => b.year - a.year)[0] ?? null;
}

export function checkLevel(slot: LevelSlot, text: string): EntryCheck {
  const value = parseNumber(text, slot.unit === '%');
  if (value === null)
    return {
      ok: false,
      message: t('baseline.error.notNumber', { example: slot.unit === '%' ? '2.1' : '5706.58' }),
    };
  if (value < slot.min || value > slot.max)
    return {
      ok: false,
      message: t('baseline.error.range', {
        min: slot.min,
        max: formatNumber(slot.max, getLanguage()),
        unit: unitLabel(slot.unit, getLanguage()),
      }),
    };
  return { ok: true, value };
}

function row(ctx: RowsContext, slot: LevelSlot): HTMLElement {
  const lang = getLanguage();
  const name = slotName(ctx.plan, slot.id, lang);
  const entry = ctx.baseline.levels[slot.id];
  const key = slot.id.replace(/^baseline\./, '').replace(/_/g, '-');
  const inputId = `bl-level-${key}`;
  const set = (next: BaselineValue | null, focusId: string): void =>
    ctx.update((b) => withLevel(b, slot.id, next), focusId);
  const slotEntry = ctx.plan.baseline.find((b) => b.id === slot.id);
  const reason = slotEntry?.status === 'not_entered' ? slotEntry.reason : undefined;
  const ref = reference(ctx.plan, slot.id);
  const clear = h(
    'button',
    {
      type: 'button',
      class: 'btn btn--ghost btn--small',
      disabled: !entry,
      'aria-label': t('baseline.clear.label', { name }),
    },
    t('baseline.clear'),
  );
  clear.addEventListener('click', () => set(null, inputId));
  return h(
    'tr',
    { 'data-slot': slot.id },
    h('th', { scope: 'row', class: 'baseline-table__name' }, name),
    h(
      'td',
      {},
      entryInput({
        id: inputId,
        label: t('baseline.input.label', { name, unit: unitLabel(slot.unit, lang) }),
        value: entry?.value,
        check: (text) => checkLevel(slot, text),
        commit: (value) =>
          set(
            value === null
              ? null
              : {
                  value,
                  origin: entry?.origin ?? 'user',
                  enteredAt: ctx.now(),
                  ...(entry?.note ? { note: entry.note } : {}),
                },
            inputId,
          ),
      }),
    ),
    h('td', { class: 'baseline-table__unit' }, unitLabel(slot.unit, lang)),
    h(
      'td',
      {},
      h(
        'div',
        { class: 'baseline-origin' },
        originBadge(entry, reason),
        assumptionToggle(`${inputId}-assumption`, entry, name, (assumption) =>
          entry
            ? set(
                { ...entry, origin: assumption ? 'assumption' : 'user', enteredAt: ctx.now() },
                `${inputId}-assumption`,
              )
            : undefined,
        ),
      ),
    ),
    h(
      'td',
      { class: 'baseline-table__ref' },
      ref
        ? t('baseline.levels.reference', {
            year: ref.year,
            value:
              formatTargetValue(
                { value: ref.value, unit: ref.unit, comparator: ref.comparator },
                lang,
              ) ?? String(ref.value),
            confidence: t(`plan.confidence.${ref.confidence}`),
          })
        : '—',
    ),
    h('td', {}, clear),
  );
}

export function levelTable(ctx: RowsContext): HTMLElement {
  return h(
    'table',
    { class: 'baseline-table', id: 'baseline-levels' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('baseline.col.indicator')),
        h('th', { scope: 'col' }, t('baseline.col.value')),
        h('th', { scope: 'col' }, t('baseline.col.unit')),
        h('th', { scope: 'col' }, t('baseline.col.origin')),
        h('th', { scope: 'col' }, t('baseline.col.reference')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('baseline.clear'))),
      ),
    ),
    h('tbody', {}, ...LEVEL_SLOTS.map((s) => row(ctx, s))),
  );
}
