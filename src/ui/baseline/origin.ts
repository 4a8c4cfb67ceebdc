/**
 * Where a baseline value came from, as a badge: 有出处 / sourced (with source and confidence),
 * 用户录入 / user-entered or 假设 / assumption (with when), or 未录入 / not entered (with the
 * reason baseline.json gives). Words, not colour alone.
 */
import { t } from '../../i18n';
import type { BaselineValue } from '../../state/baseline-kind';
import { h } from '../dom';

/** Local date and time, "2024-05-01 10:20" (the same in both languages). */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The origin badge of an entry (or of an empty slot, with its reason as a title). */
export function originBadge(entry: BaselineValue | undefined, reason?: string): HTMLElement {
  if (!entry) {
    return h(
      'span',
      { class: 'origin origin--none', 'data-origin': 'not_entered', title: reason ?? '' },
      t('baseline.origin.notEntered'),
    );
  }
  const origin = t(entry.origin === 'user' ? 'baseline.origin.user' : 'baseline.origin.assumption');
  return h(
    'span',
    { class: `origin origin--${entry.origin}`, 'data-origin': entry.origin },
    t('baseline.origin.when', { origin, when: formatWhen(entry.enteredAt) }),
    entry.note ? h('span', { class: 'origin__note' }, entry.note) : null,
  );
}

/** The "mark as assumption" checkbox; disabled while there is no value. */
export function assumptionToggle(
  id: string,
  entry: BaselineValue | undefined,
  name: string,
  onChange: (assumption: boolean) => void,
): HTMLElement {
  const box = h('input', {
    type: 'checkbox',
    id,
    checked: entry?.origin === 'assumption',
    disabled: entry === undefined,
  });
  box.addEventListener('change', () => onChange(box.checked));
  return h(
    'label',
    { class: 'origin-toggle', for: id, title: name },
    box,
    h('span', {}, t('baseline.origin.assumptionLabel')),
  );
}
