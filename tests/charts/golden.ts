/**
 * Golden SVG files, compared after normalising (numbers in tags rounded to 2 decimals, ids renumbered
 * in order of appearance), as observablehq/plot does. `UPDATE_GOLDEN=1` rewrites them; a
 * missing golden is a failure otherwise, so that a new test cannot pass by writing its own.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

const round2 = (text: string): string => {
  const v = Math.round(Number(text) * 100) / 100;
  return String(Object.is(v, -0) ? 0 : v);
};

/** Rounds decimal numbers in tags to 2 places and renumbers ids and their references. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = m[1] ?? '';
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
  }
  const rename = (id: string): string => ids.get(id) ?? id;
  return `${svg
    .replace(
      /\s(id|aria-labelledby|aria-describedby)="([^"]+)"/g,
      (_, name: string, value: string) => ` ${name}="${value.split(/\s+/).map(rename).join(' ')}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`)
    // Numbers in tags only: text content (labels, "1.00万条") must match exactly.
    .replace(/<[^>]+>/g, (tag) => tag.replace(/-?\d+\.\d+(?:e[-+]?\d+)?/g, round2))
    .trim()}\n`;
}

/** Compares `svg` with `golden/<name>.svg` (or writes it when UPDATE_GOLDEN=1). */
export function expectGolden(name: string, svg: string): void {
  const file = join(GOLDEN_DIR, `${name}.svg`);
  const actual = normaliseSvg(svg);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `missing golden ${name}.svg: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(normaliseSvg(readFileSync(file, 'utf8')));
}
