/**
 * Shared by the fuzz suites (tests/fuzz/*.test.ts): how many generated inputs to run, a counter
 * of the inputs each parser actually got, and the report file those counts go to
 * (tests/output/fuzz/<suite>.json; `npx tsx tests/fuzz/report.ts` prints them as a table).
 *
 * FUZZ_SCALE multiplies every suite's runs: `FUZZ_SCALE=10 npx vitest run --project unit
 * tests/fuzz` for a long run. FUZZ_SEED replays a run (fast-check prints the seed of a failure).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const SCALE = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? '1') || 1);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** The runs for a property, scaled. */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * SCALE));
}

/** fast-check parameters: scaled runs, the replay seed if given, no time limits. */
export function params(n: number): fc.Parameters<unknown> {
  return SEED === undefined ? { numRuns: runs(n) } : { numRuns: runs(n), seed: SEED };
}

export class FuzzCounts {
  private readonly counts = new Map<string, number>();

  constructor(private readonly suite: string) {}

  /** Counts one generated input given to `parser`. */
  hit(parser: string): void {
    this.counts.set(parser, (this.counts.get(parser) ?? 0) + 1);
  }

  get(parser: string): number {
    return this.counts.get(parser) ?? 0;
  }

  /** Writes the counts for the report (call in afterAll). */
  save(): void {
    const dir = join(process.cwd(), 'tests', 'output', 'fuzz');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${this.suite}.json`),
      `${JSON.stringify(
        {
          suite: this.suite,
          scale: SCALE,
          at: new Date().toISOString(),
          counts: Object.fromEntries(this.counts),
        },
        null,
        2,
      )}\n`,
    );
  }
}

/** A JSON value of bounded size: what a hand-edited or damaged file may hold. */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 });

/** Values that break a field: wrong types, non-finite or absurd numbers, empty and long text. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constant(''),
  fc.constant('NaN'),
  fc.double({ noNaN: true }),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53, 0.5),
  fc.integer(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.string({ minLength: 300, maxLength: 2_000 }),
);

/** Every path (as keys) into a JSON value, the root excluded. */
export function jsonPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => [[...prefix, i], ...jsonPaths(v, [...prefix, i])]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => [
      [...prefix, k],
      ...jsonPaths(v, [...prefix, k]),
    ]);
  return [];
}

/** A copy of `value` with the node at `path` replaced (or removed when `next` is undefined). */
export function withAt(value: unknown, path: (string | number)[], next: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (next === undefined) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = next;
  return copy;
}

/**
 * A reported path as keys: "scenes[3].title.zh", "scenes.3.title.zh",
 * parameters["quarter_weights.gdp"] and ["scenes", 3, "title", "zh"] alike (a quoted key keeps
 * its dots).
 */
export function pathKeys(path: string | (string | number)[]): string[] {
  if (Array.isArray(path)) return path.map(String);
  const keys: string[] = [];
  const token = /\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\[\s*'([^']*)'\s*\]|\[(\d+)\]|([^.[\]]+)/g;
  for (const m of path.matchAll(token)) keys.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  return keys.filter((k) => k !== '');
}

/**
 * True when a reported problem names the place that was changed: the changed field, something
 * inside it, the object holding it (a validator may name a sibling that became inconsistent, or
 * the object itself), or a container on the way there. A change at the top level must be named
 * by its own key (or by the file as a whole).
 */
export function namesPlace(reported: string, changed: (string | number)[]): boolean {
  // Compared as dotted text, so that "actuals.property.sales[1]" and a key "property.sales"
  // agree however a validator quotes keys with dots.
  const r = pathKeys(reported).join('.');
  const c = pathKeys(changed);
  if (c.length <= 1) return r === '' || r === '(file)' || r.split('.')[0] === c[0];
  if (r === '') return false;
  const holder = c.slice(0, -1).join('.');
  return r === holder || r.startsWith(`${holder}.`) || holder.startsWith(`${r}.`);
}
