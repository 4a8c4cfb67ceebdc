/**
 * Checks that need the whole dataset: unique ids, references between files, the twin park's
 * five areas, geometry validity. Runs after the schema has passed, on the typed data.
 */
import { entryError, type PlanError } from './errors.ts';
import {
  OFFSHORE_BBOX,
  ZHANGZHOU_BBOX,
  bboxText,
  inBbox,
  polygonProblems,
  type Bbox,
} from './geometry.ts';
import { CITY_ADCODE } from './schema-common.ts';
import { NUMERIC_KINDS } from './schema-targets.ts';
import type {
  PlanData,
  PlanFileKey,
  PlanGeometryT,
  ProjectFeature,
  ZoneFeature,
} from './schema.ts';

/** The twin park is "one park, five areas" (一园五片区). */
export const TWIN_PARK_AREA_COUNT = 5;
export const PROVINCE_ADCODE = '350000';

interface Ctx {
  errors: PlanError[];
  ids: Map<string, string>;
}

const push = (
  ctx: Ctx,
  file: PlanFileKey,
  entry: string,
  id: string | undefined,
  field: string,
  problem: string,
): void => {
  ctx.errors.push(entryError(file, entry, id, field, problem));
};

function registerId(ctx: Ctx, file: PlanFileKey, entry: string, id: string): void {
  const previous = ctx.ids.get(id);
  if (previous !== undefined) push(ctx, file, entry, id, 'id', `is already used by ${previous}`);
  else ctx.ids.set(id, entry);
}

/** Runs every cross-file check; an empty list means the dataset is consistent. */
export function crossCheck(data: PlanData): PlanError[] {
  const ctx: Ctx = { errors: [], ids: new Map() };
  data.sections.forEach((s, i) => registerId(ctx, 'sections', `sections[${i}]`, s.id));
  data.reviewThemes.forEach((s, i) => registerId(ctx, 'sections', `review_themes[${i}]`, s.id));
  data.targets.forEach((t, i) => registerId(ctx, 'targets', `targets[${i}]`, t.id));
  data.actuals.forEach((a, i) => registerId(ctx, 'actuals', `actuals[${i}]`, a.id));
  data.units.forEach((u, i) => registerId(ctx, 'counties', `units[${i}]`, u.adcode));
  data.groups.forEach((g, i) => registerId(ctx, 'counties', `groups[${i}]`, g.id));
  data.industries.forEach((x, i) => registerId(ctx, 'industries', `industries[${i}]`, x.id));
  data.zones.features.forEach((f, i) => registerId(ctx, 'zones', `zones[${i}]`, f.properties.id));
  data.projects.features.forEach((f, i) =>
    registerId(ctx, 'projects', `projects[${i}]`, f.properties.id),
  );
  data.baseline.forEach((b, i) => registerId(ctx, 'baseline', `baseline[${i}]`, b.id));

  checkTargets(ctx, data);
  checkActuals(ctx, data);
  checkUnitsAndIndustries(ctx, data);
  data.zones.features.forEach((f, i) => checkZone(ctx, data, f, i));
  data.projects.features.forEach((f, i) => checkProject(ctx, data, f, i));
  checkBaseline(ctx, data);
  return ctx.errors;
}

const unitIds = (data: PlanData): Set<string> => new Set(data.units.map((u) => u.adcode));
const zoneIds = (data: PlanData): Set<string> =>
  new Set(data.zones.features.map((f) => f.properties.id));
const targetIds = (data: PlanData): Set<string> => new Set(data.targets.map((t) => t.id));

function scopeProblem(data: PlanData, scope: { type: string; id: string }): string | null {
  const ok =
    scope.type === 'city'
      ? scope.id === CITY_ADCODE
      : scope.type === 'county'
        ? unitIds(data).has(scope.id)
        : scope.type === 'zone'
          ? zoneIds(data).has(scope.id)
          : scope.type === 'district-group'
            ? data.groups.some((g) => g.id === scope.id)
            : scope.type === 'province'
              ? scope.id === PROVINCE_ADCODE
              : false;
  return ok ? null : `refers to unknown ${scope.type} "${scope.id}"`;
}

