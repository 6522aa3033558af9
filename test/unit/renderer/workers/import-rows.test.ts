import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../../../renderer/src/workers/import-rows';

const rows = [
  { row: 2, values: { CHILD: '1001', DOB: '', SEX: 'M' }, problems: [] },
  { row: 3, values: { CHILD: '1002', DOB: '01/02/2012', SEX: 'F' }, problems: [0, 4] },
  { row: 5, values: { CHILD: '1,003 "q"', DOB: ' 1/2/12 ', SEX: '' }, problems: [] },
];

describe('903 rows packed for the page', () => {
  it('gives every row back exactly: cells, row numbers and problems', () => {
    const packed = packRows(rows);
    expect(packed?.columns).toEqual(['CHILD', 'DOB', 'SEX']);
    expect(packed?.marked).toEqual([[1, [0, 4]]]);
    const back = packed === undefined ? undefined : unpackRows(structuredClone(packed));
    expect(back).toEqual(rows);
  });

  it('packs a table with no rows, and one of blank cells', () => {
    const none = packRows([]);
    expect(none === undefined ? undefined : unpackRows(none)).toEqual([]);
    const blank = [{ row: 2, values: { CHILD: '' }, problems: [] }];
    const packed = packRows(blank);
    expect(packed === undefined ? undefined : unpackRows(packed)).toEqual(blank);
  });

  it('does not pack rows it cannot give back exactly', () => {
    // A NUL in a cell would shift every cell after it.
    expect(packRows([{ row: 2, values: { CHILD: 'a\u0000b' }, problems: [] }])).toBeUndefined();
    // Rows whose columns differ (an XML return's rows may).
    expect(
      packRows([
        { row: 1, values: { CHILD: '1', UASC: '0' }, problems: [] },
        { row: 2, values: { CHILD: '2' }, problems: [] },
      ]),
    ).toBeUndefined();
    expect(
      packRows([
        { row: 1, values: { CHILD: '1' }, problems: [] },
        { row: 2, values: { UPN: '2' }, problems: [] },
      ]),
    ).toBeUndefined();
    // Not 903 rows at all.
    expect(packRows([{ urn: 'SC123456' }])).toBeUndefined();
    expect(packRows([{ row: 1.5, values: { CHILD: '1' }, problems: [] }])).toBeUndefined();
  });
});
