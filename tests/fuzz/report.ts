/**
 * Prints the fuzz counts of the last run (tests/output/fuzz/*.json) as a Markdown table, for
 * docs/robustness.md: `npx vitest run --project unit tests/fuzz && npx tsx tests/fuzz/report.ts`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface SuiteCounts {
  suite: string;
  scale: number;
  at: string;
  counts: Record<string, number>;
}

const dir = join(process.cwd(), 'tests', 'output', 'fuzz');
if (!existsSync(dir)) {
  console.error('no counts yet: run `npx vitest run --project unit tests/fuzz` first');
  process.exit(1);
}
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SuiteCounts);
let total = 0;
console.log('| parser | suite | generated inputs |');
console.log('| --- | --- | ---: |');
for (const s of suites) {
  for (const [parser, n] of Object.entries(s.counts)) {
    total += n;
    console.log(`| ${parser} | tests/fuzz/${s.suite}.test.ts | ${n.toLocaleString('en-US')} |`);
  }
}
console.log(`| **all** | | **${total.toLocaleString('en-US')}** |`);
console.log(
  `\n(FUZZ_SCALE ${[...new Set(suites.map((s) => s.scale))].join(', ')}; ${
    suites
      .map((s) => s.at)
      .sort()
      .pop() ?? ''
  })`,
);
