/**
 * Field rules of scenario validation that concern one parameter or the county block. Kept apart
 * from validate.ts so that a form can check a single edit with the same rule as a file import.
 */
import { EXPOSURE_MAX, EXPOSURE_MIN, type CountyInput } from './counties';
import { DRIVER_IDS, isDriverId } from './drivers';
import { GROWTH_OUTPUT_IDS } from './outputs';
import { PARAMETERS, SHARE_SUM_TOLERANCE } from './parameters';
import type { CountyAssumptions } from './scenario';
import type { ValidationIssue } from './validate';

const EXPOSURE_ID = /^exposure\.([a-z][a-z0-9_]*)\.([a-z_]+)$/;
const ADCODE = /^\d{6}$/;
const INDUSTRY_ID = /^[a-z][a-z0-9_]*$/;

/** Check one parameter override: a known id, the right shape, within its bounds. */
export function checkParameterValue(id: string, value: number | number[]): ValidationIssue[] {
  const path = `parameters[${JSON.stringify(id)}]`;
  const exposure = EXPOSURE_ID.exec(id);
  if (exposure) {
    const driver = exposure[2]!;
    if (!isDriverId(driver)) {
      return [
        { path, message: `unknown driver "${driver}"; known drivers: ${DRIVER_IDS.join(', ')}` },
      ];
    }
    if (typeof value !== 'number' || value < EXPOSURE_MIN || value > EXPOSURE_MAX) {
      return [{ path, message: `must be a number from ${EXPOSURE_MIN} to ${EXPOSURE_MAX}` }];
    }
    return [];
  }
  const def = PARAMETERS.get(id);
  if (!def) {
    return [
      { path, message: `unknown parameter "${id}" (see the parameter table in docs/model.md)` },
    ];
  }
  if (typeof def.value === 'number') {
    if (typeof value !== 'number') return [{ path, message: 'must be a single number' }];
    if (value < def.min || value > def.max) {
      return [
        { path, message: `${value} is outside the bounds [${def.min}, ${def.max}] (${def.unit})` },
      ];
    }
    return [];
  }
  if (typeof value === 'number' || value.length !== def.value.length) {
    return [{ path, message: `must be a list of ${def.value.length} shares, one per quarter` }];
  }
  const bad = value.findIndex((v) => v <= 0 || v > 1);
  if (bad >= 0)
    return [
      {
        path: `${path}[${bad}]`,
        message: `a quarterly share must be above 0 and at most 1 (got ${value[bad]})`,
      },
    ];
  const sum = value.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    return [
      {
        path,
        message: `quarterly shares must add up to 1 (they add up to ${Math.round(sum * 1e6) / 1e6})`,
      },
    ];
  }
  return [];
}

/** Check county weights, growth anchors and industry lists; stricter when counties are known. */
export function checkCounties(
  counties: CountyAssumptions,
  known: readonly CountyInput[] | undefined,
): ValidationIssue[] {
  const errors: ValidationIssue[] = [];
  const knownCodes = known ? new Set(known.map((c) => c.adcode)) : undefined;
  const checkCode = (path: string, code: string): boolean => {
    if (!ADCODE.test(code)) {
      errors.push({ path, message: `"${code}" is not a six-digit adcode` });
      return false;
    }
    if (knownCodes && !knownCodes.has(code)) {
      errors.push({ path, message: `unknown county ${code}` });
      return false;
    }
    return true;
  };
  if (counties.weights) {
    const entries = Object.entries(counties.weights);
    let sum = 0;
    for (const [code, w] of entries) {
      const path = `counties.weights.${code}`;
      if (!checkCode(path, code)) continue;
      if (w <= 0 || w > 1)
        errors.push({ path, message: `a weight is a share above 0 and at most 1 (got ${w})` });
      sum += w;
    }
    if (entries.length > 0 && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      errors.push({
        path: 'counties.weights',
        message: `county weights must add up to 1 (they add up to ${Math.round(sum * 1e6) / 1e6})`,
      });
    }
    if (known && entries.length > 0) {
      const missing = known.filter((c) => !(c.adcode in counties.weights!));
      if (missing.length > 0) {
        errors.push({
          path: 'counties.weights',
          message: `missing a weight for ${missing.map((c) => `${c.adcode} ${c.name_zh}`).join(', ')}; give every county a weight or none (weights are never invented)`,
        });
      }
    }
  }
  for (const [code, byIndicator] of Object.entries(counties.growth ?? {})) {
    if (!checkCode(`counties.growth.${code}`, code)) continue;
    for (const [id, g] of Object.entries(byIndicator)) {
      const path = `counties.growth.${code}.${id}`;
      if (!(GROWTH_OUTPUT_IDS as readonly string[]).includes(id)) {
        errors.push({
          path,
          message: `unknown growth indicator "${id}"; known: ${GROWTH_OUTPUT_IDS.join(', ')}`,
        });
      } else if (g < -50 || g > 100) {
        errors.push({ path, message: `growth ${g}% is out of range [−50, 100]` });
      }
    }
  }
  for (const [code, list] of Object.entries(counties.industries ?? {})) {
    if (!checkCode(`counties.industries.${code}`, code)) continue;
    list.forEach((id, i) => {
      if (!INDUSTRY_ID.test(id)) {
        errors.push({
          path: `counties.industries.${code}[${i}]`,
          message: `"${id}" is not an industry id (lowercase letters, digits and _)`,
        });
      }
    });
  }
  return errors;
}
