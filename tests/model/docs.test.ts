import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRIVERS } from '../../src/model/drivers';
import { OUTPUTS } from '../../src/model/outputs';
import { FIXED_PARAMETERS } from '../../src/model/parameter-table';

// docs/model.md lists every driver, indicator and named parameter with its value; keep it in step.
const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

describe('docs/model.md', () => {
  it('documents every driver with its plan value and default sd', () => {
    for (const d of DRIVERS) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${d.id}\` | ${d.nameZh}`));
      expect(row, d.id).toBeDefined();
      expect(row).toContain(`| ${d.plan} |`);
      expect(row).toContain(`| ${d.sd} |`);
    }
  });

  it('documents every indicator and every named parameter with its current value', () => {
    for (const o of OUTPUTS) expect(doc, o.id).toContain(`| \`${o.id}\` |`);
    for (const p of FIXED_PARAMETERS) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${p.id}\` |`));
      expect(row, p.id).toBeDefined();
      expect(row).toContain(`| ${String(p.value)} |`);
    }
  });
});
