// Counties, industries, zones and projects: the counts the issue asks for, the "3+X" lists as
// printed, the industry queries, and every geometry (valid, regenerable, in its claimed unit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, booleanValid, centroid } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  areaKm2,
  countiesByIndustry,
  ellipsePolygon,
  industryMatrix,
  loadPlanData,
  parkAreas,
  projectsInCounty,
  targetsForCounty,
  targetsForZone,
  zonesInCounty,
  type PlanData,
} from '../../src/data/index.ts';

const planDir = fileURLToPath(new URL('../../geodata/plan/', import.meta.url));
let data: PlanData;
beforeAll(async () => {
  const result = await loadPlanData((f) => readFileSync(join(planDir, f), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  data = result.data;
});

type CountyProps = { adcode: string; name_zh: string; kind: string };
const counties = JSON.parse(
  readFileSync(new URL('../../geodata/counties.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, CountyProps>;

const places = () => [...data.zones.features, ...data.projects.features];

describe('county-level units', () => {
  it('are the 11 units of the boundary file, same adcodes, names and kinds', () => {
    const ours = data.units.map((u) => [u.adcode, u.name_zh, u.kind]).sort();
    const theirs = counties.features
      .map((f) => [f.properties.adcode, f.properties.name_zh, f.properties.kind])
      .sort();
    expect(ours).toHaveLength(11);
    expect(ours).toEqual(theirs);
  });

  it('give the seven counties their "3+X" industries exactly as printed', () => {
    const lists = Object.fromEntries(
      data.units
        .filter((u) => u.industries.length > 0)
        .map((u) => [u.name_zh, u.industries.map((l) => l.label_zh)]),
    );
    expect(lists).toEqual({
      漳浦县: ['食品医药', '家居建材', '清洁能源', '绿色纸业', '石化中下游'],
      云霄县: ['清洁能源', '电子信息', '食品加工'],
      诏安县: ['食品加工', '婴童文化创意', '海洋生物', '新材料新能源', '精密机械制造'],
      东山县: ['建材家居', '食品加工', '新能源', '文旅康养'],
      平和县: ['新型建材', '生态木业', '食品加工', '文旅康养', '机械制造'],
      南靖县: ['机械装备', '电子信息', '食品健康', '新能源新材料', '土楼文旅'],
      华安县: ['先进装备制造', '智能家具家居', '文旅', '特色农业'],
    });
    const zhangpu = data.units.find((u) => u.adcode === '350623');
    expect(zhangpu?.industries.at(-1)?.role).toBe('coordination');
  });

  it('plan the districts’ areas and parks', () => {
    const zonesOf = (adcode: string) =>
      data.units.find((u) => u.adcode === adcode)?.plans.flatMap((p) => p.zone ?? []);
    expect(zonesOf('350602')).toEqual([
      'zone.xiangcheng_xihu',
      'zone.xiangcheng_shangdun_tongbei',
      'zone.xiangcheng_new_economy_park',
    ]);
    expect(zonesOf('350603')).toEqual([
      'zone.longwen_jianyuan',
      'zone.longwen_chaoyang',
      'zone.longwen_new_economy_park',
    ]);
    expect(zonesOf('350681')).toEqual([
      'zone.longhai_bangshan',
      'zone.longhai_zero_carbon_park',
      'zone.taiwan_investment_zone',
      'zone.zhangzhou_cm_zone',
      'zone.hightech',
    ]);
    expect(zonesOf('350625')).toEqual(['zone.changtai_xidong']);
  });
});

describe('industry queries', () => {
  const adcodes = (hits: { unit: { adcode: string } }[]) => hits.map((h) => h.unit.adcode);

  it('食品加工 highlights exactly the counties that print it', () => {
    expect(adcodes(countiesByIndustry(data, 'food_processing'))).toEqual([
      '350622',
      '350624',
      '350626',
      '350628',
    ]);
  });

  it('adds the broader labels (食品医药, 食品健康) only when asked, marked as broader', () => {
    const hits = countiesByIndustry(data, 'food_processing', {
      relations: ['same', 'narrower', 'broader'],
    });
    expect(adcodes(hits)).toEqual(['350623', '350622', '350624', '350626', '350627', '350628']);
    const broader = hits.filter((h) => h.labels.every((l) => l.relation === 'broader'));
    expect(broader.map((h) => h.labels[0]?.label.label_zh)).toEqual(['食品医药', '食品健康']);
  });

  it('asking for the parent term 食品 includes the narrower 食品加工', () => {
    expect(countiesByIndustry(data, 'food')).toHaveLength(6);
  });

  it('builds a 7-row counties × industries matrix', () => {
    const m = industryMatrix(data);
    expect(m.rows).toHaveLength(7);
    expect(m.cells.filter((c) => c.industry === 'food_processing')).toHaveLength(4);
    const ids = new Set(m.columns.map((c) => c.id));
    for (const c of m.cells) expect(ids.has(c.industry)).toBe(true);
  });
});

describe('zones and projects', () => {
  it('model the China–Philippines park as one park with five countable areas', () => {
    const areas = parkAreas(data, 'zone.cn_ph_twin_parks').map((z) => z.properties.name_zh);
    expect(areas).toEqual([
      '诏安工业园区',
      '东山经济技术开发区',
      '招商局漳州开发区',
      '常山华侨经济开发区',
      '古雷石化基地（古雷港经济开发区）',
    ]);
  });

  it('attach the zone targets (high-tech 50 and 300; Gulei three 1000s)', () => {
    const ht = targetsForZone(data, 'zone.hightech').map((x) => [x.comparator, x.value, x.unit]);
    expect(ht).toEqual([
      ['>', 50, '个'],
      ['>', 300, '亿元'],
    ]);
    expect(targetsForZone(data, 'zone.gulei').filter((x) => x.value === 1000)).toHaveLength(3);
  });

  it('answers "what lies in this unit"', () => {
    const longhai = zonesInCounty(data, '350681').map((z) => z.properties.id);
    expect(longhai).toEqual(
      expect.arrayContaining([
        'zone.hightech',
        'zone.taiwan_investment_zone',
        'zone.zhangzhou_cm_zone',
      ]),
    );
    expect(projectsInCounty(data, '350622').map((p) => p.properties.id)).toContain(
      'project.zhangzhou_nuclear_3_4',
    );
    const xiangcheng = targetsForCounty(data, '350602');
    expect(xiangcheng.map((x) => [x.target.id, x.via])).toContainEqual([
      'services.platform_firms',
      'group',
    ]);
  });

  it('record outcomes only where sources.md has them, each with source and confidence', () => {
    const withOutcome = data.projects.features.filter((f) => f.properties.outcome !== null);
    expect(withOutcome.map((f) => [f.properties.id, f.properties.outcome?.status]).sort()).toEqual([
      ['project.gulei_refinery_phase2', 'slipped'],
      ['project.huaan_pumped_storage', 'met'],
      ['project.minnan_offshore_wind', 'not_found'],
      ['project.zhangzhou_lng_terminal', 'slipped'],
      ['project.zhangzhou_nuclear_3_4', 'slipped'],
    ]);
  });
});

describe('geometry', () => {
  it('is valid (turf) wherever a feature has one, and declared WGS-84', () => {
    for (const f of places()) {
      expect(f.properties.datum).toBe('WGS-84');
      if (f.geometry) expect(booleanValid(f.geometry), f.properties.id).toBe(true);
    }
  });

  it('regenerates every indicative outline from its recipe, at about the stated area', () => {
    const indicative = places().filter((f) => f.properties.outline === 'indicative');
    expect(indicative.map((f) => f.properties.id)).toEqual([
      'zone.gulei',
      'zone.taiwan_investment_zone',
      'zone.zhangzhou_cm_zone',
    ]);
    for (const f of indicative) {
      const recipe = f.properties.outline_recipe;
      if (!recipe || f.geometry?.type !== 'Polygon') throw new Error(f.properties.id);
      expect(f.geometry).toEqual(ellipsePolygon(recipe));
      expect(areaKm2(f.geometry) / recipe.area_km2).toBeCloseTo(1, 2);
    }
  });

  it('puts every point or outline centre in the unit it claims (geodata/counties.geojson)', () => {
    const placed = places().filter((f) => f.geometry !== null);
    expect(placed.length).toBeGreaterThanOrEqual(7);
    for (const f of placed) {
      const g = f.geometry;
      if (!g) continue;
      const point =
        g.type === 'Point' ? g.coordinates : centroid(g as Polygon).geometry.coordinates;
      const unit = counties.features.find((c) =>
        booleanPointInPolygon(point, c as Feature<Polygon>),
      );
      expect(unit?.properties.adcode, f.properties.id).toBe(f.properties.county);
    }
  });
});
