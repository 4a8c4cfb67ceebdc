/**
 * Colour arithmetic used to choose and to test the chart palettes: WCAG contrast, colour
 * differences in CIELAB, and simulated colour-vision deficiencies (Machado, Oliveira and
 * Fernandes 2009, full severity, applied in linear RGB).
 */

export type Rgb = [number, number, number];

/** '#rrggbb' → [r, g, b] in 0..255; anything else is black (palettes are constants). */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return [0, 0, 0];
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function linearRgb(hex: string): Rgb {
  const [r, g, b] = parseHex(hex);
  return [toLinear(r), toLinear(g), toLinear(b)];
}

function luminanceOfLinear([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG relative luminance of a colour. */
export function luminance(hex: string): number {
  return luminanceOfLinear(linearRgb(hex));
}

/** WCAG contrast ratio (1..21). Text needs ≥ 4.5, lines and areas that carry data ≥ 3. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Ink or white, whichever reads better on `background`. */
export function readableOn(background: string, ink = '#1f1b16', light = '#ffffff'): string {
  return contrastRatio(background, ink) >= contrastRatio(background, light) ? ink : light;
}

export type Deficiency = 'protan' | 'deutan' | 'tritan';

const machado: Record<Deficiency, readonly number[]> = {
  protan: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deutan: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
  tritan: [
    1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
  ],
};

function simulateLinear(hex: string, deficiency: Deficiency | null): Rgb {
  const [r, g, b] = linearRgb(hex);
  if (!deficiency) return [r, g, b];
  const m = machado[deficiency];
  const at = (i: number): number => m[i] ?? 0;
  const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));
  return [
    clamp01(at(0) * r + at(1) * g + at(2) * b),
    clamp01(at(3) * r + at(4) * g + at(5) * b),
    clamp01(at(6) * r + at(7) * g + at(8) * b),
  ];
}

function labOfLinear([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIELAB of a colour as seen with `deficiency` (null: typical vision). */
export function labAs(hex: string, deficiency: Deficiency | null = null): Rgb {
  return labOfLinear(simulateLinear(hex, deficiency));
}

/**
 * Colour difference (CIE76 ΔE) between two colours as seen with `deficiency`. About 10 or more
 * is easy to tell apart on a map or chart; under 5 is hard.
 */
export function deltaE(a: string, b: string, deficiency: Deficiency | null = null): number {
  const [l1, a1, b1] = labAs(a, deficiency);
  const [l2, a2, b2] = labAs(b, deficiency);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
