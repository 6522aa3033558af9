import { describe, expect, it } from 'vitest';
import { FileRefusedError } from '../../../../../shared/records/problem';
import { read903Csv, read903Xml, type Ssda903Row } from '../../../../../shared/records/ssda903';
import { fixtureBytes, fixtureText } from './fixture-files';

const xml = read903Xml('fake_903.xml', fixtureBytes('fake_903.xml'));
const rowsOf = (table: keyof typeof xml.tables): readonly Ssda903Row[] => xml.tables[table] ?? [];

function refusal(run: () => unknown): FileRefusedError {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('read903Xml on fake_903.xml (data-formats.md §2 counts)', () => {
  it.each([
    ['Header', 253],
    ['Episodes', 459],
    ['Reviews', 1206],
    ['OC2', 253],
    ['PrevPerm', 253],
    ['UASC', 12],
    ['Missing', 6],
    ['OC3', 6],
    ['AD1', 3],
    ['PlacedAdoption', 3],
  ] as const)('%s has %i rows', (table, count) => {
    expect(rowsOf(table)).toHaveLength(count);
  });

  it('has no SW_Episodes or DoLo (the 2021 XML schema predates them)', () => {
    expect(Object.keys(xml.tables).sort()).not.toContain('SW_Episodes');
    expect(Object.keys(xml.tables).sort()).not.toContain('DoLo');
  });

  it('maps CHILDID to CHILD and PL to PLACE, and reads the first child as written', () => {
    expect(rowsOf('Header')[0]?.values).toEqual({
      CHILD: '907440',
      SEX: '2',
      DOB: '28/07/2010',
      ETHNIC: 'BAFR',
      UPN: 'O013219285333',
      MOTHER: '',
      MC_DOB: '',
      UASC: '',
    });
    expect(rowsOf('Episodes')[0]?.values).toMatchObject({
      CHILD: '907440',
      DECOM: '06/01/2017',
      PLACE: 'R5',
      URN: '1465167',
      REASON_PLACE_CHANGE: 'CUSTOD',
    });
    expect(rowsOf('Reviews')[0]?.values).toEqual({
      CHILD: '907440',
      DOB: '28/07/2010',
      REVIEW: '27/09/2015',
      REVIEW_CODE: 'PN0',
    });
  });

  it('reads empty elements as blank: 133 episodes have an empty DEC', () => {
    expect(rowsOf('Episodes').filter((row) => row.values.DEC === '')).toHaveLength(133);
  });

  it('gives UASC rows only for UASC = 1, each with DUC', () => {
    expect(rowsOf('Header').filter((row) => row.values.UASC === '1')).toHaveLength(12);
    expect(rowsOf('UASC').every((row) => row.values.DUC !== '')).toBe(true);
  });

  it('has 385 distinct URNs, and none of its 253 children is in header.csv', () => {
    expect(new Set(rowsOf('Episodes').map((row) => row.values.URN)).size).toBe(385);
    const csvChildren = new Set(
      read903Csv('header.csv', fixtureBytes('header.csv')).rows.map((row) => row.values.CHILD),
    );
    expect(rowsOf('Header').filter((row) => csvChildren.has(row.values.CHILD ?? ''))).toEqual([]);
  });

  it('numbers rows 1, 2, … within each table', () => {
    expect(
      rowsOf('Episodes')
        .map((row) => row.row)
        .slice(0, 3),
    ).toEqual([1, 2, 3]);
    expect(rowsOf('AD1').map((row) => row.row)).toEqual([1, 2, 3]);
  });

  it('raises no reading problems (only spec ones) on the fixture', () => {
    expect(xml.encoding).toBe('utf-8');
    expect(
      xml.problems.filter(
        (problem) => !/^903\.\w+\.\w+\.(code|date|blank|integer)$/.test(problem.rule),
      ),
    ).toEqual([]);
  });
});

const child = (inner: string): string =>
  `<EXPSSDA903><CHILD><HEADER><CHILDID>0042</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UASC />${inner}</HEADER><EPISODE><DECOM>01/05/2017</DECOM><PL>U1</PL><DEC /></EPISODE></CHILD></EXPSSDA903>`;

describe('read903Xml on made-up and broken input', () => {
  it('keeps leading zeros and reads pretty-printed XML', () => {
    const text = child('<MOTHER />').replaceAll('><', '>\n  <');
    const result = read903Xml('a.xml', text);
    expect(result.tables.Header?.[0]?.values.CHILD).toBe('0042');
    expect(result.tables.Episodes?.[0]?.values).toMatchObject({
      CHILD: '0042',
      PLACE: 'U1',
      DEC: '',
    });
  });

  it('warns once per unknown element and keeps reading', () => {
    const result = read903Xml('a.xml', child('<NICKNAME>Bo</NICKNAME><NICKNAME>B</NICKNAME>'));
    expect(result.problems.filter((problem) => problem.rule === '903.xml.unknown-element')).toEqual(
      [expect.objectContaining({ value: 'NICKNAME', severity: 'warning' })],
    );
    expect(result.tables.Header).toHaveLength(1);
  });

  it('refuses truncated XML', () => {
    const text = fixtureText('fake_903.xml');
    const error = refusal(() =>
      read903Xml('fake_903.xml', text.slice(0, Math.floor(text.length / 2))),
    );
    expect(error.reason).toBe('ssda903.truncated-xml');
    expect(error.message).toMatch(/^fake_903\.xml: .*cut short/);
  });

  it('refuses malformed XML and XML that is not a 903 return', () => {
    expect(
      refusal(() => read903Xml('a.xml', '<EXPSSDA903><CHILD></HEADER></EXPSSDA903>')).reason,
    ).toBe('ssda903.malformed-xml');
    expect(refusal(() => read903Xml('a.xml', '<?xml version="1.0"?><Children />')).reason).toBe(
      'ssda903.not-903-xml',
    );
    expect(refusal(() => read903Xml('a.xml', '   ')).reason).toMatch(
      /ssda903\.(truncated|not-903)-xml/,
    );
  });

  it('refuses undefined entities rather than expanding them', () => {
    const error = refusal(() => read903Xml('a.xml', '<EXPSSDA903>&lol;</EXPSSDA903>'));
    expect(error.reason).toBe('ssda903.malformed-xml');
  });

  it('reads Windows-1252 XML with a warning', () => {
    const text = child('<MOTHER />').replace('WBRI', 'WBRI\u00e9');
    const result = read903Xml(
      'a.xml',
      Uint8Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)),
    );
    expect(result.encoding).toBe('windows-1252');
    expect(result.tables.Header?.[0]?.values.ETHNIC).toBe('WBRI\u00e9');
    expect(result.problems[0]).toMatchObject({ rule: '903.read.encoding', severity: 'warning' });
  });
});
