import type { Download, Page } from 'playwright-core';
import { getZone } from '../../src/data/index.ts';
import type { Scene } from '../../src/present/deck-schema';
import { sceneText } from '../../src/present/scene-text';
import { EMPTY_RESULTS, sceneScenario } from '../../src/present/scene-runs';
import { loadPlan } from '../ui/plan-fixture';

const plan = loadPlan();

/** A scene's title as the page must show it (titles hold plan figures only, no model ones). */
export function expectedTitle(scene: Scene, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return sceneText(lang === 'en' ? scene.title.en : scene.title.zh, {
    plan,
    lang,
    scenario: sceneScenario(scene),
    results: EMPTY_RESULTS,
  });
}

/**
 * The map features a scene must light up: units on the county source, zones with geometry on
 * the zone source, zones without geometry through their county (as SceneMap does).
 */
export function expectedHighlight(scene: Scene): { source: string; id: string }[] {
  const out = (scene.map.highlight?.units ?? []).map((id) => ({ source: 'counties', id }));
  for (const id of scene.map.highlight?.zones ?? []) {
    const zone = getZone(plan, id);
    if (zone?.geometry) out.push({ source: 'plan-zones', id });
    else if (zone?.properties.county) out.push({ source: 'counties', id: zone.properties.county });
  }
  return out;
}

/** Every county, zone and project with `selected` feature-state on the live map. */
export async function selectedFeatures(page: Page): Promise<{ source: string; id: string }[]> {
  return page.evaluate(() => {
    const map = window.__zz!.mapView.map;
    const out: { source: string; id: string }[] = [];
    for (const source of ['counties', 'plan-zones', 'plan-projects']) {
      for (const f of map.querySourceFeatures(source)) {
        const props = f.properties as Record<string, unknown>;
        const id = f.id ?? props.adcode ?? props.id;
        if (typeof id !== 'string' && typeof id !== 'number') continue;
        const state = map.getFeatureState({ source, id: String(id) }) as Record<string, unknown>;
        if (state.selected === true) out.push({ source, id: String(id) });
      }
    }
    const seen = new Set<string>();
    return out.filter((f) => {
      const key = `${f.source}/${f.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

/** Waits until the stage shows scene `index` (0-based) with its final figures. */
export async function waitForScene(page: Page, index: number): Promise<void> {
  await page.waitForFunction(
    (i) => {
      const stage = document.querySelector<HTMLElement>('.present-stage');
      const results = stage?.dataset.results;
      return stage?.dataset.sceneIndex === String(i) && (results === 'final' || results === 'none');
    },
    index,
    { timeout: 30_000 },
  );
}

/** The text of the stage's title and panel (the numbers a rehearsal must repeat). */
export async function stageText(page: Page): Promise<{ title: string; panel: string }> {
  return page.evaluate(() => ({
    title: document.querySelector('.present-stage__title')?.textContent ?? '',
    panel: document.querySelector('.present-panel__body')?.textContent ?? '',
  }));
}

/** Waits until the map has stopped moving and drawn everything. */
export async function mapSettled(page: Page): Promise<void> {
  await page.evaluate(() => window.__zz!.mapView.whenIdle());
}

/** The downloaded bytes (the browser runs as a server, so the file comes over the wire). */
export async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
