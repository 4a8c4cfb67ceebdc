import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/ui/router';

describe('hash routes', () => {
  it('parses a view with params', () => {
    const r = parseHash('#/workbench?s=abc&seed=7');
    expect(r.view).toBe('workbench');
    expect(r.params.get('s')).toBe('abc');
    expect(r.params.get('seed')).toBe('7');
  });

  it('falls back to the atlas for empty or unknown hashes', () => {
    expect(parseHash('').view).toBe('atlas');
    expect(parseHash('#/nowhere?x=1').view).toBe('atlas');
    expect(parseHash('#<script>').view).toBe('atlas');
  });

  it('round-trips', () => {
    const hash = '#/targets?q=6.5&section=headline';
    expect(formatHash(parseHash(hash))).toBe(hash);
    expect(formatHash({ view: 'atlas', params: new URLSearchParams() })).toBe('#/atlas');
  });
});
