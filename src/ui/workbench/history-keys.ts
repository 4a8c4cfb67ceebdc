/**
 * Undo and redo from the keyboard: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on a Mac), except where
 * the browser's own text undo belongs (text and number fields, text areas, editable content).
 */

export type HistoryAction = 'undo' | 'redo';

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Which history action a key press asks for, or null. */
export function historyAction(e: KeyLike): HistoryAction | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Input types whose value is edited as text (their Ctrl+Z undoes typing). */
const TEXT_TYPES = new Set([
  'text',
  'number',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/**
 * True when the key press should stay with the element: a text-like input, a text area, a
 * select or editable content. Sliders, buttons and checkboxes have no undo of their own, so the
 * workbench's history takes the key there.
 */
export function ownsTextUndo(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (el.isContentEditable === true) return true;
  const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return TEXT_TYPES.has(typeof el.type === 'string' ? el.type.toLowerCase() : 'text');
}
