import { svgToPng } from '../../charts/export-image';
import { layoutFanChart } from '../../charts/fan-chart';
import { renderFanChartSvg } from '../../charts/fan-chart-svg';
import { placeSvg } from '../../charts/interaction';
import { layoutProbabilityBar } from '../../charts/probability-bar';
import { renderProbabilityBarSvg } from '../../charts/probability-bar-svg';
import type { PlanData } from '../../data/index.ts';
import { t, tIn, type Lang } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import {
  DRIVERS,
  GROWTH_OUTPUT_IDS,
  OUTPUTS,
  resolveDrivers,
  type Scenario,
  type SimulationResult,
} from '../../model/index.ts';
import { fanData, probabilityData } from '../../present/chart-data';
import { gridSvg, textCardSvg, type CardLine } from '../../present/handout-svg';
import { qrSvg } from '../../present/qr';
import { formatDriverSpread, formatDriverValue } from '../../present/scene-text';
import { h } from '../dom';
import { langRuns } from '../lang-runs';
import { dataUrlBlob } from './map-snapshot';

export interface HandoutData {
  plan: PlanData;
  lang: Lang;
  deckTitle: string;
  sceneTitle: string;
  notes: string;
  scenario: Scenario;
  result: SimulationResult;
  /** The link back to the exact scenario (the workbench, seed included). */
  url: string;
  mapImage: string | null;
  mapError: string | null;
  /** Indicators drawn as fan charts, in order. */
  fans: readonly string[];
}

export interface PngFile {
  name: string;
  blob: () => Promise<Blob>;
}

export interface HandoutSection {
  id: string;
  element: HTMLElement;
  files: PngFile[];
}

const png = (svg: string) => () => svgToPng(svg, { scale: 2 });

function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'handout-section', 'data-section': id, 'aria-labelledby': `handout-${id}` },
    h('h2', { id: `handout-${id}` }, title),
    ...children,
  );
}

function figureOf(svg: string, caption: string | null, cls: string): HTMLElement {
  const figure = h('figure', { class: cls });
  placeSvg(figure, svg);
  if (caption) figure.append(h('figcaption', {}, caption));
  return figure;
}

/** Page one: what this is, the link and QR code, the scene's notes. */
function cover(d: HandoutData): HandoutSection {
  const qrTitle = t('present.handout.qr');
  const qr = qrSvg(d.url, 168, qrTitle);
  const code = h('figure', { class: 'handout-qr' });
  const parsed = new DOMParser().parseFromString(qr, 'image/svg+xml').documentElement;
  code.append(document.importNode(parsed, true), h('figcaption', {}, qrTitle));
  const link = h('a', { href: d.url, class: 'handout-link' }, d.url);
  const element = h(
    'header',
    { class: 'handout-cover', 'data-section': 'cover' },
    h(
      'div',
      { class: 'handout-cover__text' },
      h('p', { class: 'handout-kicker' }, t('present.handout.kicker')),
      h('h1', {}, d.deckTitle),
      h('p', { class: 'handout-scene' }, t('present.handout.scene', { title: d.sceneTitle })),
      h(
        'p',
        {},
        ...langRuns(
          t('present.handout.scenarioLine', { name: d.scenario.name, seed: d.scenario.seed }),
        ),
      ),
      h('p', { class: 'handout-link-line' }, t('present.handout.linkLine'), link),
    ),
    code,
    d.notes
      ? h(
          'div',
          { class: 'handout-notes' },
          h('h2', {}, t('present.handout.notes')),
          h('p', {}, d.notes),
        )
      : null,
  );
  const lines: CardLine[] = [
    { text: d.deckTitle, kind: 'title' },
    { text: t('present.handout.scene', { title: d.sceneTitle }) },
    { text: t('present.handout.scenarioLine', { name: d.scenario.name, seed: d.scenario.seed }) },
    { text: t('present.handout.link'), kind: 'head' },
    { text: d.url, kind: 'small' },
  ];
  if (d.notes) lines.push({ text: t('present.handout.notes'), kind: 'head' }, { text: d.notes });
  return {
    id: 'cover',
    element,
    files: [{ name: 'link', blob: png(textCardSvg(lines, 900, qr)) }],
  };
}

function mapSection(d: HandoutData): HandoutSection {
  const image = d.mapImage
    ? h('img', {
        src: d.mapImage,
        alt: t('present.handout.mapAlt', { title: d.sceneTitle }),
        class: 'handout-map',
      })
    : h(
        'p',
        { class: 'handout-error' },
        t('present.handout.mapFailed', { detail: d.mapError ?? '' }),
      );
  const element = section(
    'map',
    t('present.handout.map'),
    h(
      'figure',
      { class: 'handout-figure' },
      image,
      h('figcaption', {}, t('present.handout.mapCaption')),
    ),
  );
  const files: PngFile[] = [];
  const url = d.mapImage;
  if (url) files.push({ name: 'map', blob: () => Promise.resolve(dataUrlBlob(url)) });
  return { id: 'map', element, files };
}

