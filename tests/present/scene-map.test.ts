import { describe, expect, it } from 'vitest';
import { scaleSize } from '../../src/ui/present/scene-map';

describe('projector labels', () => {
  it('scale a fixed size and the output stops of a zoom interpolation, nothing else', () => {
    expect(scaleSize(13, 1.5)).toBe(19.5);
    expect(scaleSize(['interpolate', ['linear'], ['zoom'], 7, 13, 10, 18], 1.5)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      7,
      19.5,
      10,
      27,
    ]);
    const step = ['step', ['zoom'], 12, 9, 14];
    expect(scaleSize(step, 1.5)).toBe(step);
    expect(scaleSize(undefined, 2)).toBeUndefined();
  });
});
