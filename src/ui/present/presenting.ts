import type { FocusKind } from '../../present/keymap';
import { notices } from '../notices';

/** What kind of control has focus, for the key mapping (keymap.ts). */
export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'none';
  if (target.isContentEditable) return 'text';
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text';
  if (target instanceof HTMLInputElement) {
    if (target.type === 'range') return 'range';
    if (['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type))
      return 'button';
    return 'text';
  }
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return 'button';
  if (target.tagName === 'SUMMARY') return 'button';
  return 'none';
}

/**
 * Presenting mode: the page shows only the stage (class `is-presenting` on <html>, see
 * present.css) and asks for full screen. When the browser refuses full screen (no user
 * gesture, a kiosk policy, an iframe) the presentation still fills the window, and the
 * caller says so once. Leaving full screen from the browser (Esc, F11) leaves presenting.
 * Meanwhile the page's notices are held back (notices.ts), but for those about presenting.
 */
export class PresentingMode {
  active = false;
  private ownFullscreen = false;

  constructor(
    private readonly handlers: { onLeave: () => void; onRefused: (reason: string) => void },
  ) {
    document.addEventListener('fullscreenchange', () => {
      if (document.fullscreenElement) return;
      if (this.ownFullscreen && this.active) {
        this.ownFullscreen = false;
        this.handlers.onLeave();
      }
      this.ownFullscreen = false;
    });
  }

  /** Enters presenting; call from the key or click handler so full screen has its gesture. */
  enter(): void {
    this.active = true;
    document.documentElement.classList.add('is-presenting');
    notices().setPresenting(true);
    this.requestFullscreen();
  }

  requestFullscreen(): void {
    const root = document.documentElement;
    if (document.fullscreenElement) return;
    if (typeof root.requestFullscreen !== 'function' || document.fullscreenEnabled === false) {
      this.handlers.onRefused('unsupported');
      return;
    }
    root
      .requestFullscreen({ navigationUI: 'hide' })
      .then(() => {
        // Presenting may have ended while the request was pending.
        if (this.active) this.ownFullscreen = true;
        else void document.exitFullscreen().catch(() => undefined);
      })
      .catch((err: unknown) =>
        this.handlers.onRefused(err instanceof Error ? err.message : String(err)),
      );
  }

  leave(): void {
    this.active = false;
    document.documentElement.classList.remove('is-presenting');
    notices().setPresenting(false);
    if (document.fullscreenElement) {
      this.ownFullscreen = false;
      void document.exitFullscreen().catch(() => undefined);
    }
  }
}