function dashboardSection(d: HandoutData): HandoutSection {
  const svgs = GROWTH_OUTPUT_IDS.flatMap((id) => {
    const output = d.result.outputs.find((o) => o.id === id);
    if (!output) return [];
    const layout = layoutProbabilityBar(probabilityData(d.plan, output), {
      lang: d.lang,
      width: 260,
      id: `handout-prob-${id.replace(/\W/g, '-')}`,
    });
    return [renderProbabilityBarSvg(layout)];
  });
  const grid = h(
    'div',
    { class: 'handout-dashboard' },
    ...svgs.map((s) => figureOf(s, null, 'handout-prob')),
  );
  const element = section(
    'dashboard',
    t('present.handout.dashboard'),
    h(
      'p',
      { class: 'handout-note' },
      t('present.handout.dashboardNote', {
        paths: formatInteger(d.result.paths, d.lang),
        seed: d.result.seed,
      }),
    ),
    grid,
  );
  return {
    id: 'dashboard',
    element,
    files: [{ name: 'dashboard', blob: png(gridSvg(svgs, 2, 16, t('present.handout.dashboard'))) }],
  };
}

function fansSection(d: HandoutData): HandoutSection {
  const labels = {
    scenario: { zh: tIn('zh-CN', 'present.fan.scenario'), en: tIn('en', 'present.fan.scenario') },
    plan: { zh: tIn('zh-CN', 'present.fan.plan'), en: tIn('en', 'present.fan.plan') },
  };
  const charts = d.fans.flatMap((id) => {
    const data = fanData(d.plan, d.result, id, labels);
    if (!data) return [];
    const layout = layoutFanChart(data, {
      lang: d.lang,
      width: 680,
      height: 360,
      id: `handout-fan-${id.replace(/\W/g, '-')}`,
    });
    return [{ id, svg: renderFanChartSvg(layout) }];
  });
  const element = section(
    'fans',
    t('present.handout.fans'),
    ...charts.map((c) => figureOf(c.svg, null, 'handout-figure handout-fan')),
  );
  return {
    id: 'fans',
    element,
    files: charts.map((c) => ({ name: `fan-${c.id.replace(/\W/g, '-')}`, blob: png(c.svg) })),
  };
}

function assumptionsSection(d: HandoutData): HandoutSection {
  const values = resolveDrivers(d.scenario);
  const en = d.lang === 'en';
  const rows = DRIVERS.map((def) => {
    const v = values[def.id];
    const changed = v.value !== def.plan || v.sd !== def.sd;
    return {
      changed,
      cells: [
        en ? def.nameEn : def.nameZh,
        formatDriverValue(def, def.plan, d.lang),
        formatDriverValue(def, v.value, d.lang),
        formatDriverSpread(def, v.sd, d.lang),
        changed ? t('present.handout.changedMark') : '',
      ],
    };
  });
  const head = [
    t('present.handout.driver'),
    t('present.handout.plan'),
    t('present.handout.value'),
    t('present.handout.sd'),
    t('present.handout.changed'),
  ];
  const table = h(
    'table',
    { class: 'handout-table' },
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { class: r.changed ? 'is-changed' : '' },
          ...r.cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))),
        ),
      ),
    ),
  );
  const actuals = Object.entries(d.scenario.actuals).map(([id, list]) => {
    const o = OUTPUTS.find((x) => x.id === id);
    return `${o ? (en ? o.nameEn : o.nameZh) : id}: ${(list ?? []).join(', ')}`;
  });
  const changed = rows.filter((r) => r.changed);
  const facts = [
    t('present.handout.scenarioLine', { name: d.scenario.name, seed: d.scenario.seed }),
    t('present.handout.pathsLine', {
      paths: formatInteger(d.result.paths, en ? 'en' : 'zh-CN'),
      model: d.result.modelVersion,
    }),
    changed.length === 0
      ? t('present.handout.noneChanged')
      : t('present.handout.someChanged', { count: changed.length }),
    actuals.length
      ? t('present.handout.actuals', { list: actuals.join('; ') })
      : t('present.handout.noActuals'),
  ];
  const element = section(
    'assumptions',
    t('present.handout.assumptions'),
    h('ul', { class: 'handout-facts' }, ...facts.map((f) => h('li', {}, ...langRuns(f)))),
    table,
  );
  const lines: CardLine[] = [
    { text: t('present.handout.assumptions'), kind: 'title' },
    ...facts.map((text) => ({ text })),
    { text: head.join(' · '), kind: 'head' },
    ...rows.map((r) => ({
      text: r.cells.filter(Boolean).join(' · '),
      kind: r.changed ? ('head' as const) : ('text' as const),
    })),
  ];
  return {
    id: 'assumptions',
    element,
    files: [{ name: 'assumptions', blob: png(textCardSvg(lines, 1000)) }],
  };
}

/** The handout's sections, in print order, each with the PNG files it offers. */
export function buildHandout(d: HandoutData): HandoutSection[] {
  return [cover(d), mapSection(d), dashboardSection(d), fansSection(d), assumptionsSection(d)];
}
