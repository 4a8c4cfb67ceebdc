/**
 * Fuzzing the importers that write to storage: a whole backup (`importAll`) and one file into
 * saved scenarios, decks or baselines (`collection.importJson`), on IndexedDB (fake-indexeddb).
 * Each import either succeeds or returns a message naming the problem; none throws; and a
 * rejected import leaves every stored record byte-identical (read back raw from the database),
 * while an accepted one only adds: nothing stored before is changed. Stored zone boundaries
 * read back at start (`readStoredBoundaries`) drop what is damaged and keep what is valid.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { openDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getZone } from '../../src/data/queries';
import { parseScenarioJson } from '../../src/model/validate';
import { defaultDeck } from '../../src/present/default-deck';
import { deckKind } from '../../src/present/deck-kind';
import { emptyBaseline, baselineKind, type BaselineData } from '../../src/state/baseline-kind';
import { withLevel, withWeight } from '../../src/state/baseline-rules';
import { COUNTY_ADCODES, LEVEL_SLOTS } from '../../src/state/baseline-slots';
import { scenarioKind } from '../../src/state/scenario-kind';
import { AppStorage, type ExportBundle } from '../../src/state/storage';
import { ALL_STORES } from '../../src/state/storage/types';
import { readStoredBoundaries } from '../../src/ui/plan/outline-persist';
import { plan } from '../present/fixtures';
import { FuzzCounts, badValue, jsonPaths, jsonValue, params, withAt } from './harness';

const counts = new FuzzCounts('stores');
afterAll(() => counts.save());

const NOW = '2024-05-01T08:00:00.000Z';
let dbCounter = 0;
const freshName = (): string => `zz-fuzz-${process.pid}-${++dbCounter}-${Date.now()}`;

/** Every store, every record, as the database holds them (read without the app's code). */
async function rawDump(name: string): Promise<string> {
  const db = await openDB(name);
  const out: Record<string, unknown[]> = {};
  for (const store of ALL_STORES) out[store] = await db.getAll(store);
  db.close();
  return JSON.stringify(out);
}

function filledBaseline(): BaselineData {
  let b = emptyBaseline();
  for (const slot of LEVEL_SLOTS)
    b = withLevel(b, slot.id, { value: slot.min + 1, origin: 'user', enteredAt: NOW });
  for (const code of COUNTY_ADCODES)
    b = withWeight(b, code, {
      value: 100 / COUNTY_ADCODES.length,
      origin: 'assumption',
      enteredAt: NOW,
    });
  return b;
}

const scenario = (() => {
  const r = parseScenarioJson(
    readFileSync(
      new URL('../fixtures/scenarios/downturn-fast-gulei.json', import.meta.url),
      'utf8',
    ),
  );
  if (!r.ok) throw new Error('fixture');
  return r.scenario;
})();

/** A storage with one saved scenario, deck and baseline, and a setting; and its backup. */
async function seeded(): Promise<{ storage: AppStorage; name: string; bundle: ExportBundle }> {
  const name = freshName();
  const storage = await AppStorage.open({ name, syncStore: null });
  expect(storage.mode).toBe('indexeddb');
  await storage.collection(scenarioKind).save({ name: '外需下行', value: scenario });
  await storage.collection(deckKind).save({ name: 'Briefing', value: defaultDeck() });
  await storage.collection(baselineKind).save({ name: '2022', value: filledBaseline() });
  await storage.setSetting('paths', 10_000);
  return { storage, name, bundle: await storage.exportAll() };
}

/** Nothing stored before is gone or changed (records may only have been added). */
function onlyAdded(before: string, after: string): void {
  const b = JSON.parse(before) as Record<string, { id: string }[]>;
  const a = JSON.parse(after) as Record<string, { id: string }[]>;
  for (const store of Object.keys(b)) {
    for (const record of b[store]!) {
      const now = a[store]?.find((r) => r.id === record.id);
      expect(JSON.stringify(now), `${store} ${record.id}`).toBe(JSON.stringify(record));
    }
  }
}

