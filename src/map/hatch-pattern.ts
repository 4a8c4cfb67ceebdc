/**
 * A diagonal hatch as raw RGBA pixels, for `map.addImage` (no sprite server, no canvas, so it
 * also runs in tests). Counties with only a broader industry label are hatched rather than
 * filled: the difference from an exact match then survives greyscale projectors and
 * colour-vision deficiencies.
 */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parses `#rrggbb`. */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/**
 * Lines running from bottom-left to top-right, `lineWidth` px wide, one per tile, so the
 * tile repeats seamlessly; everything else transparent.
 */
export function hatchPattern(size: number, color: string, lineWidth: number): PatternImage {
  const [r, g, b] = hexToRgb(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Distance along the anti-diagonal, wrapped to the tile: a line where x + y ≡ 0 (mod size).
      const d = (x + y + 0.5) % size;
      const onLine = Math.min(d, size - d) < lineWidth / 2 + 0.5;
      if (!onLine) continue;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}
