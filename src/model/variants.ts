/**
 * Variants: copies of the run with some drivers changed, evaluated on the *same* random draws
 * (common random numbers), so differences between them are free of Monte Carlo noise.
 *
 * - Sensitivity (tornado): each driver moved by +1 sd and −1 sd (clamped to its bounds).
 * - Compare: each driver that differs in the other scenario set to its value and sd there, one at
 *   a time, and then all of them together.
 *
 * Variant 0 is always the base run itself, binned like the others so that differences are
 * measured on one scale.
 */
import { DRIVERS, type DriverId } from './drivers';
import type { RunRequest, VariantLabel } from './run-types';
import { resolveDrivers, type DriverSetting } from './scenario';

export interface VariantSpec {
  label: VariantLabel;
  /** Driver index (DRIVERS order) with its new value and sd. */
  changes: { driver: number; value: number; sd: number }[];
}

/** Build the variant list for a request (base first). */
export function buildVariants(
  request: RunRequest,
  drivers: Record<DriverId, DriverSetting>,
): VariantSpec[] {
  const out: VariantSpec[] = [{ label: { kind: 'base' }, changes: [] }];
  if (request.sensitivity) {
    DRIVERS.forEach((d, j) => {
      const { value, sd } = drivers[d.id];
      const clamp = (x: number): number => Math.min(d.max, Math.max(d.min, x));
      out.push({
        label: { kind: 'plus', driver: d.id },
        changes: [{ driver: j, value: clamp(value + sd), sd }],
      });
      out.push({
        label: { kind: 'minus', driver: d.id },
        changes: [{ driver: j, value: clamp(value - sd), sd }],
      });
    });
  }
  if (request.compareTo) {
    const other = resolveDrivers(request.compareTo);
    const all: VariantSpec['changes'] = [];
    DRIVERS.forEach((d, j) => {
      const a = drivers[d.id];
      const b = other[d.id];
      if (a.value === b.value && a.sd === b.sd) return;
      const change = { driver: j, value: b.value, sd: b.sd };
      all.push(change);
      out.push({ label: { kind: 'swap', driver: d.id }, changes: [change] });
    });
    if (all.length > 1) out.push({ label: { kind: 'swap_all' }, changes: all });
  }
  return out;
}
