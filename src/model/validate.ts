/**
 * Validation of scenario files (version 1), shared by the CLI, the app's file import and its URL
 * state. It never throws: it returns either a normalised `Scenario` or a list of issues, each
 * naming the field (`drivers.external_demand.value`, `parameters["share.secondary"]`, `paths` …)
 * with a message a planner can act on.
 *
 * Structure is checked with zod (types, finite numbers, unknown fields); meaning is checked by
 * hand afterwards (known ids, bounds, shares adding up to 1, loadings, county weights).
 */
import { z } from 'zod';
import type { CountyInput } from './counties';
import { DRIVERS, DRIVER_IDS, FACTOR_IDS, isDriverId } from './drivers';
import { OUTPUTS, isOutputId } from './outputs';
import { PARAMETERS, SHARE_PARAM_IDS, SHARE_SUM_TOLERANCE } from './parameters';
import {
  DEFAULT_PATHS,
  DEFAULT_SEED,
  PATHS_CAP,
  SCENARIO_VERSION,
  type Scenario,
  resolveParameters,
} from './scenario';
import { checkCounties, checkParameterValue } from './validate-rules';

/** One problem, with the field it concerns. */
export interface ValidationIssue {
  /** The field, e.g. `drivers.external_demand.value`; `(file)` for the file as a whole. */
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: ValidationIssue[] };

/** Context that makes validation stricter: the counties the app knows. */
export interface ValidationContext {
  counties?: readonly CountyInput[];
}

const num = z.number({
  error: (iss) =>
    iss.input === undefined ? 'is required' : `must be a finite number (got ${show(iss.input)})`,
});

const DriverSettingSchema = z.strictObject({ value: num.optional(), sd: num.optional() });
const Schema = z.strictObject({
  version: z.literal(1),
  name: z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters'),
  description: z.string().max(2000, 'is longer than 2000 characters').optional(),
  seed: num.optional(),
  paths: num.optional(),
  drivers: z.record(z.string(), DriverSettingSchema).optional(),
  parameters: z.record(z.string(), z.union([num, z.array(num)])).optional(),
  actuals: z.record(z.string(), z.array(num)).optional(),
  counties: z
    .strictObject({
      weights: z.record(z.string(), num).optional(),
      growth: z.record(z.string(), z.record(z.string(), num)).optional(),
      industries: z.record(z.string(), z.array(z.string())).optional(),
    })
    .optional(),
});

/** Parse and validate the text of a scenario file. */
export function parseScenarioJson(text: string, context: ValidationContext = {}): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    return fail('(file)', `is not valid JSON: ${why}`);
  }
  return validateScenario(data, context);
}

