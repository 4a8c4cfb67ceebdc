/**
 * Chart sizes from options: each chart has a default per density, and a bad size (NaN,
 * negative, absurdly large) falls back to it rather than producing an unusable chart.
 */
import { usable } from './numbers';
import type { ChartDensity } from './theme';

/** Default width × height per density, in px. */
export type SizeDefaults = Record<ChartDensity, readonly [number, number]>;

/** The width and height to draw at: the options when sensible, else the density's default. */
export function chartSize(
  options: { width?: number; height?: number },
  density: ChartDensity,
  defaults: SizeDefaults,
): { width: number; height: number } {
  const [dw, dh] = defaults[density];
  return { width: sizeOption(options.width, dw), height: sizeOption(options.height, dh) };
}

function sizeOption(value: number | undefined, fallback: number): number {
  return usable(value) && value >= 120 ? Math.min(Math.round(value), 4000) : fallback;
}
