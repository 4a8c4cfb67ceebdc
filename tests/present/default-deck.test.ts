import { describe, expect, it } from 'vitest';
import { parkAreas } from '../../src/data/index.ts';
import { PRESETS } from '../../src/model/index.ts';
import { validateDeck } from '../../src/present/deck-schema';
import { defaultDeck } from '../../src/present/default-deck';
import { placeholdersIn } from '../../src/present/placeholders';
import { SceneRunner, sceneNeeds, sceneScenario } from '../../src/present/scene-runs';
import { placeholderValue, sceneText } from '../../src/present/scene-text';
import { createSimulationEngine } from '../../src/sim';
import { context, plan } from './fixtures';

const deck = defaultDeck();
const texts = deck.scenes.flatMap((s) => [s.title.zh, s.title.en, s.notes.zh, s.notes.en]);

describe('the default deck', () => {
  it('is a valid deck against the real plan data', () => {
    const result = validateDeck(JSON.parse(JSON.stringify(deck)), context);
    expect(result.ok).toBe(true);
  });

  it('tells the story of the brief, in order', () => {
    const ids = deck.scenes.map((s) => s.id);
    const areaScenes = ids.filter((id) => id.startsWith('park-'));
    expect(ids).toEqual([
      'targets',
      'gulei',
      'hightech',
      'park',
      ...areaScenes,
      'industries',
      'projection',
      'downturn',
      'q4',
    ]);
    // The twin park's five areas in turn, as the plan lists them.
    const areas = deck.scenes
      .filter((s) => s.id.startsWith('park-'))
      .map((s) => s.map.highlight?.zones?.[0]);
    expect(areas).toEqual(parkAreas(plan, 'zone.cn_ph_twin_parks').map((z) => z.properties.id));
    expect(areas).toHaveLength(5);
    expect(deck.scenes.find((s) => s.id === 'targets')?.panel?.kind).toBe('targets');
    expect(deck.scenes.find((s) => s.id === 'industries')?.panel?.kind).toBe('matrix');
    expect(deck.scenes.find((s) => s.id === 'projection')?.panel?.kind).toBe('dashboard');
    expect(deck.scenes.find((s) => s.id === 'q4')?.panel?.kind).toBe('required');
  });

  it('types no figure into its text: every number is a placeholder (the plan year aside)', () => {
    for (const text of texts) {
      // "3+X" is the name of the counties' industry programme, not a figure.
      const bare = text.replace(/\{\{[^}]*\}\}/g, '').replace(/2023|3\+X/g, '');
      expect(bare, text).not.toMatch(/[0-9０-９]/);
    }
    expect(texts.flatMap((t) => placeholdersIn(t)).length).toBeGreaterThan(30);
  });

  it('runs the engine’s downturn preset with its fixed seed for the downturn and Q4 scenes', () => {
    const downturn = PRESETS.find((p) => p.id === 'external_downturn')!.scenario;
    for (const id of ['downturn', 'q4']) {
      const scene = deck.scenes.find((s) => s.id === id)!;
      expect(scene.scenario).toEqual(downturn);
      expect(scene.scenario?.seed).toBe(downturn.seed);
    }
  });

  it('fills every placeholder from the plan and the engine, the same at every run', async () => {
    const engine = createSimulationEngine({ factory: null, size: 1 });
    const fill = async (): Promise<string[]> => {
      const runner = new SceneRunner(engine);
      const out: string[] = [];
      for (const scene of deck.scenes) {
        const scenario = sceneScenario(scene);
        const results = sceneNeeds(scene).engine
          ? await runner.sceneResults(scene, scenario)
          : { main: null, plan: null, required: null, assumed: {}, final: true };
        for (const lang of ['zh-CN', 'en'] as const) {
          for (const t of [scene.title, scene.notes]) {
            const text = lang === 'en' ? t.en : t.zh;
            const src = { plan, lang, scenario, results };
            for (const p of placeholdersIn(text)) {
              expect(placeholderValue(p, src), `${scene.id}: ${p.kind}:${p.arg}`).not.toBeNull();
            }
            out.push(sceneText(text, src));
          }
        }
      }
      return out;
    };
    const first = await fill();
    for (const text of first) {
      expect(text, text).not.toMatch(/\{\{|\}\}/);
      expect(text).not.toMatch(/NaN|undefined|null/);
    }
    expect(await fill()).toEqual(first);
    engine.dispose();
  }, 60_000);
});
