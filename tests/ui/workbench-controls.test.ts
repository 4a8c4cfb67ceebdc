import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRIVERS } from '../../src/model/drivers';
import { PRESETS } from '../../src/model/presets';
import { defaultScenario, resolveDrivers } from '../../src/model/scenario';
import { validateScenario } from '../../src/model/validate';
import { readActuals } from '../../src/ui/workbench/actuals';
import { historyAction, ownsTextUndo } from '../../src/ui/workbench/history-keys';
import {
  applyPreset,
  matchingPreset,
  parseBounded,
  resetAllDrivers,
  resetDriver,
  withCountyGrowth,
  withCountyIndustries,
  withDriver,
  withName,
  withSeed,
} from '../../src/ui/workbench/scenario-edits';

const base = defaultScenario();

describe('typed numbers are bounded, never NaN', () => {
  it('reads ordinary, full-width and minus-sign input', () => {
    expect(parseBounded('8', -30, 40)).toEqual({ ok: true, value: 8, clamped: null });
    expect(parseBounded(' 3.5 ', -30, 40)).toEqual({ ok: true, value: 3.5, clamped: null });
    expect(parseBounded('８．５', -30, 40)).toEqual({ ok: true, value: 8.5, clamped: null });
    expect(parseBounded('−12', -30, 40)).toEqual({ ok: true, value: -12, clamped: null });
    expect(parseBounded('1,000', 400, 1600)).toEqual({ ok: true, value: 1000, clamped: null });
  });

  it('clamps extreme values to the bounds and says which bound', () => {
    expect(parseBounded('45', -30, 40)).toEqual({ ok: true, value: 40, clamped: 'max' });
    expect(parseBounded('-99', -30, 40)).toEqual({ ok: true, value: -30, clamped: 'min' });
    expect(parseBounded('1e999', -30, 40)).toEqual({ ok: true, value: 40, clamped: 'max' });
    expect(parseBounded('-1e999', -30, 40)).toEqual({ ok: true, value: -30, clamped: 'min' });
  });

  it('refuses text that is not a number, and tells empty apart', () => {
    expect(parseBounded('', 0, 1)).toEqual({ ok: false, reason: 'empty' });
    expect(parseBounded('   ', 0, 1)).toEqual({ ok: false, reason: 'empty' });
    for (const text of ['abc', 'NaN', 'Infinity', '1.2.3', '--1', '0x10', '5%', '1e'])
      expect(parseBounded(text, 0, 100), text).toEqual({ ok: false, reason: 'nan' });
  });

  it('any text gives either a refusal or a finite number inside the bounds', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (text, lo) => {
        const hi = lo + 10;
        const r = parseBounded(text, lo, hi);
        if (!r.ok) return true;
        return Number.isFinite(r.value) && r.value >= lo && r.value <= hi;
      }),
    );
  });
});

