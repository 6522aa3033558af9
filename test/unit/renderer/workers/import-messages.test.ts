import { describe, expect, it } from 'vitest';
import { readRecordFiles, type ParsedFile } from '../../../../shared/records/read-files';
import { packFiles, unpackReply } from '../../../../renderer/src/workers/import-messages';

const encoder = new TextEncoder();

/** A small 903 return: a Header with a blank DOB (a problem marking its row) and one episode. */
function parsed903(): ParsedFile[] {
  return readRecordFiles([
    {
      name: 'header.csv',
      bytes: encoder.encode(
        'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,,WBRI,UN1,,\n1002,F,01/02/2012,WBRI,UN1,,\n',
      ),
    },
    {
      name: 'episodes.csv',
      bytes: encoder.encode(
        'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
          '1002,01/05/2025,S,C2,N1,U1,PR1,,,,AB1 2CD,AB1 2CE,SC123456\n',
      ),
    },
  ]);
}

describe('import worker replies', () => {
  it('sends a 903 file’s rows packed and gives them back exactly', () => {
    const files = parsed903().map((parsed) => ({ parsed, sha256: 'ab' }));
    const packed = packFiles(files);
    // What crosses to the page: the rows travel as text, not as objects.
    for (const file of packed) {
      expect(file.parsed.tables).toEqual({});
      expect('packed' in file).toBe(true);
    }
    const posted: unknown = structuredClone({ type: 'done', files: packed });
    const reply = unpackReply(posted);
    expect(reply).toEqual({ type: 'done', files });
    const header = reply?.type === 'done' ? reply.files[0]?.parsed.tables.Header : undefined;
    expect(header?.[0]).toMatchObject({ row: 2, values: { CHILD: '1001', DOB: '' } });
  });

  it('sends 903 rows it cannot pack as JSON text, and gives them back exactly', () => {
    // An XML return's tables may hold rows whose columns differ.
    const parsed: ParsedFile = {
      file: 'return.xml',
      size: 10,
      kind: 'ssda903-xml',
      tables: {
        Header: [
          { row: 1, values: { CHILD: '1', UASC: '0' }, problems: [] },
          { row: 2, values: { CHILD: '2' }, problems: [0] },
        ],
      },
      problems: [],
      rows: 2,
      tableCounts: { Header: 2 },
      problemCounts: { error: 0, warning: 0, info: 0 },
    };
    const packed = packFiles([{ parsed, sha256: 'ef' }]);
    expect(packed[0]?.parsed.tables).toEqual({});
    expect(packed[0] !== undefined && 'tablesJson' in packed[0]).toBe(true);
    expect(unpackReply(structuredClone({ type: 'done', files: packed }))).toEqual({
      type: 'done',
      files: [{ parsed, sha256: 'ef' }],
    });
  });

  it('clones other kinds as they are', () => {
    const parsed: ParsedFile = {
      file: 'providers.xlsx',
      size: 10,
      kind: 'ofsted-providers',
      tables: { Sheet1: [{ urn: 'SC123456', registered: new Date(0) }] },
      problems: [],
      rows: 1,
      tableCounts: { Sheet1: 1 },
      problemCounts: { error: 0, warning: 0, info: 0 },
    };
    const packed = packFiles([{ parsed, sha256: 'cd' }]);
    expect(packed[0]?.parsed).toBe(parsed);
    expect(unpackReply(structuredClone({ type: 'done', files: packed }))).toEqual({
      type: 'done',
      files: [{ parsed, sha256: 'cd' }],
    });
  });

  it('passes progress through and ignores what is not a reply', () => {
    const progress = { type: 'progress', done: 1, total: 2, step: 'Reading' };
    expect(unpackReply(progress)).toEqual(progress);
    expect(unpackReply({ type: 'other' })).toBeUndefined();
    expect(unpackReply('done')).toBeUndefined();
  });
});
