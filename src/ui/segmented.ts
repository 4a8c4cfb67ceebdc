/**
 * The buttons of a segmented control (class `seg`): one choice among a few, `aria-pressed` on
 * the chosen one. Views rebuild the whole group when the choice changes, so each button names
 * its choice in `data-<key>`, and `focusChoice` gives the focus back to the same choice after
 * the rebuild (a keyboard user stays where they were).
 */
import { h } from './dom';

export function segButton(
  key: string,
  value: string | number,
  pressed: boolean,
  label: string,
  onPick: () => void,
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'seg', [`data-${key}`]: value, 'aria-pressed': String(pressed) },
    label,
  );
  button.addEventListener('click', onPick);
  return button;
}

/** Focuses the button of `value` inside `container` (after its group was rebuilt). */
export function focusChoice(container: ParentNode, key: string, value: string | number): void {
  container.querySelector<HTMLElement>(`[data-${key}="${value}"]`)?.focus();
}