describe('backups (importAll)', () => {
  let ctx: Awaited<ReturnType<typeof seeded>>;
  beforeAll(async () => {
    ctx = await seeded();
  });

  const tryImport = async (json: unknown, path: (string | number)[] | null): Promise<void> => {
    counts.hit('backup import');
    const before = await rawDump(ctx.name);
    const r = await ctx.storage.importAll(json);
    const after = await rawDump(ctx.name);
    if (!r.ok) {
      expect(r.message.trim().length).toBeGreaterThan(5);
      expect(after).toBe(before);
      // A problem in a record or a setting names its store (and which one, or its name).
      if (path && path[0] === 'records' && path.length > 2)
        expect(r.message, path.join('.')).toContain(String(path[1]));
      if (path && path[0] === 'settings' && path.length > 1)
        expect(r.message, path.join('.')).toContain('settings');
    } else {
      onlyAdded(before, after);
    }
  };

  it('its own backup imports (every record is unchanged or renamed, nothing overwritten)', async () => {
    await tryImport(JSON.parse(JSON.stringify(ctx.bundle)), null);
  });

  it('any JSON: rejected with a message and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(jsonValue, async (v) => tryImport(v, null)),
      params(300),
    );
  }, 300_000);

  it('one part of a real backup changed or removed: imported without overwriting, or rejected naming it with nothing written', async () => {
    const bundle = JSON.parse(JSON.stringify(ctx.bundle)) as unknown;
    const paths = jsonPaths(bundle);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.option(badValue, { nil: undefined, freq: 4 }),
        async (path, value) => tryImport(withAt(bundle, path, value), path),
      ),
      params(600),
    );
  }, 300_000);

  it('a backup whose records are damaged after a good one: all or nothing', async () => {
    const good = JSON.parse(JSON.stringify(ctx.bundle)) as ExportBundle;
    const damaged = structuredClone(good);
    damaged.records.scenarios = [
      ...good.records.scenarios.map((e) => ({ ...e, id: `${e.id}-copy` })),
      { ...good.records.scenarios[0]!, id: 'broken', data: { version: 1, name: '' } },
    ];
    const before = await rawDump(ctx.name);
    counts.hit('backup import');
    const r = await ctx.storage.importAll(damaged);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('scenarios');
    expect(await rawDump(ctx.name)).toBe(before);
  });
});

describe('one file into saved scenarios, decks and baselines (collection.importJson)', () => {
  const kinds = [
    { label: 'scenario', kind: scenarioKind, valid: scenario as unknown },
    { label: 'deck', kind: deckKind, valid: defaultDeck() as unknown },
    { label: 'baseline', kind: baselineKind, valid: filledBaseline() as unknown },
  ] as const;

  for (const { label, kind, valid } of kinds) {
    it(`${label} files: imported as a new record, or rejected with a message and nothing written`, async () => {
      const { storage, name } = await seeded();
      const collection = storage.collection(kind as typeof scenarioKind);
      const paths = jsonPaths(valid);
      const text = fc.oneof(
        fc.string({ maxLength: 200 }),
        jsonValue.map((v) => JSON.stringify(v)),
        fc
          .tuple(fc.constantFrom(...paths), fc.option(badValue, { nil: undefined, freq: 4 }))
          .map(([path, value]) => JSON.stringify(withAt(valid, path, value))),
      );
      await fc.assert(
        fc.asyncProperty(text, async (t) => {
          counts.hit(`${label} file into storage`);
          const before = await rawDump(name);
          const r = await collection.importJson(t, { name: 'imported' });
          const after = await rawDump(name);
          if (r.ok) {
            onlyAdded(before, after);
            const size = (dump: string): number =>
              (JSON.parse(dump) as Record<string, unknown[]>)[kind.store]!.length;
            expect(size(after)).toBe(size(before) + 1);
          } else {
            expect(r.message.trim().length).toBeGreaterThan(3);
            expect(after).toBe(before);
          }
        }),
        params(250),
      );
    }, 300_000);
  }
});

describe('stored zone boundaries read back at start (readStoredBoundaries)', () => {
  const zone = getZone(plan, 'zone.gulei');
  const stored = {
    version: 1,
    boundaries: [
      { zoneId: 'zone.gulei', fileName: 'gulei.geojson', geometry: zone?.geometry, warnings: [] },
    ],
  };

  it('keeps what is valid and drops what is damaged, never throwing', () => {
    expect(readStoredBoundaries(stored, plan)).toHaveLength(1);
    const paths = jsonPaths(stored);
    fc.assert(
      fc.property(
        fc.oneof(
          jsonValue,
          fc
            .tuple(fc.constantFrom(...paths), fc.option(badValue, { nil: undefined, freq: 4 }))
            .map(([path, value]) => withAt(stored, path, value)),
        ),
        (json) => {
          counts.hit('stored boundaries');
          const list = readStoredBoundaries(json, plan);
          expect(list.length).toBeLessThanOrEqual(1);
          for (const b of list) {
            expect(b.zoneId).toBe('zone.gulei');
            expect(Number.isFinite(b.areaKm2)).toBe(true);
          }
        },
      ),
      params(1_500),
    );
  });
});
