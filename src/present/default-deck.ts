/**
 * The briefing the app ships with, in Chinese and English: the 2023 targets, Gulei, the
 * high-tech zone, the China–Philippines twin park area by area, the county industry plans,
 * the projection, an external-demand downturn and what the fourth quarter must deliver.
 *
 * Every figure in the text is a placeholder filled from the plan data or the engine (see
 * placeholders.ts); tests/present/default-deck.test.ts checks that no figure is typed in.
 * Scenarios are the model's presets, each with its fixed seed.
 */
import { PRESETS, type Preset, type Scenario } from '../model/index.ts';
import type { Deck, Scene, SceneMapSpec } from './deck-schema';

function preset(id: Preset['id']): Scenario {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return structuredClone(found.scenario);
}

const CITY: SceneMapSpec['camera'] = { fit: 'city' };
const HIGHLIGHT: SceneMapSpec['camera'] = { fit: 'highlight' };

/** The five areas of the twin park, in the order the plan lists them. */
const PARK_AREAS: { id: string; scene: string }[] = [
  { id: 'zone.zhaoan_industrial_park', scene: 'park-zhaoan' },
  { id: 'zone.dongshan_etdz', scene: 'park-dongshan' },
  { id: 'zone.zhangzhou_cm_zone', scene: 'park-cm-zone' },
  { id: 'zone.changshan', scene: 'park-changshan' },
  { id: 'zone.gulei', scene: 'park-gulei' },
];
const PARK = 'zone.cn_ph_twin_parks';

function parkAreaScene(area: { id: string; scene: string }, index: number): Scene {
  const n = ['一', '二', '三', '四', '五'][index] ?? '';
  const nEn = ['one', 'two', 'three', 'four', 'five'][index] ?? '';
  return {
    id: area.scene,
    title: {
      zh: `中菲“两国双园”片区之${n}：{{zone.name:${area.id}}}`,
      en: `Twin park, area ${nEn}: {{zone.name:${area.id}}}`,
    },
    notes: {
      zh:
        `{{zone.name:${area.id}}}是中菲“两国双园”{{zone.areas:${PARK}}}个片区之一。` +
        '右侧为规划数据中的位置、面积和产业。地图上，有示意边界的片区画出边界，' +
        '没有边界的以其所在县区标出。',
      en:
        `{{zone.name:${area.id}}} is one of the {{zone.areas:${PARK}}} areas of the twin park. ` +
        'The panel gives its place, area and industries from the plan data. On the map an area ' +
        'with an indicative outline is drawn; one without is shown by the county it lies in.',
    },
    map: { camera: HIGHLIGHT, highlight: { zones: [area.id] } },
    panel: { kind: 'zone', zone: area.id },
  };
}

