/**
 * The deck file format, version 1 (docs/deck-format.md): a titled list of scenes, each with
 * bilingual title and notes, a map view, an optional panel and an optional scenario with its
 * fixed seed. Structure is checked with zod; meaning (known ids, placeholders, the embedded
 * scenario) by hand afterwards, so that every problem names its field:
 * `scenes[2].map.camera.zoom: must be a number from 0 to 22 (got "ten")`.
 */
import { z } from 'zod';
import { DRIVER_IDS, OUTPUTS, validateScenario, type Scenario } from '../model/index.ts';
import { checkTemplate } from './placeholders';

export const DECK_VERSION = 1;

/** Outputs a fan chart can draw: the growth targets (%) and the 亿元 levels. */
export const FAN_INDICATORS = OUTPUTS.filter((o) => o.unit === '%' || o.unit === '亿元').map(
  (o) => o.id,
);

export const LAYER_GROUP_NAMES = ['counties', 'zones', 'projects', 'industries'] as const;
export type LayerGroupName = (typeof LAYER_GROUP_NAMES)[number];

const text = (max: number) => z.string().max(max, `is longer than ${max} characters`);
const LocalTextSchema = z.strictObject({ zh: text(300), en: text(300) });
const NotesSchema = z.strictObject({ zh: text(8000), en: text(8000) });
const num = z.number().refine(Number.isFinite, 'must be a finite number');

const CameraSchema = z.strictObject({
  center: z.tuple([num, num]).optional(),
  zoom: num.optional(),
  bearing: num.optional(),
  pitch: num.optional(),
  bounds: z.tuple([num, num, num, num]).optional(),
  fit: z.enum(['city', 'highlight']).optional(),
});

const MapSchema = z.strictObject({
  camera: CameraSchema,
  layers: z
    .strictObject({
      counties: z.boolean().optional(),
      zones: z.boolean().optional(),
      projects: z.boolean().optional(),
      industries: z.boolean().optional(),
    })
    .optional(),
  highlight: z
    .strictObject({
      units: z.array(z.string()).max(50).optional(),
      zones: z.array(z.string()).max(50).optional(),
      projects: z.array(z.string()).max(50).optional(),
    })
    .optional(),
  industry: z.string().nullable().optional(),
});

const PanelSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('targets') }),
  z.strictObject({ kind: z.literal('zone'), zone: z.string() }),
  z.strictObject({ kind: z.literal('dashboard') }),
  z.strictObject({
    kind: z.literal('fan'),
    indicator: z.enum(FAN_INDICATORS as [string, ...string[]]),
    comparePlan: z.boolean().optional(),
  }),
  z.strictObject({ kind: z.literal('matrix'), industry: z.string().nullable().optional() }),
  z.strictObject({
    kind: z.literal('required'),
    quartersKnown: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  }),
]);

const SceneSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"'),
  title: LocalTextSchema,
  notes: NotesSchema,
  map: MapSchema,
  panel: PanelSchema.nullable().optional(),
  scenario: z.unknown().optional(),
  sliders: z.array(z.enum(DRIVER_IDS)).max(8).optional(),
});

const DeckSchema = z.strictObject({
  version: z.literal(DECK_VERSION),
  title: LocalTextSchema,
  scenes: z.array(SceneSchema).min(1, 'must hold at least one scene').max(200),
});

type RawScene = z.infer<typeof SceneSchema>;
export type LocalText = z.infer<typeof LocalTextSchema>;
export type CameraSpec = z.infer<typeof CameraSchema>;
export type SceneMapSpec = z.infer<typeof MapSchema>;
export type PanelSpec = z.infer<typeof PanelSchema>;
export type PanelKind = PanelSpec['kind'];
export type Scene = Omit<RawScene, 'scenario'> & { scenario?: Scenario };
export interface Deck {
  version: 1;
  title: LocalText;
  scenes: Scene[];
}

