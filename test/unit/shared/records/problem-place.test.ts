import { describe, expect, it } from 'vitest';
import type { RecordProblem } from '../../../../shared/records/problem';
import {
  childIdOfRow,
  placeProblem,
  rowPositions,
  tableOfProblem,
} from '../../../../shared/records/problem-place';

function problem(extra: Partial<RecordProblem>): RecordProblem {
  return { rule: 'r', severity: 'error', file: 'f.csv', message: 'm', ...extra };
}

describe('problem place', () => {
  it('reads the child from a 903 row and an Annex A row, and none from a register row', () => {
    expect(childIdOfRow({ row: 2, values: { CHILD: ' NM-1 ', DOB: '01/01/2010' } })).toBe('NM-1');
    expect(childIdOfRow({ row: 5, values: { 'Child Unique ID': 'A7' } })).toBe('A7');
    expect(childIdOfRow({ row: 5, values: { CHILD: '' } })).toBeUndefined();
    expect(childIdOfRow({ row: 2, urn: '1234567', name: 'Home' })).toBeUndefined();
    expect(childIdOfRow(null)).toBeUndefined();
  });

  it('maps file row numbers to stored positions even when rows are not numbered from 2', () => {
    const rows = [{ row: 4 }, { row: 7 }, { row: 9 }, { nothing: true }];
    expect([...rowPositions(rows)]).toEqual([
      [4, 1],
      [7, 2],
      [9, 3],
    ]);
  });

  it('finds the table from the sheet, or the only table, or none', () => {
    expect(tableOfProblem(problem({ sheet: 'List 8' }), ['List 1', 'List 8'])).toBe('List 8');
    expect(tableOfProblem(problem({}), ['Episodes'])).toBe('Episodes');
    expect(tableOfProblem(problem({ sheet: 'Gone' }), ['A', 'B'])).toBeUndefined();
  });

  it('places a problem on its stored row and names the row’s child', () => {
    // Generated rows: file rows 2, 3, 5 (row 4 was blank in the sheet).
    const rows = [2, 3, 5].map((n) => ({ row: n, values: { CHILD: `C${n * 10}` } }));
    const place = (p: RecordProblem) =>
      placeProblem(
        p,
        ['Episodes'],
        () => rows,
        () => rowPositions(rows),
      );
    expect(place(problem({ sheet: 'Episodes', row: 5 }))).toEqual({
      table: 'Episodes',
      position: 3,
      childId: 'C50',
    });
    // A row number no stored row has: the table only.
    expect(place(problem({ row: 4 }))).toEqual({ table: 'Episodes' });
    // A whole-file problem: the table, no row.
    expect(place(problem({}))).toEqual({ table: 'Episodes' });
  });
});
