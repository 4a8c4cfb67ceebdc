/**
 * Input-to-chart timing for `npm run bench:ui` (scripts/bench-ui.ts): a `performance.mark` at
 * the input event and a `performance.measure` once the chart shows the result of that input,
 * coarse and final. The measures are ordinary User Timing entries, so the script, DevTools'
 * performance panel and anyone at the console can read them; the app never reads them itself.
 */

/** Measure from an input to the first (coarse) result on screen. */
export const MEASURE_COARSE = 'wb:input-to-coarse';
/** Measure from an input to the final result in the page's DOM (the benchmark's figure). */
export const MEASURE_FINAL = 'wb:input-to-chart';
/** Measure from an input to the next animation frame after the final result (before paint). */
export const MEASURE_FRAME = 'wb:input-to-frame';
const INPUT_MARK = 'wb:input';

export class UpdateTimer {
  private start: number | null = null;
  private coarseDone = false;

  /**
   * An input event is about to change the scenario. `at` is the event's own timestamp, so the
   * measure includes any time the event waited in the browser's queue.
   */
  input(at?: number): void {
    const mark = performance.mark(INPUT_MARK, at === undefined ? undefined : { startTime: at });
    this.start = mark.startTime;
    this.coarseDone = false;
  }

  /** A result is on screen (after the DOM was updated). */
  rendered(final: boolean): void {
    if (this.start === null) return;
    const end = performance.now();
    if (!final) {
      if (!this.coarseDone) performance.measure(MEASURE_COARSE, { start: this.start, end });
      this.coarseDone = true;
      return;
    }
    const start = this.start;
    performance.measure(MEASURE_FINAL, { start, end });
    this.start = null;
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() =>
        performance.measure(MEASURE_FRAME, { start, end: performance.now() }),
      );
  }

  /** A run was cancelled or failed: its input gets no measure. */
  drop(): void {
    this.start = null;
  }
}
