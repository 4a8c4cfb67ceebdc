import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyBaseline } from '../../src/state/baseline-kind';
import { withWeight } from '../../src/state/baseline-rules';
import {
  baselineCsv,
  mergeImport,
  parseBaselineCsv,
  parseNumber,
  type BaselineNames,
} from '../../src/state/baseline-csv';
import { COUNTY_ADCODES, LEVEL_SLOTS } from '../../src/state/baseline-slots';
import { columnLetter, decodeCsvBytes, readCsvRecords } from '../../src/state/csv-records';

const NOW = '2024-05-01T08:00:00.000Z';
const NAMES: BaselineNames = {
  level: (id) =>
    ({ 'baseline.gdp_2022': '地区生产总值', 'baseline.fai_2022': '固定资产投资' })[id] ?? id,
  county: (c) => ({ '350602': '芗城区', '350629': '华安县' })[c] ?? c,
};
const ok = (text: string) => {
  const r = parseBaselineCsv(text, NAMES);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};
const issues = (text: string) => {
  const r = parseBaselineCsv(text, NAMES);
  if (r.ok) throw new Error('accepted');
  return r.issues;
};

describe('the CSV reader', () => {
  it('keeps spreadsheet row numbers across quoted line breaks and reports where a quote began', () => {
    const r = readCsvRecords('a,b\r\n"x\ny",2\n3,"q""q"\n', 100);
    expect(r).toEqual({
      ok: true,
      records: [
        { row: 1, fields: ['a', 'b'] },
        { row: 2, fields: ['x\ny', '2'] },
        { row: 3, fields: ['3', 'q"q'] },
      ],
    });
    expect(readCsvRecords('a\n"b\nc', 100)).toEqual({
      ok: false,
      problem: 'unterminated-quote',
      row: 2,
    });
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });

  it('decodes UTF-8 with or without a BOM, and falls back to GB18030', () => {
    const text = '代码,数值\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsvBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsvBytes(bom).text.replace(/^\uFEFF/, '')).toBe(text);
    // "代码" in GB18030.
    const gb = new Uint8Array([0xb4, 0xfa, 0xc2, 0xeb]);
    expect(decodeCsvBytes(gb)).toEqual({ text: '代码', encoding: 'gb18030' });
  });
});