describe('driver edits stay valid scenarios', () => {
  it('clamps a driver value and sd to the bounds, and every result validates', () => {
    for (const d of DRIVERS) {
      const high = withDriver(base, d.id, { value: d.max * 10 + 1000, sd: 1e9 });
      const low = withDriver(base, d.id, { value: d.min - 1e6, sd: -5 });
      expect(resolveDrivers(high)[d.id]).toEqual({ value: d.max, sd: d.max - d.min });
      expect(resolveDrivers(low)[d.id]).toEqual({ value: d.min, sd: 0 });
      expect(validateScenario(high).ok).toBe(true);
      expect(validateScenario(low).ok).toBe(true);
    }
  });

  it('ignores NaN rather than storing it', () => {
    const s = withDriver(base, 'external_demand', { value: Number.NaN });
    expect(s.drivers).toEqual({});
  });

  it('a value back at plan (and the default sd) removes the override', () => {
    const moved = withDriver(base, 'external_demand', { value: 3 });
    expect(moved.drivers).toEqual({ external_demand: { value: 3 } });
    expect(withDriver(moved, 'external_demand', { value: 8 }).drivers).toEqual({});
    const sd = withDriver(base, 'consumption', { sd: 4 });
    expect(sd.drivers).toEqual({ consumption: { sd: 4 } });
    expect(withDriver(sd, 'consumption', { sd: 3 }).drivers).toEqual({});
  });

  it('slider arithmetic leaves no long binary tail', () => {
    const s = withDriver(base, 'consumer_prices', { value: 0.1 + 0.2 });
    expect(s.drivers.consumer_prices?.value).toBe(0.3);
  });

  it('resets one driver or all', () => {
    const s = withDriver(withDriver(base, 'external_demand', { value: 3 }), 'gulei_ramp', {
      value: 1200,
    });
    expect(Object.keys(resetDriver(s, 'external_demand').drivers)).toEqual(['gulei_ramp']);
    expect(resetAllDrivers(s).drivers).toEqual({});
    expect(resetAllDrivers(base)).toBe(base);
  });

  it('a preset sets its drivers and name but keeps the seed, paths and actuals', () => {
    const mine = { ...base, seed: 7, paths: 100_000, actuals: { gdp: [5.1] } };
    for (const preset of PRESETS) {
      const s = applyPreset(mine, preset);
      expect(s.drivers).toEqual(preset.scenario.drivers);
      expect(s.name).toBe(preset.scenario.name);
      expect([s.seed, s.paths, s.actuals]).toEqual([7, 100_000, { gdp: [5.1] }]);
      expect(matchingPreset(s)?.id).toBe(preset.id);
    }
    expect(matchingPreset(withDriver(base, 'new_firms', { value: 300 }))).toBeNull();
  });

  it('a preset edited away from its drivers no longer carries its name or description', () => {
    const gulei = PRESETS.find((p) => p.id === 'gulei_fast')!;
    const s = applyPreset(base, gulei);
    const edited = withDriver(s, 'external_demand', { value: 3 });
    expect(edited.name).toBe('古雷快速达产（已修改） Fast Gulei ramp-up (edited)');
    expect(edited.description).toBeUndefined();
    expect(validateScenario(edited).ok).toBe(true);
    // Resetting one of the preset's own drivers, or all of them, leaves the preset too.
    expect(resetDriver(s, 'gulei_ramp').name).toBe(edited.name);
    expect(resetAllDrivers(s).name).toBe(edited.name);
    // An edit that leaves the preset's drivers as they are keeps the name.
    expect(withDriver(s, 'gulei_ramp', { value: 1150 }).name).toBe(gulei.scenario.name);
    // A name the user gave is theirs, whatever the drivers.
    const mine = withName(s, '我的情景');
    expect(withDriver(mine, 'external_demand', { value: 3 }).name).toBe('我的情景');
  });

  it('names and seeds are kept within the format', () => {
    expect(withName(base, '   ')).toBe(base);
    expect(withName(base, 'x'.repeat(300)).name).toHaveLength(200);
    expect(withSeed(base, -1)).toBe(base);
    expect(withSeed(base, 2 ** 32)).toBe(base);
    expect(withSeed(base, 1.5)).toBe(base);
    expect(withSeed(base, 42).seed).toBe(42);
  });

  it('county growth is clamped and removed when cleared; industries equal to the plan are not stored', () => {
    const g = withCountyGrowth(base, '350623', 'gdp', 500);
    expect(g.counties.growth).toEqual({ '350623': { gdp: 100 } });
    expect(withCountyGrowth(g, '350623', 'gdp', null).counties).toEqual({});
    const planned = ['food', 'paper'];
    const i = withCountyIndustries(base, '350623', ['paper'], planned);
    expect(i.counties.industries).toEqual({ '350623': ['paper'] });
    expect(withCountyIndustries(i, '350623', ['paper', 'food'], planned).counties).toEqual({});
    expect(validateScenario(g).ok && validateScenario(i).ok).toBe(true);
  });
});

describe('published figures are read in order and never clamped', () => {
  it('accepts a prefix of quarters', () => {
    expect(readActuals(['5.2', '5.5', ''], 'growth')).toEqual({ ok: true, values: [5.2, 5.5] });
    expect(readActuals(['', '', ''], 'growth')).toEqual({ ok: true, values: [] });
  });

  it('names the blank quarter before a filled one', () => {
    expect(readActuals(['', '5.5', ''], 'growth')).toEqual({
      ok: false,
      quarter: 0,
      problem: 'order',
    });
  });

  it('refuses text and out-of-range figures', () => {
    expect(readActuals(['abc'], 'growth')).toEqual({ ok: false, quarter: 0, problem: 'nan' });
    expect(readActuals(['5', '2000'], 'growth')).toEqual({
      ok: false,
      quarter: 1,
      problem: 'range',
    });
    expect(readActuals(['-3'], 'level')).toEqual({ ok: false, quarter: 0, problem: 'range' });
    expect(readActuals(['-3'], 'growth')).toEqual({ ok: true, values: [-3] });
  });
});

describe('undo and redo keys', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
  ) => ({
    key: k,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
  });

  it('maps Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and ⌘ variants', () => {
    expect(historyAction(key('z', { ctrl: true }))).toBe('undo');
    expect(historyAction(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(historyAction(key('y', { ctrl: true }))).toBe('redo');
    expect(historyAction(key('z', { meta: true }))).toBe('undo');
    expect(historyAction(key('z'))).toBeNull();
    expect(historyAction(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(historyAction(key('x', { ctrl: true }))).toBeNull();
  });

  it('leaves text fields their own undo, and takes it on sliders and buttons', () => {
    expect(ownsTextUndo({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(ownsTextUndo({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(ownsTextUndo({ tagName: 'TEXTAREA' })).toBe(true);
    expect(ownsTextUndo({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(ownsTextUndo({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(ownsTextUndo({ tagName: 'BUTTON' })).toBe(false);
    expect(ownsTextUndo(null)).toBe(false);
  });
});
