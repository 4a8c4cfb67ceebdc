import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckKind } from '../../src/present/deck-kind';
import {
  formatDeckIssues,
  parseDeckJson,
  validateDeck,
  type DeckResult,
} from '../../src/present/deck-schema';
import { defaultDeck } from '../../src/present/default-deck';
import { context } from './fixtures';

/** The default deck as JSON with one change made by `edit`. */
function edited(
  edit: (deck: Record<string, unknown> & { scenes: Record<string, unknown>[] }) => void,
): unknown {
  const json = JSON.parse(JSON.stringify(defaultDeck())) as Record<string, unknown> & {
    scenes: Record<string, unknown>[];
  };
  edit(json);
  return json;
}

function paths(result: DeckResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('deck format, version 1', () => {
  it('accepts the default deck, and its JSON round trip is the same deck', () => {
    const deck = defaultDeck();
    const result = validateDeck(JSON.parse(JSON.stringify(deck)), context);
    expect(formatDeckIssues(result.ok ? [] : result.errors)).toBe('');
    expect(result.ok && result.deck).toEqual(deck);
    expect(deckKind.validate(JSON.parse(JSON.stringify(deck))).ok).toBe(true);
  });

  it('names the field of each problem', () => {
    const cases: [unknown, string, RegExp][] = [
      [
        edited(
          (d) =>
            ((d.scenes[0]!.map as Record<string, unknown>).camera = {
              center: [117.6, 24.5],
              zoom: 'ten',
            }),
        ),
        'scenes[0].map.camera.zoom',
        /number/,
      ],
      [
        edited((d) => ((d.scenes[1]!.title as Record<string, unknown>).en = 5)),
        'scenes[1].title.en',
        /text/,
      ],
      [edited((d) => (d.scenes[2]!.colour = 'red')), 'scenes[2]', /unknown field "colour"/],
      [edited((d) => delete d.version), 'version', /required/],
      [edited((d) => (d.version = 2)), 'version', /newer than this app/],
      [edited((d) => (d.scenes = [])), 'scenes', /at least one/],
      [
        edited(
          (d) =>
            ((d.scenes[0]!.map as Record<string, unknown>).camera = {
              fit: 'city',
              bounds: [1, 2, 3, 4],
            }),
        ),
        'scenes[0].map.camera',
        /exactly one/,
      ],
      [
        edited(
          (d) =>
            ((d.scenes[0]!.map as Record<string, unknown>).camera = { bounds: [118, 24, 117, 25] }),
        ),
        'scenes[0].map.camera.bounds',
        /west, south, east, north/,
      ],
      [edited((d) => (d.scenes[3]!.panel = { kind: 'pie' })), 'scenes[3].panel.kind', /.+/],
      [
        edited((d) => (d.scenes[3]!.panel = { kind: 'fan', indicator: 'jobs.new_urban' })),
        'scenes[3].panel.indicator',
        /one of/,
      ],
      [edited((d) => (d.scenes[1]!.id = d.scenes[0]!.id)), 'scenes[1].id', /used twice/],
      [
        edited((d) => ((d.scenes[0]!.notes as Record<string, unknown>).zh = '概率{{p:nope}}')),
        'scenes[0].notes.zh',
        /unknown output "nope"/,
      ],
      [
        edited((d) => ((d.scenes[0]!.notes as Record<string, unknown>).en = 'odd {{ brace')),
        'scenes[0].notes.en',
        /not a placeholder/,
      ],
      [
        edited((d) => ((d.scenes[0]!.notes as Record<string, unknown>).en = '{{shout:gdp}}')),
        'scenes[0].notes.en',
        /unknown placeholder "shout"/,
      ],
      [
        edited(
          (d) =>
            ((d.scenes[1]!.scenario as Record<string, unknown>).drivers = {
              external_demand: { value: 99 },
            }),
        ),
        'scenes[1].scenario.drivers.external_demand.value',
        /outside the bounds/,
      ],
      [
        edited(
          (d) =>
            ((d.scenes[0]!.map as Record<string, unknown>).highlight = {
              zones: ['zone.atlantis'],
            }),
        ),
        'scenes[0].map.highlight.zones[0]',
        /unknown zone "zone.atlantis"/,
      ],
      [
        edited(
          (d) => ((d.scenes[0]!.map as Record<string, unknown>).highlight = { units: ['999999'] }),
        ),
        'scenes[0].map.highlight.units[0]',
        /unknown unit/,
      ],
      [edited((d) => (d.scenes[0]!.sliders = ['wind'])), 'scenes[0].sliders[0]', /one of/],
    ];
    for (const [json, path, message] of cases) {
      const result = validateDeck(json, context);
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      const issue = result.errors.find((e) => e.path === path);
      expect(issue, `${path} in ${formatDeckIssues(result.errors)}`).toBeDefined();
      expect(issue?.message).toMatch(message);
    }
  });

  it('says what is wrong with a file that is not a deck', () => {
    expect(paths(parseDeckJson('{"version": 1,'))).toEqual(['(file)']);
    expect(paths(parseDeckJson('[1, 2]'))).toEqual(['(file)']);
    expect(paths(parseDeckJson('null'))).toEqual(['(file)']);
    const r = parseDeckJson('{"version": 1}');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatDeckIssues(r.errors)).toMatch(/title: is required[\s\S]*scenes: is required/);
  });

  it('never throws, whatever the JSON (fuzzed)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateDeck(json, context);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts or names the problem for any one-field change of the default deck (fuzzed)', () => {
    const base = JSON.parse(JSON.stringify(defaultDeck())) as unknown;
    const leaves: string[][] = [];
    const walk = (v: unknown, path: string[]): void => {
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
      else leaves.push(path);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.jsonValue(), (path, value) => {
        const json = structuredClone(base) as Record<string, unknown>;
        let at: Record<string, unknown> = json;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
        at[path[path.length - 1]!] = value;
        const result = validateDeck(json, context);
        if (!result.ok) {
          for (const e of result.errors) {
            expect(e.path.length).toBeGreaterThan(0);
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
