/**
 * Building blocks shared by every plan-data schema: ids, units, comparators, source references
 * and GeoJSON geometry. Pure zod, no DOM, so the same schemas run in the browser, in workers,
 * in tests and in command-line scripts.
 */
import { z } from 'zod';

/** The title every reference to the primary source carries, so users know which text to open. */
export const REPORT_DOC = '2023 government work report, part 2';

/** Zhangzhou's own adcode; the scope id of city-wide targets. */
export const CITY_ADCODE = '350600';

/** Dotted lowercase ASCII id, e.g. `headline.gdp`, `zone.gulei`, `y2022.jobs.new_urban`. */
export const DottedId = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/,
    'must be a dotted lowercase ASCII id like "area.slug"',
  );

/** Six-digit administrative division code (GB/T 2260). */
export const Adcode = z.string().regex(/^\d{6}$/, 'must be a six-digit adcode');

/** Work areas: the headline targets and the ten numbered areas of the 2023 programme. */
export const SectionId = z.enum(['headline', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

/**
 * How the report qualifies a number. See docs/data.md for the mapping:
 * 以上 → ≥; 超/超过/突破 → >; 左右 → ≈; no qualifier → =. `≤` is reserved for explicit caps
 * (the report has none; 控制在…左右 is `≈` with `attainment: 'at_most'`).
 */
export const Comparator = z.enum(['≥', '>', '≈', '≤', '=']);

/**
 * Units exactly as the report writes them, so a value reads back as the report's phrase.
 * Conversions to base units (万人 → 人 …) live in `units.ts`.
 */
export const Unit = z.enum([
  '%',
  '个百分点',
  '亿元',
  '元',
  '个',
  '家',
  '项',
  '所',
  '支',
  '张',
  '套',
  '条',
  '件',
  '户',
  '万户',
  '人',
  '万人',
  '万个',
  '场（次）',
  '名',
  '万平方米',
  '公顷',
  '万亩',
  '亩',
  '平方公里',
  '万吨',
  '公里',
]);

/** Published confidence of a figure found outside the report (sources.md). "low" is never shipped. */
export const Confidence = z.enum(['high', 'medium-high', 'medium']);

/** A reference to the primary source; `quote` must occur verbatim (modulo line breaks) in it. */
export const ReportRef = z.strictObject({
  doc: z.literal(REPORT_DOC),
  /** Work area id, or `review` for the 2022 review at the top of part 2. */
  section: z.union([SectionId, z.literal('review')]),
  heading: z.string().min(1).nullable(),
  quote: z.string().min(2),
});

/** A reference to a page listed in sources.md. */
export const ExternalRef = z.strictObject({
  title: z.string().min(1),
  url: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}){0,2}$/)
    .optional(),
  confidence: Confidence.optional(),
  note: z.string().optional(),
});

/** Either kind of source, distinguished by shape (report refs carry `doc` and `quote`). */
export const SourceRef = z.union([ReportRef, ExternalRef]);

/** [lon, lat] in degrees; finite numbers only (zod 4 rejects Infinity and NaN). */
export const Position = z.tuple([z.number(), z.number()]);
export const LinearRing = z.array(Position);

export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
export const PolygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRing).min(1),
});
export const MultiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRing).min(1)).min(1),
});
/** Geometry of a plan feature; `null` when the place cannot be put on the map honestly. */
export const PlanGeometry = z
  .discriminatedUnion('type', [PointGeometry, PolygonGeometry, MultiPolygonGeometry])
  .nullable();

/**
 * P1 an exact WGS-84 point; P2 a reference point of unknown datum, good to 1–5 km; P3 words only
 * (as defined in sources.md).
 */
export const Precision = z.enum(['P1', 'P2', 'P3']);

/**
 * How the drawn shape relates to the real extent: `indicative` is a generated outline of about
 * the stated area (draw dashed, label 示意); `point` a marker only; `none` no geometry;
 * `official` a boundary a user imported.
 */
export const OutlineKind = z.enum(['indicative', 'point', 'none', 'official']);

/** Parameters an indicative outline was generated from, so tests can regenerate it exactly. */
export const OutlineRecipe = z.strictObject({
  method: z.literal('ellipse'),
  /** The area (km²) the outline was sized to, from the place's source. */
  area_km2: z.number().positive(),
  center: Position,
  semi_major_km: z.number().positive(),
  semi_minor_km: z.number().positive(),
  /** Direction of the major axis, degrees clockwise from north. */
  bearing_deg: z.number(),
  steps: z.number().int().min(8),
  /** Why this centre and orientation. */
  basis: z.string().min(1),
});

/** Which source fixes the county-level unit of a place. */
export const CountyBasis = z.enum(['geometry', 'source', 'zone', 'name']);