/** Ids the plan knows; when given, a deck must refer only to these. */
export interface DeckContext {
  units?: ReadonlySet<string>;
  zones?: ReadonlySet<string>;
  projects?: ReadonlySet<string>;
  industries?: ReadonlySet<string>;
  targets?: ReadonlySet<string>;
}

export interface DeckIssue {
  path: string;
  message: string;
}
export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: DeckIssue[] };

/** Validates parsed JSON as a deck; never throws. */
export function validateDeck(input: unknown, context: DeckContext = {}): DeckResult {
  try {
    return validateUnsafe(input, context);
  } catch (err) {
    return fail('(file)', `could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Parses the text of a deck file. */
export function parseDeckJson(text: string, context: DeckContext = {}): DeckResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
    return fail('(file)', `is not valid JSON: ${why}`);
  }
  return validateDeck(json, context);
}

/** The issues as lines of `path: message` (at most `max`, then a count). */
export function formatDeckIssues(errors: readonly DeckIssue[], max = 6): string {
  const lines = errors.slice(0, max).map((e) => `${e.path}: ${e.message}`);
  if (errors.length > max) lines.push(`… ${errors.length - max} more`);
  return lines.join('\n');
}

function fail(path: string, message: string): DeckResult {
  return { ok: false, errors: [{ path, message }] };
}

function validateUnsafe(input: unknown, context: DeckContext): DeckResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('(file)', `must be a JSON object with "version": ${DECK_VERSION}`);
  }
  const version = (input as Record<string, unknown>).version;
  if (version === undefined) return fail('version', `is required; this app reads version 1`);
  if (typeof version === 'number' && Number.isInteger(version) && version > DECK_VERSION) {
    return fail(
      'version',
      `this deck is version ${version}, newer than this app reads (${DECK_VERSION}); update the app`,
    );
  }
  if (version !== DECK_VERSION) return fail('version', `must be 1 (got ${show(version)})`);
  const parsed = DeckSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(toIssue) };

  const errors: DeckIssue[] = [];
  const scenes: Scene[] = [];
  const seen = new Set<string>();
  parsed.data.scenes.forEach((raw, i) => {
    const at = `scenes[${i}]`;
    if (seen.has(raw.id)) errors.push({ path: `${at}.id`, message: `"${raw.id}" is used twice` });
    seen.add(raw.id);
    errors.push(...checkScene(raw, at, context));
    const { scenario: rawScenario, ...rest } = raw;
    const scene: Scene = { ...rest };
    if (rawScenario !== undefined) {
      const result = validateScenario(rawScenario);
      if (result.ok) scene.scenario = result.scenario;
      else
        errors.push(
          ...result.errors.map((e) => ({ path: `${at}.scenario.${e.path}`, message: e.message })),
        );
    }
    scenes.push(scene);
  });
  for (const [lang, value] of Object.entries(parsed.data.title)) {
    errors.push(...checkTemplate(value).map((m) => ({ path: `title.${lang}`, message: m })));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, deck: { version: 1, title: parsed.data.title, scenes } };
}

function checkScene(scene: RawScene, at: string, context: DeckContext): DeckIssue[] {
  const errors: DeckIssue[] = [];
  for (const field of ['title', 'notes'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      for (const message of checkTemplate(scene[field][lang], context)) {
        errors.push({ path: `${at}.${field}.${lang}`, message });
      }
    }
  }
  errors.push(...checkCamera(scene.map.camera, `${at}.map.camera`));
  const known = (
    ids: readonly string[] | undefined,
    set: ReadonlySet<string> | undefined,
    path: string,
    what: string,
  ): void => {
    if (!set) return;
    (ids ?? []).forEach((id, j) => {
      if (!set.has(id)) errors.push({ path: `${path}[${j}]`, message: `unknown ${what} "${id}"` });
    });
  };
  const hl = scene.map.highlight;
  known(hl?.units, context.units, `${at}.map.highlight.units`, 'unit (adcode)');
  known(hl?.zones, context.zones, `${at}.map.highlight.zones`, 'zone');
  known(hl?.projects, context.projects, `${at}.map.highlight.projects`, 'project');
  const industry = scene.map.industry;
  if (industry && context.industries && !context.industries.has(industry)) {
    errors.push({ path: `${at}.map.industry`, message: `unknown industry "${industry}"` });
  }
  const panel = scene.panel;
  if (panel?.kind === 'zone' && context.zones && !context.zones.has(panel.zone)) {
    errors.push({ path: `${at}.panel.zone`, message: `unknown zone "${panel.zone}"` });
  }
  if (panel?.kind === 'matrix' && panel.industry && context.industries) {
    if (!context.industries.has(panel.industry))
      errors.push({
        path: `${at}.panel.industry`,
        message: `unknown industry "${panel.industry}"`,
      });
  }
  return errors;
}

function checkCamera(camera: CameraSpec, at: string): DeckIssue[] {
  const forms = [
    camera.center !== undefined,
    camera.bounds !== undefined,
    camera.fit !== undefined,
  ];
  const count = forms.filter(Boolean).length;
  if (count !== 1) {
    return [
      { path: at, message: 'needs exactly one of "center" (with "zoom"), "bounds" or "fit"' },
    ];
  }
  const errors: DeckIssue[] = [];
  const lonLat = (lon: number, lat: number, path: string): void => {
    if (lon < -180 || lon > 180)
      errors.push({ path, message: `longitude must be −180…180 (got ${lon})` });
    if (lat < -85 || lat > 85)
      errors.push({ path, message: `latitude must be −85…85 (got ${lat})` });
  };
  if (camera.center) {
    lonLat(camera.center[0], camera.center[1], `${at}.center`);
    if (camera.zoom === undefined) errors.push({ path: `${at}.zoom`, message: 'is required' });
    else if (camera.zoom < 0 || camera.zoom > 22)
      errors.push({ path: `${at}.zoom`, message: `must be 0…22 (got ${camera.zoom})` });
    if (camera.pitch !== undefined && (camera.pitch < 0 || camera.pitch > 85))
      errors.push({ path: `${at}.pitch`, message: `must be 0…85 (got ${camera.pitch})` });
    if (camera.bearing !== undefined && Math.abs(camera.bearing) > 360)
      errors.push({ path: `${at}.bearing`, message: `must be −360…360 (got ${camera.bearing})` });
  } else if (
    camera.zoom !== undefined ||
    camera.bearing !== undefined ||
    camera.pitch !== undefined
  ) {
    errors.push({ path: at, message: '"zoom", "bearing" and "pitch" go with "center" only' });
  }
  if (camera.bounds) {
    const [w, s, e, n] = camera.bounds;
    lonLat(w, s, `${at}.bounds`);
    lonLat(e, n, `${at}.bounds`);
    if (!(w < e && s < n))
      errors.push({ path: `${at}.bounds`, message: 'must be [west, south, east, north]' });
  }
  return errors;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function toIssue(iss: z.core.$ZodIssue): DeckIssue {
  const path = formatPath(iss.path) || '(file)';
  switch (iss.code) {
    case 'unrecognized_keys':
      return { path, message: `unknown field ${iss.keys.map((k) => `"${k}"`).join(', ')}` };
    case 'invalid_type': {
      const got = (iss as { input?: unknown }).input;
      if (got === undefined) return { path, message: 'is required' };
      return { path, message: `must be ${article(iss.expected)} (got ${show(got)})` };
    }
    case 'invalid_value':
      return {
        path,
        message: `must be one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_union': {
      const note = (iss as { note?: string }).note;
      return { path, message: note === 'No matching discriminator' ? 'unknown kind' : iss.message };
    }
    default:
      return { path, message: iss.message };
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    object: 'an object',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    tuple: 'a list',
  };
  return words[expected] ?? expected;
}

function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}
