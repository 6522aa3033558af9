import { describe, expect, it } from 'vitest';
import { findRows, nextMatch } from '../../../../../renderer/src/features/records/row-find';
import {
  queryFromView,
  viewFromQuery,
} from '../../../../../renderer/src/features/records/records-query';

/** Generated 903-like rows: file rows from 2, each child with three rows in a row. */
const rows = Array.from({ length: 30 }, (_, i) => ({
  row: i + 2,
  values: { CHILD: `C-${Math.floor(i / 3)}`, DECOM: '01/04/2025' },
}));

describe('finding a row', () => {
  it('finds a row by its number in the file, with or without a thousands comma', () => {
    expect(findRows(rows, '12')).toEqual([10]);
    const many = Array.from({ length: 1500 }, (_, i) => ({ row: i + 2, values: {} }));
    expect(findRows(many, '1,234')).toEqual([1232]);
  });

  it('finds every row of a child by the whole id, whatever its case', () => {
    expect(findRows(rows, ' c-4 ')).toEqual([12, 13, 14]);
    expect(findRows(rows, 'C-')).toEqual([]);
    expect(findRows(rows, '')).toEqual([]);
  });

  it('steps through the matches, wrapping round', () => {
    expect(nextMatch([12, 13, 14], undefined)).toBe(12);
    expect(nextMatch([12, 13, 14], 12)).toBe(13);
    expect(nextMatch([12, 13, 14], 14)).toBe(12);
    expect(nextMatch([], 3)).toBeUndefined();
  });
});

describe('the Records address', () => {
  it('round-trips the file, view, table and row', () => {
    const view = { file: 'imp-1', view: 'rows' as const, table: 'Episodes', row: 12 };
    expect(viewFromQuery(queryFromView(view))).toEqual(view);
    expect(queryFromView(view)).toEqual({
      file: 'imp-1',
      view: 'rows',
      table: 'Episodes',
      row: '12',
    });
  });

  it('shows problems by default and ignores a row that is not a positive whole number', () => {
    expect(viewFromQuery(undefined)).toEqual({ view: 'problems' });
    expect(viewFromQuery({ view: 'rows', row: '-3' })).toEqual({ view: 'rows' });
    expect(viewFromQuery({ view: 'rows', row: '2.5' })).toEqual({ view: 'rows' });
  });
});
