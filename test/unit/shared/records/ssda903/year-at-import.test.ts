import { describe, expect, it } from 'vitest';
import { readRecordCall } from '../../../../../shared/records/read-files';
import {
  fromStoredRead,
  givenYearOf,
  toStoredRead,
} from '../../../../../shared/records/stored-read';
import { parseCollectionYear } from '../../../../../shared/records/ssda903';
import { readImportCall, readImportFiles } from '../../../../../shared/tasks';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const HEADER = bytes('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2010,WBRI,A,,\n');
const EPISODES = bytes(
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
    '1,01/05/2024,S,C2,N1,K3,PR1,01/06/2024,E11,,,,\n',
);

describe('parseCollectionYear', () => {
  it('reads 2025/26 and 2025-26 as the year from 1 April 2025', () => {
    const expected = { start: '2025-04-01', end: '2026-03-31' };
    expect(parseCollectionYear('2025/26')).toEqual(expected);
    expect(parseCollectionYear('2025-26')).toEqual(expected);
    expect(parseCollectionYear('1999/00')).toEqual({ start: '1999-04-01', end: '2000-03-31' });
  });

  it.each(['2025', '2025/27', '2025/2026', '25/26', '2025 26', ''])('refuses "%s"', (text) => {
    expect(parseCollectionYear(text)).toBeUndefined();
  });
});

describe('the collection year at import', () => {
  it('is the episodes’ year, recorded as detected, when none is given', () => {
    const call = readRecordCall([
      { name: 'header.csv', bytes: HEADER },
      { name: 'episodes.csv', bytes: EPISODES },
    ]);
    expect(call.files.map((file) => [file.year?.start, file.yearSource])).toEqual([
      ['2024-04-01', 'detected'],
      ['2024-04-01', 'detected'],
    ]);
    // 2024/25 codes: SEX M and PLACE K3 are valid (checked by the reader or DfE rules 101, 146).
    const codeRules = new Set([
      '903.Header.SEX.code',
      '903.Episodes.PLACE.code',
      '903.dfe.101',
      '903.dfe.146',
    ]);
    expect(
      call.files.flatMap((file) => file.problems).filter((p) => codeRules.has(p.rule)),
    ).toEqual([]);
  });

  it('is the given year, recorded as given, and checks cells and dates against it', () => {
    const year = { start: '2022-04-01', end: '2023-03-31' };
    const [header, episodes] = readImportCall(
      [
        { name: 'header.csv', bytes: HEADER },
        { name: 'episodes.csv', bytes: EPISODES },
      ],
      [],
      { year },
    );
    expect(header?.yearSource).toBe('given');
    expect(header?.year).toEqual(year);
    // M and K3 are not 2022/23 codes (flagged by the reader or DfE rules 101, 146).
    expect(header?.problems.filter((p) => p.column === 'SEX').map((p) => p.value)).toEqual(['M']);
    expect(
      episodes?.problems
        .filter((p) => ['903.Episodes.PLACE.code', '903.dfe.146'].includes(p.rule))
        .map((p) => p.value),
    ).toEqual(['K3']);
  });

  it('is kept in the stored read, where a later version finds it to read the files again', () => {
    const year = { start: '2025-04-01', end: '2026-03-31' };
    const { files } = readImportFiles([{ name: 'header.csv', bytes: HEADER }], [], { year });
    const [parsed] = files;
    if (parsed === undefined) throw new Error('not read');
    const stored = toStoredRead(parsed);
    expect(stored).toMatchObject({ year, yearSource: 'given' });
    expect(fromStoredRead(stored)).toMatchObject({ year, yearSource: 'given' });
    expect(givenYearOf(JSON.parse(JSON.stringify({ ...stored, rulesVersion: 1 })))).toEqual(year);
    const detected = readRecordCall([{ name: 'episodes.csv', bytes: EPISODES }]).files[0];
    expect(detected && givenYearOf(toStoredRead(detected))).toBeUndefined();
  });
});
