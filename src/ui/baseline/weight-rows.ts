/**
 * The county weights: each unit's share of city GDP in %, with its origin, a total that says
 * whether the engine uses them (complete and adding up to 100%), and "normalise", offered only
 * when all 11 are entered (normalising an incomplete set would invent the missing shares).
 */
import { getLanguage, t } from '../../i18n';
import { formatPercent, joinList } from '../../i18n/format';
import { parseNumber } from '../../state/baseline-csv';
import type { BaselineValue } from '../../state/baseline-kind';
import { normaliseWeights, weightStatus, withWeight } from '../../state/baseline-rules';
import { COUNTY_ADCODES, weightSlotId } from '../../state/baseline-slots';
import { h } from '../dom';
import { entryInput, type EntryCheck } from './entry-input';
import type { RowsContext } from './level-rows';
import { assumptionToggle, originBadge } from './origin';

export function checkWeight(text: string): EntryCheck {
  const value = parseNumber(text, true);
  if (value === null)
    return { ok: false, message: t('baseline.error.notNumber', { example: '12.5' }) };
  if (!(value > 0) || value > 100) return { ok: false, message: t('baseline.error.weightRange') };
  return { ok: true, value };
}

function countyName(ctx: RowsContext, adcode: string): string {
  const u = ctx.plan.units.find((x) => x.adcode === adcode);
  if (!u) return adcode;
  return getLanguage() === 'en' ? u.name_en : u.name_zh;
}

function row(ctx: RowsContext, adcode: string): HTMLElement {
  const name = countyName(ctx, adcode);
  const entry = ctx.baseline.weights[adcode];
  const inputId = `bl-weight-${adcode}`;
  const set = (next: BaselineValue | null, focusId: string): void =>
    ctx.update((b) => withWeight(b, adcode, next), focusId);
  const slot = ctx.plan.baseline.find((b) => b.id === weightSlotId(adcode));
  const reason = slot?.status === 'not_entered' ? slot.reason : undefined;
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
    { 'data-county': adcode },
    h('th', { scope: 'row', class: 'baseline-table__name' }, name),
    h(
      'td',
      {},
      entryInput({
        id: inputId,
        label: t('baseline.input.label', { name, unit: '%' }),
        value: entry?.value,
        check: checkWeight,
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
    h('td', {}, clear),
  );
}

/** The weights table, its total and status line, and the normalise button. */
export function weightSection(ctx: RowsContext): HTMLElement {
  const lang = getLanguage();
  const status = weightStatus(ctx.baseline.weights);
  const sum = formatPercent(status.sum, lang, 1);
  const message =
    status.state === 'empty'
      ? t('baseline.weights.state.empty')
      : status.state === 'incomplete'
        ? t('baseline.weights.state.incomplete', {
            entered: status.entered,
            missing: joinList(
              status.missing.map((c) => countyName(ctx, c)),
              lang,
            ),
          })
        : status.state === 'sum'
          ? t('baseline.weights.state.sum', { sum })
          : t('baseline.weights.state.ok', { sum });
  const normalise = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      id: 'baseline-normalise',
      title: t('baseline.weights.normalise.hint'),
      disabled: status.state !== 'sum',
    },
    t('baseline.weights.normalise'),
  );
  normalise.addEventListener('click', () => {
    ctx.update((b) => {
      const weights = normaliseWeights(b.weights, ctx.now());
      return weights ? { ...b, weights } : b;
    }, 'baseline-normalise');
  });
  const table = h(
    'table',
    { class: 'baseline-table', id: 'baseline-weights' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('baseline.col.county')),
        h('th', { scope: 'col' }, t('baseline.col.share')),
        h('th', { scope: 'col' }, t('baseline.col.origin')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('baseline.clear'))),
      ),
    ),
    h('tbody', {}, ...COUNTY_ADCODES.map((c) => row(ctx, c))),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('baseline.weights.total')),
        h('td', { class: 'baseline-sum', id: 'baseline-weights-sum' }, sum),
        h('td', { colspan: 2 }, normalise),
      ),
    ),
  );
  return h(
    'div',
    {},
    table,
    h(
      'p',
      {
        class: `baseline-status baseline-status--${status.state}`,
        id: 'baseline-weights-status',
        'data-state': status.state,
      },
      message,
    ),
  );
}
