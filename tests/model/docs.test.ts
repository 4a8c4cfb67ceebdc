import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRIVERS } from '../../src/model/drivers';
import { OUTPUTS } from '../../src/model/outputs';
import { FIXED_PARAMETERS } from '../../src/model/parameter-table';

// docs/model.md lists every driver, indicator and named parameter with its value; keep it in step.
const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

/** Table rows of the doc whose first cell is `id`, as trimmed cells. */
function rows(id: string): string[][] {
  return doc
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .filter((cells) => cells[0] === `\`${id}\``);
}

describe('docs/model.md', () => {
  it('documents every driver with its plan value, its source and default sd', () => {
    for (const d of DRIVERS) {
      const row = rows(d.id).find((cells) => cells[1] === d.nameZh);
      expect(row, d.id).toBeDefined();
      expect(row![4]).toBe(String(d.plan));
      expect(row![5]?.replaceAll('**', '')).toBe(d.planSourceEn);
      expect(row![6]).toBe(String(d.sd));
    }
  });

  it('documents every indicator and every named parameter with its current value', () => {
    for (const o of OUTPUTS) expect(rows(o.id).length, o.id).toBeGreaterThan(0);
    for (const p of FIXED_PARAMETERS) {
      const row = rows(p.id).find((cells) => cells.length === 4);
      expect(row, p.id).toBeDefined();
      expect(row![1]).toBe(String(p.value));
    }
  });
});