describe('parseBaselineCsv', () => {
  it('reads the filled template (BOM, Chinese headers) and a round trip of an export', () => {
    const template = baselineCsv(NAMES, 'zh-CN');
    expect(template.startsWith('\uFEFF代码,名称,数值,单位,标注,备注\r\n')).toBe(true);
    const empty = ok(template);
    expect(empty.read).toBe(0);
    expect(empty.skipped).toBe(LEVEL_SLOTS.length + COUNTY_ADCODES.length);

    let b = emptyBaseline();
    COUNTY_ADCODES.forEach((c, i) => {
      b = withWeight(b, c, {
        value: i === 0 ? 20 : 8,
        origin: i === 1 ? 'assumption' : 'user',
        enteredAt: NOW,
        ...(i === 2 ? { note: '引自"年鉴", 第3页' } : {}),
      });
    });
    b.levels['baseline.gdp_2022'] = { value: 5706.5, origin: 'user', enteredAt: NOW };
    for (const lang of ['zh-CN', 'en'] as const) {
      const back = mergeImport(emptyBaseline(), ok(baselineCsv(NAMES, lang, b)), NOW);
      expect(back).toEqual(b);
    }
  });

  it("accepts English headers in any order, names instead of ids, and planners' numbers", () => {
    const r = ok(
      [
        'Value,Name,Origin,ID',
        '"5,706.58",地区生产总值,assumption',
        '１２．５％,芗城区,',
        '5,华安县,user',
        '−0.5,,assumption,cpi_2022',
      ].join('\n'),
    );
    expect(r.levels['baseline.gdp_2022']).toMatchObject({
      value: 5706.58,
      origin: 'assumption',
      row: 2,
    });
    expect(r.weights['350602']).toMatchObject({ value: 12.5, origin: 'user', row: 3 });
    expect(r.weights['350629']).toMatchObject({ value: 5, row: 4 });
    expect(r.levels['baseline.cpi_2022']).toMatchObject({ value: -0.5, origin: 'assumption' });
  });

  it('names the row and column of every problem, and applies nothing', () => {
    const found = issues(
      [
        '代码,名称,数值,单位,标注',
        'gdp_2022,地区生产总值,abc,亿元,用户录入', // row 2: not a number
        'fai_2022,固定资产投资,5000,万元,用户录入', // row 3: unit
        '350602,芗城区,0,%,', // row 4: weight must be above 0
        'gdp2022,?,1,,', // row 5: unknown id
        '350629,华安县,5,%,猜的', // row 6: origin
        '350629,华安县,5,%,', // row 7: duplicate of row 6 (row 6 failed, row 7 is still a duplicate)
      ].join('\r\n'),
    );
    const where = found.map((i) => [i.code, i.row, i.column?.header, i.column?.letter]);
    expect(where).toEqual([
      ['not-a-number', 2, '数值', 'C'],
      ['unit-mismatch', 3, '单位', 'D'],
      ['out-of-range', 4, '数值', 'C'],
      ['unknown-id', 5, '代码', 'A'],
      ['bad-origin', 6, '标注', 'E'],
      ['duplicate-row', 7, '代码', 'A'],
    ]);
    expect(found[5]?.params).toMatchObject({ first: 6 });
  });

  it('refuses files without the needed columns, empty files and cut-off quotes', () => {
    expect(issues('名称,单位\n地区生产总值,亿元')[0]).toMatchObject({
      code: 'missing-column',
      row: 1,
      params: { column: 'value' },
    });
    expect(issues('数值\n5')[0]).toMatchObject({
      code: 'missing-column',
      params: { column: 'id' },
    });
    expect(issues('')[0]?.code).toBe('empty');
    expect(issues('\uFEFF\r\n\r\n')[0]?.code).toBe('empty');
    expect(issues('代码,数值\ngdp_2022,"5000\n')[0]).toMatchObject({
      code: 'unterminated-quote',
      row: 2,
    });
    expect(issues('代码,代码,数值\n')[0]).toMatchObject({
      code: 'duplicate-column',
      column: { letter: 'B' },
    });
  });

  it('reports weights of all 11 counties that do not add up to 100 (a warning, not an error)', () => {
    const rows = COUNTY_ADCODES.map((c) => `${c},10`);
    const r = ok(['代码,数值', ...rows].join('\n'));
    expect(r.weightSum).toBeCloseTo(110, 9);
    // Ten of eleven: incomplete, which the editor shows; not a sum warning.
    const ten = ok(['代码,数值', ...rows.slice(1)].join('\n'));
    expect(ten.weightSum).toBeNull();
  });

  it('parses numbers as planners write them, and nothing else', () => {
    expect(parseNumber('1,234.5', false)).toBe(1234.5);
    expect(parseNumber('12%', true)).toBe(12);
    expect(parseNumber('12%', false)).toBeNull();
    expect(parseNumber('1e999', false)).toBeNull();
    expect(parseNumber('12,34', false)).toBeNull();
    expect(parseNumber('5千', false)).toBeNull();
    expect(parseNumber('', false)).toBeNull();
  });
});

describe('parseBaselineCsv under fuzzing', () => {
  const cellText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      'gdp_2022',
      'baseline.fai_2022',
      '350602',
      '350629',
      '芗城区',
      '地区生产总值',
      '"',
      '""',
      ',',
      '\n',
      '\r\n',
      '%',
      '亿元',
      '元',
      '假设',
      'user',
      '1e999',
      'NaN',
      '-1',
      '0',
      '12.5',
      '5,000.5',
      '\uFEFF',
    ),
    fc.double().map(String),
  );
  const csvText = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc
      .array(fc.array(cellText, { maxLength: 7 }), { maxLength: 25 })
      .map((rows) =>
        [['代码', '名称', '数值', '单位', '标注', '备注'], ...rows]
          .map((r) => r.join(','))
          .join('\r\n'),
      ),
    fc
      .array(fc.array(cellText, { maxLength: 7 }), { maxLength: 25 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n')),
  );

  it('never throws; accepts or names a row and column for each row problem', () => {
    let runs = 0;
    fc.assert(
      fc.property(csvText, (text) => {
        runs += 1;
        const r = parseBaselineCsv(text, NAMES);
        if (r.ok) {
          for (const v of [...Object.values(r.levels), ...Object.values(r.weights)])
            expect(Number.isFinite(v.value)).toBe(true);
          return;
        }
        expect(r.issues.length).toBeGreaterThan(0);
        for (const i of r.issues) {
          const rowLevel = !['empty', 'too-large', 'missing-column', 'unterminated-quote'].includes(
            i.code,
          );
          if (rowLevel) {
            expect(i.row, i.code).toBeGreaterThanOrEqual(1);
            expect(i.column, i.code).not.toBeNull();
          }
        }
      }),
      { numRuns: 20_000 },
    );
    // Printed for the report: how many generated inputs the parser survived.
    console.log(`baseline CSV parser: ${runs} generated inputs, none threw`);
    expect(runs).toBe(20_000);
  });
});
