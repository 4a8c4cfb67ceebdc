/**
 * Placing a label where it hides the least data: a few candidate boxes are scored against
 * the vertical extent the marks occupy across the plot, and the first best one wins.
 * Used for the fan chart's target label, which would otherwise sit on the full-year median.
 */

/** The vertical extent [top, bottom] (pixels) the marks occupy at a given x. */
export interface Occupied {
  x: number;
  top: number;
  bottom: number;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The envelope at `x`, linearly interpolated between neighbouring columns (which keeps it
 * exact for straight-segment bands); null outside the columns or across a gap.
 */
function envelopeAt(x: number, columns: readonly Occupied[]): [number, number] | null {
  for (let i = 0; i < columns.length; i += 1) {
    const a = columns[i];
    if (!a) continue;
    if (x === a.x) return [a.top, a.bottom];
    const b = columns[i + 1];
    if (b && x > a.x && x < b.x) {
      const t = (x - a.x) / (b.x - a.x);
      return [a.top + (b.top - a.top) * t, a.bottom + (b.bottom - a.bottom) * t];
    }
  }
  return null;
}

/** How much of the box the marks cover, in px² (sampled across its width). */
export function overlap(box: Box, columns: readonly Occupied[], samples = 9): number {
  let total = 0;
  const dx = (box.x1 - box.x0) / (samples - 1);
  for (let k = 0; k < samples; k += 1) {
    const env = envelopeAt(box.x0 + dx * k, columns);
    if (!env) continue;
    total += Math.max(0, Math.min(box.y1, env[1]) - Math.max(box.y0, env[0])) * dx;
  }
  return total;
}

/**
 * The candidate with the least overlap (its index and score); boxes outside `bounds` score
 * Infinity. Ties go to the earlier candidate, so list candidates in order of preference.
 */
export function bestBox(
  candidates: readonly Box[],
  columns: readonly Occupied[],
  bounds: Box,
): { index: number; score: number } {
  let best = 0;
  let bestScore = Infinity;
  // Scores are areas in px²; anything under a hundredth of a pixel is no overlap.
  candidates.forEach((box, i) => {
    const inside =
      box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
    const score = inside ? overlap(box, columns) : Infinity;
    if (score < bestScore - 0.01) {
      best = i;
      bestScore = score;
    }
  });
  return { index: best, score: bestScore };
}
