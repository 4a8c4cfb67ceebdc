/**
 * Loading: schema first (per file, errors naming the entry), then the cross-file checks.
 * Works from already-parsed JSON, so the browser can `fetch` and Node can `readFileSync`.
 */
import { crossCheck } from './crosscheck.ts';
import { entryError, zodIssuesToErrors, type PlanError } from './errors.ts';
import { PLAN_FILE_KEYS, PLAN_FILES, type PlanRaw } from './files.ts';
import { PlanFiles, type PlanData, type PlanFileKey } from './schema.ts';

export type PlanResult = { ok: true; data: PlanData } | { ok: false; errors: PlanError[] };

/** Validates every file and the links between them. Never throws. */
export function parsePlanData(raw: PlanRaw): PlanResult {
  const errors: PlanError[] = [];
  const parsed: Partial<Record<PlanFileKey, unknown>> = {};
  for (const key of PLAN_FILE_KEYS) {
    const schema = PlanFiles.shape[key];
    const result = schema.safeParse(raw[key]);
    if (result.success) parsed[key] = result.data;
    else {
      errors.push(
        ...zodIssuesToErrors(key, raw[key], result.error.issues).map((e) => ({
          ...e,
          message: `${PLAN_FILES[key]}: ${e.message}`,
        })),
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const files = parsed as PlanFiles;
  const data: PlanData = {
    sections: files.sections.sections,
    reviewThemes: files.sections.review_themes,
    targets: files.targets.targets,
    actuals: files.actuals.actuals,
    units: files.counties.units,
    groups: files.counties.groups,
    industries: files.industries.industries,
    zones: files.zones,
    projects: files.projects,
    baseline: files.baseline.entries,
  };
  const crossErrors = crossCheck(data).map((e) => ({
    ...e,
    message: e.file ? `${PLAN_FILES[e.file]}: ${e.message}` : e.message,
  }));
  return crossErrors.length > 0 ? { ok: false, errors: crossErrors } : { ok: true, data };
}

/** Parses the text of every file (JSON syntax errors name the file), then validates. */
export function parsePlanTexts(texts: Record<PlanFileKey, string>): PlanResult {
  const raw: Partial<PlanRaw> = {};
  const errors: PlanError[] = [];
  for (const key of PLAN_FILE_KEYS) {
    try {
      raw[key] = JSON.parse(texts[key]) as unknown;
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      errors.push({
        ...entryError(key, key, undefined, '', `is not valid JSON (${why})`),
        message: `${PLAN_FILES[key]}: not valid JSON (${why})`,
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : parsePlanData(raw as PlanRaw);
}

/**
 * Reads every file through `readText` (given a file name such as `targets.json`), then
 * validates. In the browser: `loadPlanData((f) => fetch(base + f).then((r) => r.text()))`;
 * in Node: `loadPlanData((f) => readFileSync(join(dir, f), 'utf8'))`. Never rejects.
 */
export async function loadPlanData(
  readText: (file: string) => string | Promise<string>,
): Promise<PlanResult> {
  const texts: Partial<Record<PlanFileKey, string>> = {};
  const errors: PlanError[] = [];
  await Promise.all(
    PLAN_FILE_KEYS.map(async (key) => {
      try {
        texts[key] = await readText(PLAN_FILES[key]);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        errors.push({
          file: key,
          path: key,
          message: `${PLAN_FILES[key]}: could not be read (${why})`,
        });
      }
    }),
  );
  return errors.length > 0
    ? { ok: false, errors }
    : parsePlanTexts(texts as Record<PlanFileKey, string>);
}

/** Formats errors one per line, for stderr or an error panel. */
export const formatPlanErrors = (errors: readonly PlanError[]): string =>
  errors.map((e) => `- ${e.message}`).join('\n');
