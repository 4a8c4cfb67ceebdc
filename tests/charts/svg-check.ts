/**
 * Checks on SVG strings without a DOM: well-formed XML (tags balance, attributes quoted, no
 * raw `<` or stray `&` in text), no NaN or Infinity anywhere, and finite numbers in layouts.
 */
import { expect } from 'vitest';

/** Throws unless `xml` is well-formed enough for a browser's XML parser. */
export function assertWellFormed(xml: string): void {
  const invalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (invalid)
    throw new Error(`character U+${invalid[0].codePointAt(0)?.toString(16)} is not allowed in XML`);
  const stack: string[] = [];
  const token =
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|#\d+);)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml)) !== null) {
    if (m[0] === '<')
      throw new Error(
        `raw "<" or malformed tag at ${m.index}: ${xml.slice(m.index, m.index + 60)}`,
      );
    if (m[0] === '&')
      throw new Error(`unescaped "&" at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}>`);
    } else stack.push(name ?? '');
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

/** Asserts the SVG is well-formed and has no NaN or Infinity. */
export function expectCleanSvg(svg: string): void {
  expect(svg).not.toMatch(/NaN|Infinity/);
  assertWellFormed(svg);
}

/** Every number reachable in a layout object is finite. */
export function expectFiniteNumbers(value: unknown, path = 'layout'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (typeof value === 'string') {
    if (/NaN|Infinity/.test(value)) throw new Error(`${path} contains "${value}"`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => expectFiniteNumbers(v, `${path}[${i}]`));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectFiniteNumbers(v, `${path}.${k}`);
  }
}

/** Points of a path made of M/L/H/V/Z commands (what the layouts produce), absolute. */
export function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const nums = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'M' || cmd === 'L') {
      for (let i = 0; i + 1 < nums.length; i += 2) {
        x = nums[i] ?? 0;
        y = nums[i + 1] ?? 0;
        points.push([x, y]);
      }
    } else if (cmd === 'H') {
      x = nums[0] ?? x;
      points.push([x, y]);
    } else if (cmd === 'V') {
      y = nums[0] ?? y;
      points.push([x, y]);
    }
  }
  return points;
}