function checkRefs(
  ctx: Ctx,
  file: PlanFileKey,
  entry: string,
  id: string,
  field: string,
  refs: string[],
): void {
  refs.forEach((ref, j) => {
    if (!ctx.ids.has(ref))
      push(ctx, file, entry, id, `${field}[${j}]`, `refers to unknown id "${ref}"`);
  });
}

function checkTargets(ctx: Ctx, data: PlanData): void {
  const projects = new Map(data.projects.features.map((f) => [f.properties.id, f.properties]));
  const actualIds = new Set(data.actuals.map((a) => a.id));
  data.targets.forEach((t, i) => {
    const e = `targets[${i}]`;
    const fail = (field: string, problem: string): void =>
      push(ctx, 'targets', e, t.id, field, problem);
    const section = data.sections.find((s) => s.id === t.section);
    if (!section) fail('section', `refers to unknown section "${t.section}"`);
    else if (!section.headings.some((h) => h.zh === t.heading))
      fail('heading', `"${t.heading}" is not a heading of section ${t.section}`);
    if (t.source.section !== t.section) fail('source.section', `must equal section "${t.section}"`);
    if (t.source.heading !== t.heading) fail('source.heading', `must equal heading "${t.heading}"`);
    const scope = scopeProblem(data, t.scope);
    if (scope) fail('scope.id', scope);
    const numeric = (NUMERIC_KINDS as readonly string[]).includes(t.kind);
    if (numeric) {
      if (t.value === null) fail('value', `must be a number for kind "${t.kind}"`);
      if (t.unit === null) fail('unit', `must be set for kind "${t.kind}"`);
      if (t.comparator === null) fail('comparator', `must be set for kind "${t.kind}"`);
      if (t.attainment === null) fail('attainment', `must be set for kind "${t.kind}"`);
      if ((t.kind === 'growth' || t.kind === 'share') && t.unit !== '%' && t.unit !== '个百分点')
        fail('unit', `must be "%" for kind "${t.kind}"`);
    } else {
      for (const field of ['value', 'unit', 'comparator', 'attainment'] as const) {
        if (t[field] !== null) fail(field, `must be null for kind "${t.kind}"`);
      }
    }
    if (t.kind === 'milestone' && t.milestone_zh === undefined)
      fail('milestone_zh', 'must be set for a milestone');
    if (t.value_max !== undefined && (t.value === null || t.value_max < t.value))
      fail('value_max', 'must not be below value');
    if (t.project !== undefined) {
      const p = projects.get(t.project);
      if (!p) fail('project', `refers to unknown project "${t.project}"`);
      else if (p.milestone_2023.target !== t.id)
        fail('project', `project "${t.project}" does not list this target as its milestone`);
    }
    if (t.baseline_2022 && !actualIds.has(t.baseline_2022.actual))
      fail('baseline_2022.actual', `refers to unknown 2022 actual "${t.baseline_2022.actual}"`);
    if (t.baseline_ref !== undefined && !data.baseline.some((b) => b.id === t.baseline_ref))
      fail('baseline_ref', `refers to unknown baseline entry "${t.baseline_ref}"`);
    checkRefs(ctx, 'targets', e, t.id, 'related', t.related);
  });
}

function checkActuals(ctx: Ctx, data: PlanData): void {
  data.actuals.forEach((a, i) => {
    const e = `actuals[${i}]`;
    const scope = scopeProblem(data, a.scope);
    if (scope) push(ctx, 'actuals', e, a.id, 'scope.id', scope);
    if (a.source.section !== 'review')
      push(ctx, 'actuals', e, a.id, 'source.section', 'must be "review"');
    checkRefs(ctx, 'actuals', e, a.id, 'related', a.related);
  });
}

