import { onLanguageChange, t, type MessageKey } from '../i18n';
import type { ViewId } from './router';
import { h } from './dom';

/** The view tabs in the header: real buttons, `aria-current` on the active one. */
export class TabBar {
  private readonly buttons = new Map<ViewId, HTMLButtonElement>();

  constructor(
    container: HTMLElement,
    views: readonly { id: ViewId; labelKey: MessageKey }[],
    onPick: (id: ViewId) => void,
  ) {
    for (const view of views) {
      const button = h('button', { type: 'button', class: 'tab', 'data-view': view.id });
      button.addEventListener('click', () => onPick(view.id));
      this.buttons.set(view.id, button);
      container.append(button);
    }
    const label = (): void => {
      for (const view of views) {
        const b = this.buttons.get(view.id);
        if (b) b.textContent = t(view.labelKey);
      }
    };
    label();
    onLanguageChange(label);
  }

  setActive(id: ViewId): void {
    for (const [viewId, button] of this.buttons) {
      if (viewId === id) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
  }
}