/** Validate a parsed scenario object; never throws. */
export function validateScenario(
  input: unknown,
  context: ValidationContext = {},
): ValidationResult {
  try {
    return validateUnsafe(input, context);
  } catch (e) {
    return fail('(file)', `could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** All issues as one readable block of text, one line each. */
export function formatIssues(errors: readonly ValidationIssue[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}

function validateUnsafe(input: unknown, context: ValidationContext): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('(file)', 'must be a JSON object with "version": 1');
  }
  const version = (input as Record<string, unknown>).version;
  if (version === undefined)
    return fail('version', `is required; this app reads version ${SCENARIO_VERSION}`);
  if (typeof version === 'number' && Number.isInteger(version) && version > SCENARIO_VERSION) {
    return fail(
      'version',
      `this file is version ${version}, newer than this app reads (${SCENARIO_VERSION}); update the app or save the scenario as version ${SCENARIO_VERSION}`,
    );
  }
  if (version !== SCENARIO_VERSION) {
    return fail('version', `must be ${SCENARIO_VERSION} (got ${show(version)})`);
  }
  const parsed = Schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map(toIssue) };
  }
  const raw = parsed.data;
  const errors: ValidationIssue[] = [];
  const seed = raw.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    errors.push({
      path: 'seed',
      message: `must be a whole number from 0 to 4294967295 (got ${show(seed)})`,
    });
  }
  const paths = raw.paths ?? DEFAULT_PATHS;
  errors.push(...checkPaths(paths, 'paths'));

  const drivers = raw.drivers ?? {};
  for (const [id, setting] of Object.entries(drivers)) {
    if (!isDriverId(id)) {
      errors.push({
        path: `drivers.${id}`,
        message: `unknown driver "${id}"; known drivers: ${DRIVER_IDS.join(', ')}`,
      });
      continue;
    }
    const def = DRIVERS.find((d) => d.id === id)!;
    if (setting.value !== undefined && (setting.value < def.min || setting.value > def.max)) {
      errors.push({
        path: `drivers.${id}.value`,
        message: `${setting.value} is outside the bounds [${def.min}, ${def.max}] ${def.unit}`,
      });
    }
    const sdMax = def.max - def.min;
    if (setting.sd !== undefined && (setting.sd < 0 || setting.sd > sdMax)) {
      errors.push({
        path: `drivers.${id}.sd`,
        message: `must be between 0 and ${sdMax} ${def.unit} (got ${setting.sd})`,
      });
    }
  }

  const parameters = raw.parameters ?? {};
  for (const [id, value] of Object.entries(parameters)) {
    errors.push(...checkParameterValue(id, value));
  }
  if (errors.length === 0) errors.push(...checkParameterSums(parameters));

  const actuals = raw.actuals ?? {};
  for (const [id, values] of Object.entries(actuals)) {
    const path = `actuals.${id}`;
    if (!isOutputId(id)) {
      errors.push({
        path,
        message: `unknown indicator "${id}"; known: ${OUTPUTS.map((o) => o.id).join(', ')}`,
      });
      continue;
    }
    if (values.length < 1 || values.length > 4) {
      errors.push({
        path,
        message: `must list 1 to 4 year-to-date figures (1–3月 … 全年), got ${values.length}`,
      });
    }
    const kind = OUTPUTS.find((o) => o.id === id)!.kind;
    values.forEach((v, q) => {
      if (kind === 'growth' && (v < -100 || v > 1000))
        errors.push({
          path: `${path}[${q}]`,
          message: `growth ${v}% is out of range [−100, 1000]`,
        });
      if (kind === 'level' && v < 0)
        errors.push({
          path: `${path}[${q}]`,
          message: `a cumulative amount cannot be negative (got ${v})`,
        });
    });
  }

  const counties = raw.counties ?? {};
  errors.push(...checkCounties(counties, context.counties));

  if (errors.length > 0) return { ok: false, errors };
  const scenario: Scenario = {
    version: 1,
    name: raw.name,
    seed,
    paths,
    drivers,
    parameters,
    actuals,
    counties,
  };
  if (raw.description !== undefined) scenario.description = raw.description;
  return { ok: true, scenario };
}

/** Check a path count (also used for CLI arguments and run options). */
export function checkPaths(paths: number, path: string): ValidationIssue[] {
  if (!Number.isFinite(paths))
    return [{ path, message: `must be a finite number (got ${show(paths)})` }];
  if (!Number.isInteger(paths)) return [{ path, message: `must be a whole number (got ${paths})` }];
  if (paths <= 0) return [{ path, message: `must be at least 1 (got ${paths})` }];
  if (paths > PATHS_CAP) {
    return [
      {
        path,
        message: `must be at most ${PATHS_CAP.toLocaleString('en-US')} paths, the cap of one run (got ${paths.toLocaleString('en-US')})`,
      },
    ];
  }
  return [];
}

function checkParameterSums(parameters: Record<string, number | number[]>): ValidationIssue[] {
  const values = resolveParameters({ parameters });
  const errors: ValidationIssue[] = [];
  const sum = SHARE_PARAM_IDS.reduce((s, id) => s + (values.get(id) as number), 0);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    errors.push({
      path: 'parameters["share.*"]',
      message: `sector shares must add up to 1: ${SHARE_PARAM_IDS.join(' + ')} = ${round(sum)}`,
    });
  }
  for (const d of DRIVER_IDS) {
    const ss = FACTOR_IDS.reduce((s, f) => s + (values.get(`loading.${d}.${f}`) as number) ** 2, 0);
    if (ss > 1 + 1e-9) {
      errors.push({
        path: `parameters["loading.${d}.*"]`,
        message: `the squares of ${d}'s factor loadings add up to ${round(ss)}; they must not exceed 1`,
      });
    }
  }
  return errors;
}

function toIssue(iss: z.core.$ZodIssue): ValidationIssue {
  const path = formatPath(iss.path);
  if (iss.code === 'unrecognized_keys') {
    const keys = iss.keys.map((k) => `"${k}"`).join(', ');
    return { path: path || '(file)', message: `unknown field ${keys}` };
  }
  if (iss.code === 'invalid_type' && iss.expected === 'object') {
    return { path: path || '(file)', message: 'must be an object' };
  }
  if (iss.code === 'invalid_type' && iss.expected === 'string') {
    return { path, message: 'must be text' };
  }
  if (iss.code === 'invalid_type' && iss.expected === 'array') {
    return { path, message: 'must be a list' };
  }
  if (iss.code === 'invalid_union') {
    return { path, message: 'must be a finite number or a list of finite numbers' };
  }
  return { path: path || '(file)', message: iss.message };
}

/** `["parameters", "share.secondary"]` → `parameters["share.secondary"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

function fail(path: string, message: string): ValidationResult {
  return { ok: false, errors: [{ path, message }] };
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined)
    return String(v);
  return Array.isArray(v) ? 'a list' : typeof v;
}

function round(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

/** Re-exported so callers can check a single parameter edit from a form. */
export { checkParameterValue, PARAMETERS };
