/**
 * Command-line arguments of `npm run simulate`. Parsing never throws: it returns the options or
 * a message that names the argument, so the CLI can exit with a clear line instead of a trace.
 */
import { PATHS_CAP } from '../../src/model/scenario';
import { checkPaths } from '../../src/model/validate';

export interface SimulateArgs {
  scenario: string | null;
  paths: number | null;
  seed: number | null;
  workers: number | null;
  json: boolean;
  counties: string | null;
  noCounties: boolean;
  sensitivity: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run -s simulate -- [--scenario FILE] [--paths N] [--seed S] [--workers K] [--json]
                               [--counties FILE | --no-counties] [--sensitivity]

  --scenario FILE   scenario file (version 1, docs/scenario-format.md); default: the plan-consistent baseline
  --paths N         number of Monte Carlo paths, 1 to ${PATHS_CAP.toLocaleString('en-US')} (default: the scenario's, else 10,000)
  --seed S          seed, a whole number from 0 to 4294967295 (default: the scenario's)
  --workers K       worker threads, 0 runs inline (default: all cores); results do not depend on K
  --json            print the full result as JSON instead of a table
  --counties FILE   county list (default: geodata/plan/counties.json when present)
  --no-counties     skip county detail
  --sensitivity     add ±1 sd sensitivity (tornado data) to the result`;

export type ParseResult = { ok: true; args: SimulateArgs } | { ok: false; message: string };

/** Parse argv (without node and script). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const args: SimulateArgs = {
    scenario: null,
    paths: null,
    seed: null,
    workers: null,
    json: false,
    counties: null,
    noCounties: false,
    sensitivity: false,
    help: false,
  };
  const valueFlags = new Set(['--scenario', '--paths', '--seed', '--workers', '--counties']);
  for (let k = 0; k < argv.length; k++) {
    const raw = argv[k]!;
    const eq = raw.indexOf('=');
    const name = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    let value: string | undefined = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    if (valueFlags.has(name) && value === undefined) {
      value = argv[k + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2))
        return { ok: false, message: `${name} needs a value` };
      k++;
    }
    switch (name) {
      case '--scenario':
        args.scenario = value!;
        break;
      case '--counties':
        args.counties = value!;
        break;
      case '--paths': {
        const n = wholeNumber(value!);
        const issues =
          n === null
            ? [{ message: `must be a whole number (got "${value}")` }]
            : checkPaths(n, '--paths');
        if (issues.length > 0) return { ok: false, message: `--paths ${issues[0]!.message}` };
        args.paths = n;
        break;
      }
      case '--seed': {
        const n = wholeNumber(value!);
        if (n === null || n < 0 || n > 0xffffffff)
          return {
            ok: false,
            message: `--seed must be a whole number from 0 to 4294967295 (got "${value}")`,
          };
        args.seed = n;
        break;
      }
      case '--workers': {
        const n = wholeNumber(value!);
        if (n === null || n < 0 || n > 64)
          return {
            ok: false,
            message: `--workers must be a whole number from 0 to 64 (got "${value}")`,
          };
        args.workers = n;
        break;
      }
      case '--json':
      case '--no-counties':
      case '--sensitivity':
      case '--help':
      case '-h':
        if (value !== undefined) return { ok: false, message: `${name} takes no value` };
        if (name === '--json') args.json = true;
        else if (name === '--no-counties') args.noCounties = true;
        else if (name === '--sensitivity') args.sensitivity = true;
        else args.help = true;
        break;
      default:
        return { ok: false, message: `unknown argument "${raw}"` };
    }
  }
  if (args.counties !== null && args.noCounties)
    return { ok: false, message: '--counties and --no-counties contradict each other' };
  return { ok: true, args };
}

function wholeNumber(text: string): number | null {
  if (!/^\s*-?\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}