function checkUnitsAndIndustries(ctx: Ctx, data: PlanData): void {
  const industries = new Map(data.industries.map((x) => [x.id, x]));
  data.industries.forEach((x, i) => {
    const seen = new Set<string>([x.id]);
    let parent = x.parent;
    while (parent !== null) {
      const next = industries.get(parent);
      if (!next) {
        push(
          ctx,
          'industries',
          `industries[${i}]`,
          x.id,
          'parent',
          `refers to unknown industry "${parent}"`,
        );
        break;
      }
      if (seen.has(parent)) {
        push(ctx, 'industries', `industries[${i}]`, x.id, 'parent', 'forms a cycle');
        break;
      }
      seen.add(parent);
      parent = next.parent;
    }
  });
  const checkLabels = (
    file: PlanFileKey,
    e: string,
    id: string,
    labels: PlanData['units'][number]['industries'],
  ): void =>
    labels.forEach((l, j) =>
      l.maps.forEach((m, k) => {
        if (!industries.has(m.industry))
          push(
            ctx,
            file,
            e,
            id,
            `industries[${j}].maps[${k}].industry`,
            `refers to unknown industry "${m.industry}"`,
          );
      }),
    );
  const zones = zoneIds(data);
  const projects = new Set(data.projects.features.map((f) => f.properties.id));
  data.units.forEach((u, i) => {
    const e = `units[${i}]`;
    checkLabels('counties', e, u.adcode, u.industries);
    if (u.kind === 'district' && u.industries.length > 0)
      push(
        ctx,
        'counties',
        e,
        u.adcode,
        'industries',
        'must be empty for a district (the "3+X" lists are for counties)',
      );
    if (u.industries.length > 0 !== (u.industries_source !== null))
      push(
        ctx,
        'counties',
        e,
        u.adcode,
        'industries_source',
        'must be set exactly when industries are listed',
      );
    u.plans.forEach((p, j) => {
      if (p.zone !== null && !zones.has(p.zone))
        push(
          ctx,
          'counties',
          e,
          u.adcode,
          `plans[${j}].zone`,
          `refers to unknown zone "${p.zone}"`,
        );
      if (p.project !== null && !projects.has(p.project))
        push(
          ctx,
          'counties',
          e,
          u.adcode,
          `plans[${j}].project`,
          `refers to unknown project "${p.project}"`,
        );
    });
  });
  const units = unitIds(data);
  data.groups.forEach((g, i) =>
    (g.members ?? []).forEach((m, j) => {
      if (!units.has(m))
        push(
          ctx,
          'counties',
          `groups[${i}]`,
          g.id,
          `members[${j}]`,
          `refers to unknown unit "${m}"`,
        );
    }),
  );
  data.zones.features.forEach((f, i) =>
    checkLabels('zones', `zones[${i}]`, f.properties.id, f.properties.industries),
  );
}

/** Validates a feature's geometry against its declared outline kind and the Zhangzhou box. */
export function geometryProblems(
  geometry: PlanGeometryT,
  outline: 'indicative' | 'point' | 'none' | 'official',
  bbox: Bbox,
): string[] {
  if (outline === 'none') return geometry === null ? [] : ['must be null when outline is "none"'];
  if (geometry === null) return [`is missing but outline is "${outline}"`];
  if (outline === 'point') {
    if (geometry.type !== 'Point') return ['must be a Point when outline is "point"'];
    return inBbox(geometry.coordinates, bbox)
      ? []
      : [`point (${geometry.coordinates.join(', ')}) lies outside ${bboxText(bbox)}`];
  }
  if (geometry.type === 'Point')
    return [`must be a Polygon or MultiPolygon when outline is "${outline}"`];
  return polygonProblems(geometry, bbox);
}

