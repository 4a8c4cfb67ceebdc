import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PLAN_FILES,
  PLAN_FILE_KEYS,
  formatPlanErrors,
  parsePlanTexts,
  type PlanData,
  type PlanFileKey,
} from '../../src/data/index.ts';

const PLAN_DIR = fileURLToPath(new URL('../../geodata/plan/', import.meta.url));

let cached: PlanData | null = null;

/** The real plan dataset, validated the same way the page does it. */
export function loadPlan(): PlanData {
  if (cached) return cached;
  const texts = Object.fromEntries(
    PLAN_FILE_KEYS.map((key) => [key, readFileSync(join(PLAN_DIR, PLAN_FILES[key]), 'utf8')]),
  ) as Record<PlanFileKey, string>;
  const result = parsePlanTexts(texts);
  if (!result.ok) throw new Error(formatPlanErrors(result.errors));
  cached = result.data;
  return cached;
}

/** Adcodes of the units whose "3+X" list includes a label mapping to `industry` directly. */
export function unitsPrinting(data: PlanData, industry: string): string[] {
  return data.units
    .filter((u) => u.industries.some((l) => l.maps.some((m) => m.industry === industry)))
    .map((u) => u.adcode);
}
