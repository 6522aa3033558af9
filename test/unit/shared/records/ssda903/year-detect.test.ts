import { describe, expect, it } from 'vitest';
import { FileRefusedError } from '../../../../../shared/records/problem';
import {
  collectionYear,
  collectionYearLabel,
  detect903,
  detectCollectionYear,
  isCollectionYear,
  read903,
  read903Csv,
  read903Xml,
  tablesOf,
} from '../../../../../shared/records/ssda903';
import { fixtureBytes, RETURN_CSVS } from './fixture-files';

describe('collection year', () => {
  it('is 2017/18 for the fixture episodes (data-formats.md §1)', () => {
    const episodes = read903Csv('episodes.csv', fixtureBytes('episodes.csv'));
    const year = detectCollectionYear(tablesOf([episodes]));
    expect(year).toEqual({ start: '2017-04-01', end: '2018-03-31' });
    expect(year && collectionYearLabel(year)).toBe('2017/18');
  });

  it('is found from the XML return too, and is undefined without episodes', () => {
    const xml = read903Xml('fake_903.xml', fixtureBytes('fake_903.xml'));
    expect(detectCollectionYear(tablesOf([xml]))).toEqual(collectionYear(2017));
    expect(
      detectCollectionYear(tablesOf([read903Csv('header.csv', fixtureBytes('header.csv'))])),
    ).toBeUndefined();
  });

  it('falls back on the latest DECOM when no episode has ended', () => {
    const csv =
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,02/04/2024,S,C2,N1,U1,PR1,,,,,,\n';
    expect(detectCollectionYear(tablesOf([read903Csv('e.csv', csv)]))).toEqual(
      collectionYear(2024),
    );
  });

  it('builds and checks April-to-March years', () => {
    expect(collectionYear(1999)).toEqual({ start: '1999-04-01', end: '2000-03-31' });
    expect(collectionYearLabel(collectionYear(1999))).toBe('1999/00');
    expect(isCollectionYear(collectionYear(2024))).toBe(true);
    expect(isCollectionYear({ start: '2024-04-01', end: '2025-04-01' })).toBe(false);
    expect(isCollectionYear({ start: '2024-03-01', end: '2025-02-28' })).toBe(false);
  });
});

describe('detect903', () => {
  it.each([
    ['header.csv', 'Header'],
    ['episodes.csv', 'Episodes'],
    ['sw_episodes.csv', 'SW_Episodes'],
    ['DoLo.csv', 'DoLo'],
    ['placed_for_adoption_errors.csv', 'PlacedAdoption'],
  ])('recognises %s as %s by its header row', (file, table) => {
    expect(detect903(file, fixtureBytes(file))).toEqual({
      kind: 'ssda903-csv',
      table,
      nameAgrees: true,
    });
  });

  it('recognises the XML return, and content under the wrong name', () => {
    expect(detect903('fake_903.xml', fixtureBytes('fake_903.xml'))).toEqual({
      kind: 'ssda903-xml',
      nameAgrees: true,
    });
    expect(detect903('return.csv', fixtureBytes('fake_903.xml'))).toEqual({
      kind: 'ssda903-xml',
      nameAgrees: false,
    });
    expect(detect903('episodes.txt', fixtureBytes('header.csv'))).toMatchObject({
      table: 'Header',
      nameAgrees: false,
    });
  });

  it('refuses zips, other XML and unknown headers, saying why', () => {
    expect(detect903('a.csv', fixtureBytes('../ofsted-providers/scp_fake.xlsx'))).toMatchObject({
      kind: 'refused',
      reason: 'ssda903.binary',
    });
    expect(detect903('a.xml', '<?xml version="1.0"?>\n<!-- x --><Message/>')).toMatchObject({
      kind: 'refused',
      reason: 'ssda903.not-903-xml',
    });
    expect(detect903('a.csv', 'URN,Name\n1,x\n')).toMatchObject({
      kind: 'refused',
      reason: 'ssda903.unknown-header',
    });
  });
});

describe('read903', () => {
  it('reads every fixture by content, whatever its name', () => {
    for (const file of RETURN_CSVS)
      expect(read903(`renamed-${file}.txt`, fixtureBytes(file)).kind).toBe('ssda903-csv');
    const xml = read903('return.csv', fixtureBytes('fake_903.xml'));
    expect(xml.kind).toBe('ssda903-xml');
    expect(xml.problems.filter((problem) => problem.rule === '903.read.extension')).toHaveLength(1);
  });

  it("throws the reader's refusal for content it cannot read", () => {
    expect(() => read903('e.csv', fixtureBytes('../ofsted-providers/ch_fake.xlsx'))).toThrow(
      FileRefusedError,
    );
    expect(() => read903('e.csv', 'A,B\n')).toThrow(/not the column set of any SSDA903 table/);
    expect(() => read903('e.xml', '<Foo/>')).toThrow(/not an SSDA903 return/);
  });
});