function checkPlace(
  ctx: Ctx,
  data: PlanData,
  file: PlanFileKey,
  f: ZoneFeature | ProjectFeature,
  e: string,
): void {
  const p = f.properties;
  const fail = (field: string, problem: string): void => push(ctx, file, e, p.id, field, problem);
  if (f.id !== undefined && f.id !== p.id) fail('id', `must equal properties.id "${p.id}"`);
  if (p.county !== null && !unitIds(data).has(p.county))
    fail('properties.county', `refers to unknown unit "${p.county}"`);
  if ((p.county === null) !== (p.county_basis === null))
    fail('properties.county_basis', 'must be set exactly when county is set');
  if (p.outline === 'indicative' && p.outline_recipe === null)
    fail('properties.outline_recipe', 'must be set for an indicative outline');
  const bbox = p.offshore_reason === undefined ? ZHANGZHOU_BBOX : OFFSHORE_BBOX;
  for (const problem of geometryProblems(f.geometry, p.outline, bbox)) fail('geometry', problem);
  const rp = p.reference_point;
  if (rp && !inBbox([rp.lon, rp.lat], bbox))
    fail('properties.reference_point', `lies outside ${bboxText(bbox)}`);
  const targets = targetIds(data);
  p.targets.forEach((t, j) => {
    if (!targets.has(t)) fail(`properties.targets[${j}]`, `refers to unknown target "${t}"`);
  });
}

function checkZone(ctx: Ctx, data: PlanData, f: ZoneFeature, i: number): void {
  const e = `zones[${i}]`;
  const p = f.properties;
  const fail = (field: string, problem: string): void =>
    push(ctx, 'zones', e, p.id, field, problem);
  checkPlace(ctx, data, 'zones', f, e);
  const byId = new Map(data.zones.features.map((z) => [z.properties.id, z.properties]));
  if (p.kind === 'twin-park') {
    const areas = p.areas ?? [];
    if (areas.length !== TWIN_PARK_AREA_COUNT)
      fail(
        'properties.areas',
        `must list exactly ${TWIN_PARK_AREA_COUNT} areas (has ${areas.length})`,
      );
    if (new Set(areas).size !== areas.length) fail('properties.areas', 'lists an area twice');
    areas.forEach((a, j) => {
      const area = byId.get(a);
      if (!area) fail(`properties.areas[${j}]`, `refers to unknown zone "${a}"`);
      else if (!area.member_of.includes(p.id))
        fail(`properties.areas[${j}]`, `zone "${a}" does not list "${p.id}" in member_of`);
    });
  } else if (p.areas !== undefined) fail('properties.areas', 'is only allowed on a twin park');
  p.member_of.forEach((parent, j) => {
    const park = byId.get(parent);
    if (!park) fail(`properties.member_of[${j}]`, `refers to unknown zone "${parent}"`);
    else if (!(park.areas ?? []).includes(p.id))
      fail(
        `properties.member_of[${j}]`,
        `zone "${parent}" does not list "${p.id}" among its areas`,
      );
  });
}

function checkProject(ctx: Ctx, data: PlanData, f: ProjectFeature, i: number): void {
  const e = `projects[${i}]`;
  const p = f.properties;
  checkPlace(ctx, data, 'projects', f, e);
  if (p.zone !== null && !zoneIds(data).has(p.zone))
    push(ctx, 'projects', e, p.id, 'properties.zone', `refers to unknown zone "${p.zone}"`);
  const target = p.milestone_2023.target;
  if (target !== null) {
    const t = data.targets.find((x) => x.id === target);
    if (!t)
      push(
        ctx,
        'projects',
        e,
        p.id,
        'properties.milestone_2023.target',
        `refers to unknown target "${target}"`,
      );
    else if (t.kind !== 'milestone' || t.project !== p.id)
      push(
        ctx,
        'projects',
        e,
        p.id,
        'properties.milestone_2023.target',
        `target "${target}" is not this project's milestone`,
      );
  }
}

function checkBaseline(ctx: Ctx, data: PlanData): void {
  data.baseline.forEach((b, i) => {
    const e = `baseline[${i}]`;
    const scope = scopeProblem(data, b.scope);
    if (scope) push(ctx, 'baseline', e, b.id, 'scope.id', scope);
    checkRefs(ctx, 'baseline', e, b.id, 'related', b.related);
  });
}
