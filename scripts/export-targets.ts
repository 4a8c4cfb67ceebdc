/**
 * `npm run -s export:targets`: prints the whole 2023 target register to stdout as a JSON array
 * (or CSV with `--csv`), after validating the dataset. Nothing else goes to stdout; problems go
 * to stderr and the exit code is 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  REPORT_COPY_FILE,
  findMissingQuotes,
  formatPlanErrors,
  loadPlanData,
  targetsToCsv,
  targetsToJson,
} from '../src/data/index.ts';

const planDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'geodata', 'plan');

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--csv');
  if (unknown.length > 0) {
    process.stderr.write(`export-targets: unknown argument ${unknown.join(' ')} (only --csv)\n`);
    return 2;
  }
  const result = await loadPlanData((file) => readFileSync(join(planDir, file), 'utf8'));
  if (!result.ok) {
    process.stderr.write(`export-targets: the plan data in ${planDir} is invalid:\n`);
    process.stderr.write(formatPlanErrors(result.errors) + '\n');
    return 1;
  }
  // The report copy travels with the data; if it is there, no quote may be missing from it.
  const reportPath = join(planDir, REPORT_COPY_FILE);
  if (existsSync(reportPath)) {
    const missing = findMissingQuotes(result.data, readFileSync(reportPath, 'utf8'));
    if (missing.length > 0) {
      process.stderr.write('export-targets: quotes not found in the report:\n');
      process.stderr.write(missing.map((m) => `- ${m.where}: ${m.quote}`).join('\n') + '\n');
      return 1;
    }
  }
  const { targets } = result.data;
  process.stdout.write(argv.includes('--csv') ? targetsToCsv(targets) : targetsToJson(targets));
  return 0;
}

// A closed pipe (`… | head`) is not an error of the export.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
