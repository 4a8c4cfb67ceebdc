// The machine-readable export: `npm run -s export:targets` prints only a JSON array of the
// whole register; the CSV for the UI's download round-trips.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  TARGET_CSV_COLUMNS,
  UTF8_BOM,
  loadPlanData,
  parseCsv,
  targetsToCsv,
  targetsToJson,
  toCsv,
  type PlanData,
} from '../../src/data/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const planDir = join(root, 'geodata', 'plan');
let data: PlanData;
beforeAll(async () => {
  const result = await loadPlanData((f) => readFileSync(join(planDir, f), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  data = result.data;
});

describe('npm run -s export:targets', () => {
  it('prints the whole register as a JSON array and nothing else', () => {
    const run = spawnSync('npm', ['run', '-s', 'export:targets'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(data.targets.length);
    for (const entry of parsed) {
      for (const key of [
        'id',
        'section',
        'name_zh',
        'name_en',
        'value',
        'unit',
        'comparator',
        'kind',
        'scope',
      ]) {
        expect(entry, String(entry.id)).toHaveProperty(key);
      }
    }
    expect(parsed.find((e) => e.id === 'headline.gdp')).toMatchObject({
      section: 'headline',
      value: 6.5,
      unit: '%',
      comparator: '=',
      kind: 'growth',
      scope: { type: 'city', id: '350600' },
    });
  }, 60_000);
});

describe('JSON and CSV downloads', () => {
  it('targetsToJson is the register, parseable back to the same entries', () => {
    expect(JSON.parse(targetsToJson(data.targets))).toEqual(data.targets);
  });

  it('targetsToCsv starts with a BOM, uses CRLF, and round-trips every column', () => {
    const csv = targetsToCsv(data.targets);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(data.targets.length + 2); // header, rows, trailing ''
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(TARGET_CSV_COLUMNS.map(([name]) => name));
    rows.slice(1).forEach((row, i) => {
      const target = data.targets[i];
      if (!target) throw new Error('row without target');
      expect(row).toEqual(TARGET_CSV_COLUMNS.map(([, get]) => get(target)));
      const value = row[TARGET_CSV_COLUMNS.findIndex(([n]) => n === 'value')];
      expect(value === '' ? null : Number(value)).toBe(target.value);
    });
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', '中文']])).toBe(
      `${UTF8_BOM}"a,b","say ""hi""","two\nlines",中文\r\n`,
    );
  });

  it('round-trips any table of strings', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '漳', '“') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          // A lone empty cell is an empty line, which CSV cannot tell from no row at all.
          fc.pre(rows.every((r) => !(r.length === 1 && r[0] === '')));
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});
