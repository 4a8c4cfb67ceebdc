/**
 * The app's views in the states the language and accessibility tests check: each opens from a
 * link and is brought to a state with its panels, tables and results on screen.
 */
import type { Page } from 'playwright-core';
import { PRESETS } from '../../src/model/presets';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { encodeScenario } from '../../src/state/url-scenario';
import { waitForMapIdle } from './harness';
import type { UiLang } from './i18n-helpers';
import { waitFinal } from './workbench-helpers';

export const WAIT = { timeout: 60_000 };
export const VIEWPORT = { width: 1600, height: 900 };
const preset = (id: string): Scenario => PRESETS.find((p) => p.id === id)!.scenario;

/** Two animation frames: whatever a language listener scheduled has been drawn. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

export async function switchTo(page: Page, lang: UiLang): Promise<void> {
  await page.locator('[data-action="toggle-language"]').click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, WAIT);
  await settle(page);
}

export async function openTables(page: Page, scope: string): Promise<void> {
  for (const button of await page.locator(`${scope} [data-action="table"]`).all()) {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }
  await settle(page);
}

export interface ViewCase {
  name: string;
  /** The view's element (the keyboard walk stays inside it and the header). */
  view: string;
  /** At least this many controls of the view are reached with Tab (the walk got through it). */
  minTabStops: number;
  path: () => Promise<string> | string;
  /** Brings a freshly loaded page to the state to check (panels open, results final). */
  prepare: (page: Page) => Promise<void>;
}

export const VIEW_CASES: ViewCase[] = [
  {
    name: 'atlas with a county panel and the industry drawer',
    view: '.view--atlas',
    minTabStops: 40,
    path: () => '#/atlas?unit=350623&industry=food_processing',
    prepare: async (page) => {
      await waitForMapIdle(page);
      await page.locator('#county-panel .panel__title').waitFor(WAIT);
      await page.locator('#industry-drawer svg').waitFor(WAIT);
    },
  },
  {
    name: 'atlas with a zone',
    view: '.view--atlas',
    minTabStops: 40,
    path: () => '#/atlas?zone=zone.gulei',
    prepare: async (page) => {
      await waitForMapIdle(page);
      await page.locator('#place-panel[data-place="zone.gulei"]').waitFor(WAIT);
    },
  },
  {
    name: 'atlas with a project',
    view: '.view--atlas',
    minTabStops: 40,
    path: () => '#/atlas?project=project.huaan_pumped_storage',
    prepare: async (page) => {
      await waitForMapIdle(page);
      await page.locator('#place-panel[data-place="project.huaan_pumped_storage"]').waitFor(WAIT);
    },
  },
  {
    name: 'targets, with a source opened',
    view: '.view--targets',
    minTabStops: 40,
    path: () => '#/targets',
    prepare: async (page) => {
      const gdp = page.locator('tr[data-target="headline.gdp"]');
      await gdp.waitFor(WAIT);
      await gdp.locator('summary').first().click();
    },
  },
  {
    name: 'targets: the 2022 actuals',
    view: '.view--targets',
    minTabStops: 40,
    path: () => '#/targets?show=actuals',
    prepare: async (page) => {
      await page.locator('tr[data-actual]').first().waitFor(WAIT);
    },
  },
  {
    name: 'workbench with results, a published figure, data tables and a county',
    view: '.view--workbench',
    minTabStops: 120,
    // A published 1–3月 GDP figure: the required-growth row and the county map's note show.
    path: async () => {
      const params = new URLSearchParams({ c: '350623' });
      params.set('s', await encodeScenario({ ...defaultScenario(), actuals: { gdp: [5] } }));
      return `#/workbench?${params.toString()}`;
    },
    prepare: async (page) => {
      await waitFinal(page);
      await page.locator('.wb-county:not([hidden])').waitFor(WAIT);
      await page.locator('.wb-map__note:not([hidden])').waitFor(WAIT);
      await openTables(page, '.view--workbench');
    },
  },
  {
    name: 'compare with two scenarios and its data tables',
    view: '.view--compare',
    minTabStops: 40,
    path: async () => {
      const params = new URLSearchParams();
      params.set('a', await encodeScenario(preset('baseline')));
      params.set('b', await encodeScenario(preset('property_slump')));
      return `#/compare?${params.toString()}`;
    },
    prepare: async (page) => {
      await page.waitForFunction(
        () =>
          document.querySelector('#compare-status')?.getAttribute('data-status') === 'done' &&
          document.querySelectorAll('#compare-table tr[data-output="gdp"] td[data-p]').length === 2,
        undefined,
        WAIT,
      );
      await openTables(page, '.view--compare');
    },
  },
  {
    name: 'baseline data',
    view: '.view--baseline',
    minTabStops: 20,
    path: () => '#/baseline',
    prepare: async (page) => {
      await page.locator('#baseline-levels').waitFor(WAIT);
    },
  },
];
