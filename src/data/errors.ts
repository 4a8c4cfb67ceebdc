/**
 * Validation errors that name the entry they concern, e.g.
 * `targets[17] (id "jobs.new_urban"): value must be a number (received string)`.
 */
import type { z } from 'zod';
import { COLLECTION_NAMES } from './files.ts';
import type { PlanFileKey } from './schema.ts';

export interface PlanError {
  /** The file the problem is in; null for problems that span files. */
  file: PlanFileKey | null;
  /** Where in the dataset, e.g. `targets[17].value` or `zones[0].geometry`. */
  path: string;
  /** Id of the entry (target id, adcode, feature id), when the entry has one. */
  entryId?: string;
  /** Full human-readable message, starting with the entry it names. */
  message: string;
}

type Key = PropertyKey;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id an entry goes by: `id`, `properties.id` (GeoJSON) or `adcode` (units). */
export function entryIdOf(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  const props = entry.properties;
  const candidates = [entry.id, isRecord(props) ? props.id : undefined, entry.adcode];
  const found = candidates.find(
    (c): c is string | number => typeof c === 'string' || typeof c === 'number',
  );
  return found === undefined ? undefined : String(found);
}

const getAt = (root: unknown, path: readonly Key[]): unknown =>
  path.reduce<unknown>((node, key) => {
    if (Array.isArray(node) && typeof key === 'number') return node[key];
    if (isRecord(node) && typeof key === 'string') return node[key];
    return undefined;
  }, root);

export const formatPath = (path: readonly Key[]): string =>
  path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : v === undefined ? 'nothing' : typeof v;

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/**
 * Splits a path inside a file into the entry it belongs to and the field within the entry:
 * ['targets', 17, 'value'] → entry `targets[17]`, field `value`.
 */
export function locate(
  file: PlanFileKey,
  root: unknown,
  path: readonly Key[],
): { entryPath: string; field: string; entryId: string | undefined } {
  const [first, second, ...rest] = path;
  const collection = typeof first === 'string' ? COLLECTION_NAMES[file][first] : undefined;
  if (typeof first === 'string' && collection !== undefined && typeof second === 'number') {
    return {
      entryPath: `${collection}[${second}]`,
      field: formatPath(rest),
      entryId: entryIdOf(getAt(root, [first, second])),
    };
  }
  return { entryPath: file, field: formatPath(path), entryId: undefined };
}

/** Builds an error whose message starts with the entry, then the field, then the problem. */
export function entryError(
  file: PlanFileKey | null,
  entryPath: string,
  entryId: string | undefined,
  field: string,
  problem: string,
): PlanError {
  const who = entryId === undefined ? entryPath : `${entryPath} (id "${entryId}")`;
  const what = field === '' ? problem : `${field} ${problem}`;
  const path = field === '' ? entryPath : `${entryPath}.${field}`;
  return { file, path, ...(entryId === undefined ? {} : { entryId }), message: `${who}: ${what}` };
}

/** Reads the smallest set of leaf issues out of a union failure (the closest branch). */
function leafIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const branches = issue.errors.map((branch) =>
    branch.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] })),
  );
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap(leafIssues);
}

function problemOf(issue: z.core.$ZodIssue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'null' ? 'null' : article(issue.expected);
      return received === undefined
        ? `is missing (must be ${expected})`
        : `must be ${expected} (received ${typeName(received)})`;
    }
    case 'invalid_value': {
      const allowed = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return received === undefined
        ? `is missing (must be ${allowed})`
        : `must be ${allowed} (received ${JSON.stringify(received)})`;
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union': {
      if (issue.discriminator === undefined) return 'matches none of the allowed shapes';
      const options = 'options' in issue && issue.options ? issue.options : [];
      const allowed = options.map((o) => JSON.stringify(o)).join(', ');
      // zod reports the discriminator either at the key itself or at the object holding it.
      const atKey = issue.path[issue.path.length - 1] === issue.discriminator;
      const value = atKey ? received : getDiscriminator(received, issue.discriminator);
      const shown = JSON.stringify(value) ?? 'nothing';
      return atKey
        ? `must be one of ${allowed} (received ${shown})`
        : `has an unknown ${issue.discriminator} (received ${shown}; allowed: ${allowed})`;
    }
    case 'invalid_format':
      return `is not in the expected format (${issue.message})`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

const getDiscriminator = (value: unknown, key: string): unknown =>
  isRecord(value) ? value[key] : undefined;

/** Turns zod issues for one file into entry-naming errors. */
export function zodIssuesToErrors(
  file: PlanFileKey,
  root: unknown,
  issues: readonly z.core.$ZodIssue[],
): PlanError[] {
  return issues.flatMap(leafIssues).map((issue) => {
    const { entryPath, field, entryId } = locate(file, root, issue.path);
    return entryError(file, entryPath, entryId, field, problemOf(issue, getAt(root, issue.path)));
  });
}
