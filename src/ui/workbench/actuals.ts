/**
 * Reading the published year-to-date figures a user types into the required-growth table: each
 * a finite number in range, entered in order (1–3月 before 1–6月 …), never clamped (they are
 * data, not assumptions: a wrong figure gets a message, not a silent correction).
 */
import { parseBounded } from './scenario-edits';

/** Bounds the scenario validator puts on actuals: growth in %, levels as cumulative amounts. */
export const ACTUAL_BOUNDS = {
  growth: [-100, 1000],
  level: [0, Number.MAX_VALUE],
} as const;

export type ActualsProblem = 'order' | 'nan' | 'range';

export type ActualsReading =
  { ok: true; values: number[] } | { ok: false; quarter: number; problem: ActualsProblem };

/**
 * The figures of one indicator from its fields' texts (1–3月, 1–6月, 1–9月…): blanks at the end
 * are quarters not yet published; a blank before a filled field is an error at that blank.
 */
export function readActuals(texts: readonly string[], kind: 'growth' | 'level'): ActualsReading {
  const [min, max] = ACTUAL_BOUNDS[kind];
  const values: number[] = [];
  let gap = -1;
  for (let q = 0; q < texts.length; q++) {
    const parsed = parseBounded(texts[q] ?? '', -Number.MAX_VALUE, Number.MAX_VALUE);
    if (!parsed.ok && parsed.reason === 'empty') {
      if (gap < 0) gap = q;
      continue;
    }
    if (!parsed.ok || !Number.isFinite(parsed.value))
      return { ok: false, quarter: q, problem: 'nan' };
    if (gap >= 0) return { ok: false, quarter: gap, problem: 'order' };
    if (parsed.value < min || parsed.value > max)
      return { ok: false, quarter: q, problem: 'range' };
    values.push(parsed.value);
  }
  return { ok: true, values };
}
