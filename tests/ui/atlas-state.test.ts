import { describe, expect, it } from 'vitest';
import { atlasHref, formatAtlasState, parseAtlasState } from '../../src/views/atlas/atlas-state';
import { loadPlan } from './plan-fixture';

const data = loadPlan();
const units = new Set(data.units.map((u) => u.adcode));
const parse = (query: string) => parseAtlasState(new URLSearchParams(query), data, units);

describe('atlas state in the address', () => {
  it('reads a unit, a zone or a project, and the industry', () => {
    expect(parse('unit=350623&industry=food_processing')).toEqual({
      selection: { kind: 'unit', id: '350623' },
      industriesOn: true,
      industry: 'food_processing',
    });
    expect(parse('zone=zone.gulei').selection).toEqual({ kind: 'zone', id: 'zone.gulei' });
    expect(parse('project=project.zhangzhou_nuclear_3_4').selection).toEqual({
      kind: 'project',
      id: 'project.zhangzhou_nuclear_3_4',
    });
  });

  it('an empty industry shows the industry view with none chosen; none hides it', () => {
    expect(parse('industry=')).toMatchObject({ industriesOn: true, industry: null });
    expect(parse('')).toMatchObject({ industriesOn: false, industry: null, selection: null });
  });

  it('drops ids that do not exist instead of selecting something wrong', () => {
    expect(parse('unit=999999').selection).toBeNull();
    expect(parse('zone=zone.atlantis').selection).toBeNull();
    expect(parse('industry=steel')).toMatchObject({ industriesOn: true, industry: null });
    // A stale zone falls through to a valid project.
    expect(parse('zone=zone.nope&project=project.zhangzhou_ancient_city').selection).toEqual({
      kind: 'project',
      id: 'project.zhangzhou_ancient_city',
    });
  });

  it('writes one selection at a time and keeps unrelated params', () => {
    const base = new URLSearchParams('unit=350602&zone=zone.gulei&keep=1');
    const out = formatAtlasState(
      { selection: { kind: 'zone', id: 'zone.hightech' }, industriesOn: true, industry: null },
      base,
    );
    expect(out.get('keep')).toBe('1');
    expect(out.get('unit')).toBeNull();
    expect(out.get('zone')).toBe('zone.hightech');
    expect(out.get('industry')).toBe('');
    expect(parseAtlasState(out, data, units)).toMatchObject({
      selection: { kind: 'zone', id: 'zone.hightech' },
      industriesOn: true,
    });
  });

  it('links a place to the atlas', () => {
    expect(atlasHref({ kind: 'zone', id: 'zone.gulei' })).toBe('#/atlas?zone=zone.gulei');
    expect(atlasHref({ kind: 'unit', id: '350623' })).toBe('#/atlas?unit=350623');
  });
});
