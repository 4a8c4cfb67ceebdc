/**
 * The map's colours are readable: labels reach WCAG AA contrast (4.5:1) on every fill they sit
 * on, outlines and marks reach 3:1 (non-text contrast), and the colours that must be told apart
 * (a selected or hovered county, the plan's zones, projects and industries) stay apart under
 * simulated protanopia, deuteranopia and tritanopia. The charts' palettes have the same test in
 * tests/charts/colors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE, type Deficiency } from '../../src/charts/color-math';
import { palette, planPalette } from '../../src/map/palette';

const VISIONS: (Deficiency | null)[] = [null, 'protan', 'deutan', 'tritan'];

describe('map palette', () => {
  it('labels reach 4.5:1 on every fill under them', () => {
    const pairs: [string, string, string][] = [
      ['countyText', palette.countyText, palette.county],
      ['countyText on hover', palette.countyText, palette.countyHover],
      ['countyText on selected', palette.countyText, palette.countySelected],
      ['neighbourText', palette.neighbourText, palette.neighbour],
      ['neighbourText on sea', palette.neighbourText, palette.sea],
      ['neighbourText on land', palette.neighbourText, palette.land],
      ['zoneText', planPalette.zoneText, palette.county],
      ['zoneText on land', planPalette.zoneText, palette.land],
      ['projectText', planPalette.projectText, palette.county],
      ['projectText on land', planPalette.projectText, palette.land],
    ];
    for (const [name, ink, fill] of pairs)
      expect(contrastRatio(ink, fill), `${name}: ${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });

  it('outlines and marks reach 3:1 on the county fill', () => {
    for (const [name, colour] of Object.entries({
      countyLine: palette.countyLine,
      selectedLine: palette.selectedLine,
      zone: planPalette.zone,
      project: planPalette.project,
      industry: planPalette.industry,
      industryLine: planPalette.industryLine,
      selected: planPalette.selected,
    }))
      expect(contrastRatio(colour, palette.county), name).toBeGreaterThanOrEqual(3);
    // A selected county's outline reads on its own highlight too.
    expect(contrastRatio(palette.selectedLine, palette.countySelected)).toBeGreaterThanOrEqual(3);
  });

  it('a selected or hovered county stands out for every colour vision', () => {
    for (const vision of VISIONS) {
      const v = String(vision);
      expect(deltaE(palette.county, palette.countySelected, vision), v).toBeGreaterThan(20);
      expect(deltaE(palette.county, palette.countyHover, vision), v).toBeGreaterThan(10);
      expect(deltaE(palette.countyHover, palette.countySelected, vision), v).toBeGreaterThan(10);
      expect(deltaE(palette.selectedLine, palette.countyLine, vision), v).toBeGreaterThan(20);
    }
  });

  it("the plan's zones, projects and industries stay distinct for every colour vision", () => {
    const marks = {
      zone: planPalette.zone,
      project: planPalette.project,
      industry: planPalette.industry,
    };
    const names = Object.keys(marks) as (keyof typeof marks)[];
    for (const vision of VISIONS) {
      for (let i = 0; i < names.length; i++) {
        for (let j = i + 1; j < names.length; j++) {
          const a = names[i]!;
          const b = names[j]!;
          expect(deltaE(marks[a], marks[b], vision), `${a}/${b} ${String(vision)}`).toBeGreaterThan(
            25,
          );
        }
      }
      // A selected zone or project turns dark blue; it also grows and gets a thicker ring
      // (src/map/plan-layers.ts), so the colour need only be clearly different.
      for (const name of names)
        expect(
          deltaE(marks[name], planPalette.selected, vision),
          `${name}/selected ${String(vision)}`,
        ).toBeGreaterThan(15);
    }
  });
});
