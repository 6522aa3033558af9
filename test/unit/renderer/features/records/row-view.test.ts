import { describe, expect, it } from 'vitest';
import {
  cellText,
  columnsOf,
  rowNumberOf,
} from '../../../../../renderer/src/features/records/row-view';

describe('row view', () => {
  it('takes 903 and Annex A columns from the rows’ values, in file order', () => {
    const rows = [
      { row: 2, values: { CHILD: '566910', DECOM: '15/02/2016' }, problems: [] },
      { row: 3, values: { CHILD: '566911', DECOM: '', URN: 'SC123456' }, problems: [4] },
    ];
    expect(columnsOf(rows)).toEqual(['CHILD', 'DECOM', 'URN']);
    expect(rowNumberOf(rows[1])).toBe(3);
    expect(cellText(rows[0], 'URN')).toBe('');
    expect(cellText(rows[1], 'URN')).toBe('SC123456');
    const annexA = [{ row: 5, values: { 'Child Unique ID': 'A1', Age: 7, Gender: null } }];
    expect(columnsOf(annexA)).toEqual(['Child Unique ID', 'Age', 'Gender']);
    expect(cellText(annexA[0], 'Age')).toBe('7');
    expect(cellText(annexA[0], 'Gender')).toBe('');
  });

  it('shows flat records (provider lists, Companies House) by their fields, lists joined', () => {
    const companies = [
      {
        row: 2,
        number: '04455667',
        name: 'RIVERSIDE CARE LTD',
        sic: ['87900 - Other residential care activities', '88100 - Social work'],
        dissolved: null,
      },
    ];
    expect(columnsOf(companies)).toEqual(['number', 'name', 'sic', 'dissolved']);
    expect(cellText(companies[0], 'sic')).toBe(
      '87900 - Other residential care activities; 88100 - Social work',
    );
    expect(rowNumberOf(companies[0])).toBe(2);
    expect(rowNumberOf('not a row')).toBeUndefined();
    expect(columnsOf([null, 3])).toEqual([]);
  });
});