/** The default deck (a fresh copy each call, so edits never touch the original). */
export function defaultDeck(): Deck {
  const baseline = preset('baseline');
  const downturn = preset('external_downturn');
  const scenes: Scene[] = [
    {
      id: 'targets',
      title: { zh: '2023年主要预期目标一览', en: 'The 2023 headline targets at a glance' },
      notes: {
        zh:
          '政府工作报告提出{{headline.count}}项量化的主要预期目标。' +
          '地区生产总值增长{{target:headline.gdp}}，规模工业增加值增长{{target:headline.industry_va}}，' +
          '出口总额增长{{target:headline.exports}}，居民消费价格涨幅{{target:headline.cpi}}。',
        en:
          'The work report sets {{headline.count}} quantified headline targets: GDP growth of ' +
          '{{target:headline.gdp}}, industrial value added {{target:headline.industry_va}}, ' +
          'exports {{target:headline.exports}}, and consumer prices {{target:headline.cpi}}.',
      },
      map: { camera: CITY },
      panel: { kind: 'targets' },
    },
    {
      id: 'gulei',
      title: { zh: '古雷石化基地', en: 'The Gulei petrochemical base' },
      notes: {
        zh:
          '古雷石化基地2023年的目标：工业产值{{target:gulei.output}}，' +
          '在建产业项目总投资{{target:gulei.investment_under_construction}}，' +
          '新签约和在谈项目总投资{{target:gulei.signed_pipeline}}。' +
          '按计划情景，全年产值中位数{{median:gulei.output}}，达到目标的概率{{p:gulei.output}}。' +
          '可现场拖动滑块回答“如果达产更快……”，按 R 恢复。',
        en:
          "Gulei's 2023 targets: industrial output {{target:gulei.output}}; projects under " +
          'construction {{target:gulei.investment_under_construction}}; signed and negotiating ' +
          '{{target:gulei.signed_pipeline}}. Under the plan scenario the median output is ' +
          '{{median:gulei.output}} and the chance of meeting the target {{p:gulei.output}}. ' +
          'Move the slider to answer "what if it ramps up faster"; R returns to the script.',
      },
      map: { camera: HIGHLIGHT, highlight: { zones: ['zone.gulei'] } },
      panel: { kind: 'fan', indicator: 'gulei.output' },
      scenario: baseline,
      sliders: ['gulei_ramp'],
    },
    {
      id: 'hightech',
      title: { zh: '漳州高新区', en: 'The Zhangzhou high-tech zone' },
      notes: {
        zh:
          '{{target.name:hightech.projects}}{{target:hightech.projects}}，' +
          '{{target.name:hightech.investment}}{{target:hightech.investment}}。' +
          '高新区只有参考点，没有边界，地图上以标记显示。',
        en:
          '{{target.name:hightech.projects}}: {{target:hightech.projects}}; ' +
          '{{target.name:hightech.investment}}: {{target:hightech.investment}}. ' +
          'The zone has a reference point but no outline, so the map shows a marker.',
      },
      map: { camera: HIGHLIGHT, highlight: { zones: ['zone.hightech'] } },
      panel: { kind: 'zone', zone: 'zone.hightech' },
    },
    {
      id: 'park',
      title: { zh: '中菲“两国双园”', en: 'The China–Philippines twin parks' },
      notes: {
        zh:
          '一个园区，共{{zone.areas:' +
          PARK +
          '}}个片区，合计{{zone.area:' +
          PARK +
          '}}。接下来逐一介绍各片区。' +
          '2023年的目标：{{target.name:opening.twin_parks_plan_approval}}。',
        en:
          'One park in {{zone.areas:' +
          PARK +
          '}} areas, {{zone.area:' +
          PARK +
          '}} in all. The next scenes take the areas in turn. ' +
          'The 2023 milestone: {{target.name:opening.twin_parks_plan_approval}}.',
      },
      map: { camera: HIGHLIGHT, highlight: { zones: PARK_AREAS.map((a) => a.id) } },
      panel: { kind: 'zone', zone: PARK },
    },
    ...PARK_AREAS.map(parkAreaScene),
    {
      id: 'industries',
      title: { zh: '各县区产业规划对比', en: 'County industry plans compared' },
      notes: {
        zh:
          '矩阵列出各县区“3+X”产业。以{{industry.name:food_processing}}为例：' +
          '{{industry.count:food_processing}}个县区的规划列明了它，地图上已标出。',
        en:
          'The matrix lists each county\'s "3+X" industries. Take ' +
          '{{industry.name:food_processing}}: {{industry.count:food_processing}} counties name ' +
          'it in their plans, marked on the map.',
      },
      map: {
        camera: CITY,
        layers: { industries: true, zones: false },
        industry: 'food_processing',
      },
      panel: { kind: 'matrix', industry: 'food_processing' },
    },
    {
      id: 'projection',
      title: {
        zh: '推演：各项目标的达成概率',
        en: 'The projection: the chance of meeting each target',
      },
      notes: {
        zh:
          '按计划情景模拟{{paths}}路径，随机种子{{seed}}，每次排练结果相同。' +
          '地区生产总值达标概率{{p:gdp}}，出口{{p:exports}}，规模工业增加值{{p:industry_va}}。' +
          '可现场调整滑块回答“如果……”，按 R 恢复脚本。',
        en:
          'The plan scenario, {{paths}} with seed {{seed}}: the same numbers at every rehearsal. ' +
          'Chance of meeting GDP {{p:gdp}}, exports {{p:exports}}, industrial value added ' +
          '{{p:industry_va}}. Move a slider to answer "what if…"; R returns to the script.',
      },
      map: { camera: CITY },
      panel: { kind: 'dashboard' },
      scenario: baseline,
      sliders: ['external_demand', 'gulei_ramp', 'consumption'],
    },
    {
      id: 'downturn',
      title: { zh: '如果外需下行', en: 'What a downturn in external demand would do' },
      notes: {
        zh:
          '出口增速取{{driver:external_demand}}（计划{{driver.plan:external_demand}}），其余按计划。' +
          '地区生产总值中位数{{median:gdp}}（计划情景{{plan.median:gdp}}），' +
          '达标概率{{p:gdp}}（计划情景{{plan.p:gdp}}）。',
        en:
          'Exports grow {{driver:external_demand}} (plan {{driver.plan:external_demand}}); the ' +
          'rest at plan. Median GDP growth {{median:gdp}} (plan scenario {{plan.median:gdp}}); ' +
          'chance of meeting the target {{p:gdp}} (plan scenario {{plan.p:gdp}}).',
      },
      map: { camera: CITY },
      panel: { kind: 'fan', indicator: 'gdp', comparePlan: true },
      scenario: downturn,
      sliders: ['external_demand'],
    },
    {
      id: 'q4',
      title: { zh: '第四季度需要完成多少', en: 'What the fourth quarter must deliver' },
      notes: {
        zh:
          '假设前三季度按外需下行情景的中位数完成（尚未录入实际数据时如此假设，屏幕上已注明）。' +
          '要实现全年地区生产总值增长{{target:headline.gdp}}，第四季度需增长{{required:gdp}}，' +
          '实现的概率{{required.p:gdp}}。',
        en:
          'Suppose the first three quarters come in at the downturn median (assumed while no ' +
          'published figures are entered; the screen says so). To reach GDP growth of ' +
          '{{target:headline.gdp}} for the year, the fourth quarter must grow {{required:gdp}}; ' +
          'the chance of that is {{required.p:gdp}}.',
      },
      map: { camera: CITY },
      panel: { kind: 'required', quartersKnown: 3 },
      scenario: downturn,
      sliders: ['external_demand'],
    },
  ];
  return {
    version: 1,
    title: { zh: '漳州市2023年计划情景简报', en: 'Zhangzhou 2023 plan: a scenario briefing' },
    scenes,
  };
}
