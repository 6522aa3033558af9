import { describe, expect, it } from 'vitest';
import { import903, read903Csv } from '../../../../../shared/records/ssda903';
import { readRecordCall } from '../../../../../shared/records/read-files';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,A,,\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
  '1,01/05/2017,S,C2,N1,U1,PR1,01/06/2017,E11,,,,\n';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a 903 CSV with a column no 903 table has', () => {
  it('is read, with a warning naming the column and the file', () => {
    const csv = 'CHILD,SEX,DOB,NAME,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,Jo Bloggs,WBRI,A,,\n';
    const result = read903Csv('header-export.csv', csv);
    expect(result.table).toBe('Header');
    expect(result.rows[0]?.values).toEqual({
      CHILD: '1',
      SEX: '1',
      DOB: '01/01/2010',
      ETHNIC: 'WBRI',
      UPN: 'A',
      MOTHER: '',
      MC_DOB: '',
    });
    expect(result.problems).toEqual([
      expect.objectContaining({
        rule: '903.read.extra-column',
        severity: 'warning',
        value: 'NAME',
      }),
    ]);
    expect(result.problems[0]?.message).toContain('header-export.csv');
    expect(result.problems[0]?.message).toContain('NAME');
  });

  it('is still refused when a column of the table is missing', () => {
    expect(() => read903Csv('h.csv', 'CHILD,SEX,DOB,NAME\n1,1,01/01/2010,Jo\n')).toThrow(
      /not the column set of any SSDA903 table/,
    );
  });
});

describe('a refused file in an import call', () => {
  it('does not take the other files with it; they carry a warning naming it', () => {
    const cut = EPISODES.replace(/\n$/, '').replace(/,,,,$/, ',"');
    const imported = import903([
      { name: 'header.csv', bytes: HEADER },
      { name: 'episodes.csv', bytes: cut },
    ]);
    expect(imported.results.map((result) => result.file)).toEqual(['header.csv']);
    expect(imported.refused).toEqual([
      expect.objectContaining({ file: 'episodes.csv', reason: 'ssda903.truncated-csv' }),
    ]);
    const warning = imported.results[0]?.problems.find(
      (problem) => problem.rule === '903.import.refused-file',
    );
    expect(warning?.message).toContain('episodes.csv (the Episodes table)');
  });

  it('readRecordCall keeps every readable file of the call and reports each refused one', () => {
    const call = readRecordCall([
      { name: 'header.csv', bytes: bytes(HEADER) },
      { name: 'notes.csv', bytes: bytes('A,B\n1,2\n') },
      { name: 'episodes.csv', bytes: bytes(EPISODES) },
    ]);
    expect(call.files.map((file) => file.file)).toEqual(['header.csv', 'episodes.csv']);
    expect(call.refused.map((refused) => refused.file)).toEqual(['notes.csv']);
    expect(call.refused[0]?.message).toMatch(/^notes\.csv: /);
    // An unrelated file refused is not a table the others were checked without.
    expect(call.files.flatMap((file) => file.problems).map((p) => p.rule)).not.toContain(
      '903.import.refused-file',
    );
  });
});
