/**
 * One number field of the baseline editor: the input, its unit, and an error tied to it
 * (aria-invalid, aria-describedby). A value is committed on change (Enter or leaving the
 * field); an emptied field clears the entry; a bad value is shown and nothing is saved.
 * While the user types, a valid value is also committed once typing pauses for a second, so
 * that closing the tab in the middle of an entry loses at most the last second of it.
 */
import { h } from '../dom';

/** Quiet time after typing before a valid value is saved without leaving the field (ms). */
export const TYPING_PAUSE_MS = 800;

export type EntryCheck = { ok: true; value: number } | { ok: false; message: string };

export interface EntryInputOptions {
  id: string;
  label: string;
  value: number | undefined;
  check: (text: string) => EntryCheck;
  /** A checked value, or null when the field was emptied. */
  commit: (value: number | null) => void;
}

/** Up to 6 decimals, without trailing zeros (normalised weights are long fractions). */
export function displayNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

export function entryInput(o: EntryInputOptions): HTMLElement {
  const errorId = `${o.id}-error`;
  const input = h('input', {
    type: 'text',
    inputmode: 'decimal',
    id: o.id,
    class: 'baseline-input',
    autocomplete: 'off',
    'aria-label': o.label,
    value: o.value === undefined ? '' : displayNumber(o.value),
    // What the field showed when drawn: a field whose value differs is being edited, and a
    // re-render (another field saved) must keep what the user is typing.
    'data-committed': o.value === undefined ? '' : displayNumber(o.value),
  });
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  // On change, and on blur too: a field redrawn while the user typed (another field saved) holds
  // the typed text but fires no change event. The same text is never committed twice.
  let committed = input.value;
  const handle = (): void => {
    const text = input.value.trim();
    if (text === committed.trim() && input.getAttribute('aria-invalid') !== 'true') return;
    if (text === '') {
      committed = '';
      input.dataset.committed = '';
      o.commit(null);
      return;
    }
    const checked = o.check(text);
    if (!checked.ok) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errorId);
      error.textContent = checked.message;
      error.hidden = false;
      return;
    }
    committed = input.value;
    // The text as typed is now saved: not a pending edit, even where it differs from how the
    // number is redrawn ("13.20" is drawn "13.2").
    input.dataset.committed = input.value;
    o.commit(checked.value);
  };
  input.addEventListener('change', handle);
  input.addEventListener('blur', handle);
  // Typing paused: save a valid value quietly (a bad one waits for change or blur to be shown;
  // an emptied field is cleared only then too, so that retyping a value never clears it).
  let pause: ReturnType<typeof setTimeout> | null = null;
  input.addEventListener('input', () => {
    if (pause !== null) clearTimeout(pause);
    pause = setTimeout(() => {
      pause = null;
      const text = input.value.trim();
      if (!input.isConnected || text === '' || text === committed.trim()) return;
      if (o.check(text).ok) handle();
    }, TYPING_PAUSE_MS);
  });
  return h('div', { class: 'baseline-field' }, input, error);
}

/** Values typed into fields but not yet committed, by field id (to survive a re-render). */
export function pendingEdits(root: HTMLElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const input of root.querySelectorAll<HTMLInputElement>('input.baseline-input')) {
    if (input.id && input.value !== (input.dataset.committed ?? '')) out.set(input.id, input.value);
  }
  return out;
}

/** Puts pending values back into the re-drawn fields. */
export function restoreEdits(root: HTMLElement, edits: ReadonlyMap<string, string>): void {
  for (const [id, value] of edits) {
    const input = root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    if (input) input.value = value;
  }
}
