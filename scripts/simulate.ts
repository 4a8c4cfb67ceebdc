/**
 * Command-line twin of the app's scenario engine: the same model and kernel, over Node
 * worker_threads. See `npm run -s simulate -- --help` and docs/scenario-format.md.
 *
 * Results depend only on the scenario, seed and paths — never on --workers — so the JSON output
 * of two runs with different --workers is byte-identical.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CountyInput } from '../src/model/counties';
import { defaultScenario, type Scenario } from '../src/model/scenario';
import { formatIssues, parseScenarioJson } from '../src/model/validate';
import { ScenarioError, SimulationEngine } from '../src/sim/engine';
import { USAGE, parseArgs } from './sim/args';
import { defaultNodePoolSize, nodeWorkerFactory } from './sim/node-workers';
import { readPlanCounties } from './sim/plan-counties';
import { formatResult } from './sim/table';

const DEFAULT_COUNTIES = fileURLToPath(new URL('../geodata/plan/counties.json', import.meta.url));

function fail(message: string, code = 2): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) fail(`${parsed.message}\n${USAGE}`);
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  let counties: CountyInput[] = [];
  if (!args.noCounties) {
    const file = args.counties ?? (existsSync(DEFAULT_COUNTIES) ? DEFAULT_COUNTIES : null);
    if (file !== null) {
      const read = readPlanCounties(file);
      if (!read.ok) fail(`--counties: ${read.message}`);
      counties = read.counties;
    }
  }

  let scenario: Scenario = defaultScenario();
  if (args.scenario !== null) {
    let text: string;
    try {
      text = readFileSync(args.scenario, 'utf8');
    } catch (e) {
      fail(
        `--scenario: cannot read ${args.scenario} (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      );
    }
    const checked = parseScenarioJson(text, { counties });
    if (!checked.ok)
      fail(
        `--scenario ${args.scenario} is not a valid scenario:\n${indent(formatIssues(checked.errors))}`,
        1,
      );
    scenario = checked.scenario;
  }
  if (args.seed !== null) scenario = { ...scenario, seed: args.seed };
  if (args.paths !== null) scenario = { ...scenario, paths: args.paths };

  const workers = args.workers ?? defaultNodePoolSize();
  const engine = new SimulationEngine({
    factory: workers === 0 ? null : nodeWorkerFactory,
    size: Math.max(1, workers),
  });
  const started = performance.now();
  try {
    const result = await engine.run(
      { scenario, counties, sensitivity: args.sensitivity },
      { progressive: false },
    );
    if (args.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      process.stdout.write(
        `${result.scenarioName}\n${result.paths.toLocaleString('en-US')} paths, seed ${result.seed}, model ${result.modelVersion}\n\n`,
      );
      process.stdout.write(`${formatResult(result)}\n`);
      for (const w of result.warnings) process.stdout.write(`\nnote: ${w}`);
      process.stderr.write(
        `\n${seconds} s with ${workers === 0 ? 'no workers (inline)' : `${workers} worker${workers === 1 ? '' : 's'}`}\n`,
      );
    }
  } catch (e) {
    if (e instanceof ScenarioError) fail(`invalid scenario:\n${indent(e.message)}`, 1);
    fail(e instanceof Error ? e.message : String(e), 1);
  } finally {
    engine.dispose();
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e), 1));
