import { describe, expect, it } from 'vitest';
import { layoutMatrix, withSelection } from '../../src/charts/matrix';
import { renderMatrixSvg } from '../../src/charts/matrix-svg';
import { tableMatrix } from '../../src/charts/matrix-table';
import { industryMatrix } from './fixtures';
import { expectGolden } from './golden';
import { expectCleanSvg } from './svg-check';

describe('matrix', () => {
  it('matches its golden SVG (a selected row and a highlighted column)', () => {
    const layout = layoutMatrix(industryMatrix, {
      selectedRow: '350627',
      highlightedColumn: 'food',
    });
    expectGolden('matrix', renderMatrixSvg(layout));
  });

  it('has a row per unit, a column per industry and a cell for each pair', () => {
    const layout = layoutMatrix(industryMatrix);
    expect(layout.rows).toHaveLength(11);
    expect(layout.columns).toHaveLength(14);
    expect(layout.cells).toHaveLength(11 * 14);
    const svg = renderMatrixSvg(layout);
    expect(svg.match(/data-row="/g)).toHaveLength(11);
    expect(svg.match(/data-col="/g)).toHaveLength(14);
  });

  it('marks present, related and absent cells with different shapes', () => {
    const layout = layoutMatrix(industryMatrix);
    const status = (row: string, col: string) => {
      const i = layout.rows.findIndex((r) => r.id === row);
      const j = layout.columns.findIndex((c) => c.id === col);
      return layout.cells.find((c) => c.row === i && c.column === j)?.status;
    };
    expect(status('350623', 'food')).toBe('present');
    expect(status('350627', 'food')).toBe('related');
    expect(status('350629', 'food')).toBe('absent');
    const svg = renderMatrixSvg(layout);
    // Present: filled discs; related: rings (white fill, blue stroke); absent: small dots.
    expect(svg.match(/<circle [^>]*fill="#1d3557"/g)).toHaveLength(27);
    expect(svg.match(/<circle [^>]*fill="#ffffff" stroke="#1d3557"/g)).toHaveLength(11);
  });

  it("gives each cell the unit's own wording in its tooltip", () => {
    const layout = layoutMatrix(industryMatrix);
    const i = layout.rows.findIndex((r) => r.id === '350623');
    const j = layout.columns.findIndex((c) => c.id === 'pharma');
    const tip = layout.cells.find((c) => c.row === i && c.column === j)?.tooltip;
    expect(tip?.title).toBe('漳浦县 · 医药');
    expect(tip?.rows.map((r) => r.label)).toEqual(['已列入规划', '原文：食品医药']);
  });

  it('lets present win over related when a unit has both for one industry', () => {
    const layout = layoutMatrix({
      ...industryMatrix,
      cells: [
        { row: '350623', column: 'food', status: 'related', wording: ['食品医药'] },
        { row: '350623', column: 'food', status: 'present', wording: ['食品加工'] },
        { row: 'nowhere', column: 'food', status: 'present' },
      ],
    });
    expect(layout.cells.filter((c) => c.status !== 'absent').map((c) => c.status)).toEqual([
      'present',
    ]);
  });

  it('selects a row and highlights a column, and ignores unknown ids', () => {
    const layout = layoutMatrix(industryMatrix, {
      selectedRow: '350626',
      highlightedColumn: 'tourism',
    });
    expect(layout.rows.filter((r) => r.selected).map((r) => r.id)).toEqual(['350626']);
    expect(layout.columns.filter((c) => c.highlighted).map((c) => c.id)).toEqual(['tourism']);
    const moved = withSelection(layout, '350629', 'nope');
    expect(moved.rows.filter((r) => r.selected).map((r) => r.id)).toEqual(['350629']);
    expect(moved.highlightedColumn).toBeNull();
    expect(renderMatrixSvg(moved)).not.toContain('font-weight="700" transform');
  });

  it('separates districts from counties', () => {
    const layout = layoutMatrix(industryMatrix);
    expect(layout.rows.filter((r) => r.separatorAbove).map((r) => r.id)).toEqual(['350623']);
  });

  it('shows "no data" without rows or columns', () => {
    const layout = layoutMatrix({ ...industryMatrix, rows: [] });
    expect(layout.emptyMessage).toBe('暂无数据');
    expectCleanSvg(renderMatrixSvg(layout));
  });

  it('has a table row per unit listing its industries with the report wording', () => {
    const table = tableMatrix(industryMatrix, 'zh-CN');
    expect(table.headers).toEqual(['县区', '已列入规划', '相关（以较宽泛的提法列入）']);
    expect(table.rows).toHaveLength(11);
    expect(table.rows[4]).toEqual([
      '漳浦县',
      '食品加工（食品医药）；医药（食品医药）；建材家居（家居建材）；清洁能源；纸业（绿色纸业）',
      '石油化工（协同古雷发展石化中下游产业）',
    ]);
    expect(table.rows[3]).toEqual(['长泰区', '—', '—']);
  });
});
