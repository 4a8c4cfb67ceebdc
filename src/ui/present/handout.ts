import '../../styles/print.css';
import type { MapView } from '../../map/map-view';
import { getLanguage, t } from '../../i18n';
import { defaultScenario, type Scenario } from '../../model/index.ts';
import type { Deck, LocalText, Scene } from '../../present/deck-schema';
import type { EngineLike } from '../../present/scene-runs';
import { encodeScenario } from '../../state/url-scenario';
import type { AppContext } from '../../views/view';
import { h } from '../dom';
import { buildHandout, type HandoutSection, type PngFile } from './handout-content';
import { mapSnapshot } from './map-snapshot';

export interface HandoutRequest {
  ctx: AppContext;
  deck: Deck;
  scene: Scene;
  sceneText: (text: LocalText) => string;
  /** The scenario on screen (what-ifs included); null: the plan-consistent one. */
  scenario: Scenario | null;
  engine: () => EngineLike;
  map: MapView;
}

/** The handout's default fan charts: GDP and the three indicators most asked about. */
const KEY_FANS = ['gdp', 'industry_va', 'exports', 'retail'];

/** The link that opens the same scenario in the workbench, seed and all. */
export async function scenarioUrl(scenario: Scenario): Promise<string> {
  const param = await encodeScenario(scenario);
  const base = `${location.origin}${location.pathname}${location.search}`;
  return `${base}#/workbench?s=${param}`;
}

let open: HTMLElement | null = null;
/** blob: URLs of the PNG pack, released when the handout closes. */
const urls: string[] = [];

/**
 * The briefing handout: a page over the app with the current scene's map, the target
 * dashboard, the key fan charts and the scenario's assumptions, with a link and a QR code
 * back to the exact scenario. Printing (or "Save as PDF") uses print.css: A4, CJK type,
 * a section per page. A PNG pack offers each section as an image, downloaded one by one.
 */
export async function openHandout(req: HandoutRequest): Promise<void> {
  closeHandout();
  const lang = getLanguage();
  const status = h(
    'p',
    { class: 'handout__status', role: 'status' },
    t('present.handout.preparing'),
  );
  const body = h('div', { class: 'handout__pages' });
  const downloads = h('ul', { class: 'handout__downloads', hidden: true });
  const root = h(
    'div',
    {
      class: 'handout-root',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'handout-heading',
      'data-ready': 'false',
      lang,
    },
    h(
      'div',
      { class: 'handout__toolbar' },
      h('h2', { id: 'handout-heading' }, t('present.handout.title')),
      status,
      button('print', t('present.handout.print'), () => window.print()),
      button('png', t('present.handout.png'), () => void showDownloads(sections, downloads)),
      button('close', t('present.handout.close'), () => closeHandout()),
      downloads,
    ),
    body,
  );
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      closeHandout();
    }
  });
  document.body.append(root);
  document.documentElement.classList.add('has-handout');
  open = root;
  root.querySelector<HTMLElement>('[data-action="print"]')?.focus();

  let sections: HandoutSection[] = [];
  const scenario = structuredClone(req.scenario ?? defaultScenario());
  const [result, url, snapshot] = await Promise.all([
    req.engine().run({ scenario }),
    scenarioUrl(scenario),
    mapSnapshot(req.map).then(
      (image) => ({ image, error: null }),
      (err: unknown) => ({ image: null, error: err instanceof Error ? err.message : String(err) }),
    ),
  ]);
  if (open !== root) return;
  const panel = req.scene.panel;
  const fans = [...KEY_FANS];
  if (panel?.kind === 'fan' && !fans.includes(panel.indicator)) fans.push(panel.indicator);
  sections = buildHandout({
    plan: req.ctx.plan,
    lang,
    deckTitle: req.sceneText(req.deck.title),
    sceneTitle: req.sceneText(req.scene.title),
    notes: req.sceneText(req.scene.notes),
    scenario,
    result,
    url,
    mapImage: snapshot.image,
    mapError: snapshot.error,
    fans,
  });
  body.replaceChildren(...sections.map((s) => s.element));
  status.textContent = t('present.handout.ready');
  root.dataset.ready = 'true';
}

function button(action: string, label: string, run: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'btn', 'data-action': action }, label);
  b.addEventListener('click', run);
  return b;
}

export function closeHandout(): void {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  open?.remove();
  open = null;
  document.documentElement.classList.remove('has-handout');
}

/**
 * The PNG pack: one link per image (no zip library), each a local blob: download, plus
 * "download all", which clicks them in turn.
 */
async function showDownloads(
  sections: readonly HandoutSection[],
  list: HTMLElement,
): Promise<void> {
  const files: PngFile[] = sections.flatMap((s) => s.files);
  list.hidden = false;
  list.replaceChildren(h('li', {}, t('present.handout.pngPreparing')));
  const links: HTMLAnchorElement[] = [];
  const items: HTMLElement[] = [];
  for (const [i, file] of files.entries()) {
    const name = `briefing-${String(i + 1).padStart(2, '0')}-${file.name}.png`;
    try {
      const blob = await file.blob();
      const href = URL.createObjectURL(blob);
      urls.push(href);
      const a = h('a', { href, download: name, 'data-png': file.name }, name);
      links.push(a);
      items.push(h('li', {}, a));
    } catch (err) {
      items.push(
        h(
          'li',
          { class: 'handout-error' },
          t('present.handout.pngFailed', {
            name,
            detail: err instanceof Error ? err.message : String(err),
          }),
        ),
      );
    }
  }
  const all = button('png-all', t('present.handout.pngAll'), () => {
    for (const a of links) a.click();
  });
  list.replaceChildren(h('li', {}, all), ...items);
}
