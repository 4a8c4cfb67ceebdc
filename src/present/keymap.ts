/**
 * The presenter's keys, as a pure mapping from a key press to a deck command, so that the
 * mapping is tested without a browser. Clickers send PageDown/PageUp (some → ← Space or B/.),
 * so while presenting those always step the deck, whatever has focus (a slider moved during a
 * live what-if keeps the focus, and → must still turn the page). A focused slider takes only
 * ↑ ↓ (its own keys) and + − (moved here, `nudge`); a focused button takes Enter; a focused
 * text field keeps every key but Esc.
 *
 * | key                                  | command                                        |
 * | ------------------------------------ | ---------------------------------------------- |
 * | → Space PageDown (↓ unless a slider) | next scene                                     |
 * | ← PageUp (↑ unless a slider)         | previous scene                                 |
 * | Home / End                           | first / last scene (even on a slider)          |
 * | 1–9 (two digits in quick succession) | jump to that scene                             |
 * | ↑ ↓ on a focused slider              | the slider's own step (the browser's)          |
 * | + − on a focused slider              | one step up / down (`nudge`)                   |
 * | Esc                                  | leave presenting                               |
 * | B or .                               | blank the screen, and again to unblank         |
 * | R                                    | back to the scripted state (undo what-ifs)     |
 * | F                                    | present (full screen)                          |
 * | S                                    | open the presenter window                      |
 * | ?  or H                              | show or hide the key list                      |
 */

export type DeckCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'leave' }
  | { type: 'blank' }
  | { type: 'reset' }
  | { type: 'present' }
  | { type: 'presenter' }
  | { type: 'help' }
  /** Move the focused slider one step (+1 up, −1 down). */
  | { type: 'nudge'; step: 1 | -1 };

/** What has keyboard focus: a text field, a slider, a button-like control, or nothing special. */
export type FocusKind = 'text' | 'range' | 'button' | 'none';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/**
 * Keys a focused slider keeps for itself: only ↑ and ↓. → ← PageUp PageDown and Space are the
 * clicker's; Home and End stay the deck's too (on a slider they would throw a live what-if to
 * its extreme in front of the room).
 */
const SLIDER_KEYS = new Set(['ArrowUp', 'ArrowDown']);
/** + and − move a focused slider (with or without Shift, and the keypad's keys). */
const SLIDER_UP = new Set(['+', '=']);
const SLIDER_DOWN = new Set(['-', '−', '_']);

/**
 * The command for a key press, or null when the key is not the deck's (the browser or the
 * focused control handles it). `presenting` false is the authoring view: only F and the
 * clicker's keys act there, so that editing keeps every other key.
 */
export function deckCommand(e: KeyLike, focus: FocusKind, presenting: boolean): DeckCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key;
  if (focus === 'text') return presenting && key === 'Escape' ? { type: 'leave' } : null;
  if (!presenting) {
    if (key === 'f' || key === 'F') return { type: 'present' };
    if (key === 'PageDown') return { type: 'next' };
    if (key === 'PageUp') return { type: 'prev' };
    return null;
  }
  if (focus === 'range') {
    if (SLIDER_KEYS.has(key)) return null;
    if (SLIDER_UP.has(key)) return { type: 'nudge', step: 1 };
    if (SLIDER_DOWN.has(key)) return { type: 'nudge', step: -1 };
  }
  // Enter presses a focused button; Space, a clicker's key, still turns the page.
  if (focus === 'button' && key === 'Enter') return null;
  if (NEXT.has(key)) return { type: 'next' };
  if (PREV.has(key)) return { type: 'prev' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
  switch (key.toLowerCase()) {
    case 'escape':
      return { type: 'leave' };
    case 'b':
    case '.':
      return { type: 'blank' };
    case 'r':
      return { type: 'reset' };
    case 'f':
      return { type: 'present' };
    case 's':
      return { type: 'presenter' };
    case '?':
    case 'h':
      return { type: 'help' };
    default:
      return null;
  }
}

/** The scene index a stepping command leads to, clamped to the deck (0-based). */
export function stepIndex(
  command: 'next' | 'prev' | 'first' | 'last',
  index: number,
  count: number,
): number {
  const last = Math.max(0, count - 1);
  const to =
    command === 'next'
      ? index + 1
      : command === 'prev'
        ? index - 1
        : command === 'first'
          ? 0
          : last;
  return Math.min(last, Math.max(0, to));
}

/**
 * Number keys: a digit jumps to that scene at once; a second digit typed within `windowMs`
 * makes a two-digit number when the deck has that many scenes (1 then 2 → scene 12).
 * The clock is injected so that tests need no waiting.
 */
export class DigitJumper {
  private buffer: number | null = null;
  private at = 0;

  constructor(
    private readonly windowMs = 1000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The 1-based scene to show after this digit, or null when there is no such scene. */
  push(digit: number, count: number): number | null {
    const t = this.now();
    if (this.buffer !== null && t - this.at <= this.windowMs) {
      const combined = this.buffer * 10 + digit;
      if (combined >= 1 && combined <= count) {
        this.buffer = null;
        return combined;
      }
    }
    this.buffer = digit;
    this.at = t;
    return digit >= 1 && digit <= count ? digit : null;
  }

  reset(): void {
    this.buffer = null;
  }
}
