import { describe, expect, it } from 'vitest';
import { replacedBy, type ImportShape } from '../../../../shared/workbook';

function csv(fileName: string, ...tables: string[]): ImportShape {
  return {
    owner: 'council',
    fileName,
    kind: 'ssda903-csv',
    tables: Object.fromEntries(tables.map((table) => [table, 10])),
  };
}

describe('which stored imports a new call replaces', () => {
  it('a 903 table brought again under another name, for the same owner and return', () => {
    expect(
      replacedBy(csv('episodes-oct.csv', 'Episodes'), [csv('episodes-nov.csv', 'Episodes')]),
    ).toBe(true);
    expect(replacedBy(csv('episodes-oct.csv', 'Episodes'), [csv('header-nov.csv', 'Header')])).toBe(
      false,
    );
  });

  it('not for another owner, nor across this year’s and the previous year’s return', () => {
    const stored = csv('episodes-oct.csv', 'Episodes');
    expect(replacedBy(stored, [{ ...csv('e.csv', 'Episodes'), owner: 'prov-1' }])).toBe(false);
    expect(replacedBy(stored, [{ ...csv('e.csv', 'Episodes'), period: 'previous' }])).toBe(false);
    expect(replacedBy({ ...stored, period: 'previous' }, [csv('e.csv', 'Episodes')])).toBe(false);
  });

  it('a stored file holding several tables only when the call brings all of them', () => {
    const stored: ImportShape = { ...csv('return.xml', 'Header', 'Episodes'), kind: 'ssda903-xml' };
    expect(replacedBy(stored, [csv('episodes.csv', 'Episodes')])).toBe(false);
    expect(replacedBy(stored, [csv('episodes.csv', 'Episodes'), csv('header.csv', 'Header')])).toBe(
      true,
    );
  });

  it('every 903 file of the return when the call brings a 903 XML return', () => {
    const xml: ImportShape = { ...csv('return-nov.xml'), kind: 'ssda903-xml' };
    expect(replacedBy(csv('missing.csv', 'Missing'), [xml])).toBe(true);
  });

  it('other kinds of file by their name only; a stored file with no tables never by tables', () => {
    const census: ImportShape = { ...csv('cin.xml', 'Header', 'Reviews'), kind: 'cin-census' };
    expect(replacedBy(census, [csv('header.csv', 'Header'), csv('reviews.csv', 'Reviews')])).toBe(
      false,
    );
    expect(replacedBy(census, [{ ...census, tables: {} }])).toBe(true);
    expect(replacedBy(csv('empty.csv'), [csv('header.csv', 'Header')])).toBe(false);
    expect(replacedBy(csv('header.csv', 'Header'), [{ ...csv('header.csv'), kind: 'other' }])).toBe(
      true,
    );
  });
});
