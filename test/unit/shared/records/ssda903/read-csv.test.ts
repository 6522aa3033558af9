import { describe, expect, it } from 'vitest';
import { FileRefusedError } from '../../../../../shared/records/problem';
import { read903Csv, type TableName } from '../../../../../shared/records/ssda903';
import { fixtureBytes, fixtureText } from './fixture-files';

/** DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return: data rows and distinct CHILD per file, and the table each file holds. */
const DOCUMENTED: ReadonlyArray<readonly [string, TableName, number, number]> = [
  ['header.csv', 'Header', 2675, 2675],
  ['episodes.csv', 'Episodes', 5050, 2123],
  ['reviews.csv', 'Reviews', 12582, 2675],
  ['oc2.csv', 'OC2', 2675, 2675],
  ['previous_permanence.csv', 'PrevPerm', 2675, 2675],
  ['uasc.csv', 'UASC', 132, 132],
  ['oc3.csv', 'OC3', 53, 53],
  ['missing.csv', 'Missing', 43, 39],
  ['ad1.csv', 'AD1', 29, 29],
  ['placed_for_adoption.csv', 'PlacedAdoption', 29, 29],
  ['placed_for_adoption_errors.csv', 'PlacedAdoption', 30, 29],
  ['sw_episodes.csv', 'SW_Episodes', 1, 1],
  ['DoLo.csv', 'DoLo', 1, 1],
];

function refusal(run: () => unknown): FileRefusedError {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('read903Csv on the validator fixtures', () => {
  it.each(DOCUMENTED)('%s is %s with %i rows and %i children', (file, table, rows, children) => {
    const result = read903Csv(file, fixtureBytes(file));
    expect(result.table).toBe(table);
    expect(result.rows).toHaveLength(rows);
    expect(new Set(result.rows.map((row) => row.values.CHILD)).size).toBe(children);
    expect(result.encoding).toBe('utf-8');
  });

  it('numbers rows as in the file, the header being row 1', () => {
    const result = read903Csv('episodes.csv', fixtureBytes('episodes.csv'));
    expect(result.rows[0]?.row).toBe(2);
    expect(result.rows.at(-1)?.row).toBe(5051);
    expect(result.rows[0]?.values).toMatchObject({
      CHILD: '566910',
      DECOM: '15/02/2016',
      URN: '4244474',
    });
  });

  it('reads the BOM + CRLF of sw_episodes.csv and the missing final newline of DoLo.csv', () => {
    const sw = read903Csv('sw_episodes.csv', fixtureBytes('sw_episodes.csv'));
    expect(sw.columns[0]).toBe('CHILD');
    expect(sw.rows[0]?.values).toEqual({
      CHILD: 'CHILD10',
      DOB: '05/12/1993',
      SW_ID: 'SW999',
      SW_DECOM: '01/01/2020',
      SW_DEC: '03/01/2020',
      SW_REASON: 'SWLAZY',
    });
    const dolo = read903Csv('DoLo.csv', fixtureBytes('DoLo.csv'));
    expect(dolo.rows[0]?.values.DOLO_END).toBe('02/01/2025');
  });

  it('keeps every id as text: CHILD10, short ids and MOTHER "1.0" exactly as written', () => {
    const header = read903Csv('header.csv', fixtureBytes('header.csv'));
    expect(
      header.rows.filter((row) => row.values.MOTHER !== '').map((row) => row.values.MOTHER),
    ).toEqual(['1.0']);
    const placed = read903Csv('placed_for_adoption.csv', fixtureBytes('placed_for_adoption.csv'));
    expect(placed.rows.some((row) => row.values.CHILD === '4022')).toBe(true);
  });
});

describe('read903Csv on made-up input', () => {
  it('keeps leading zeros and reads text input', () => {
    const result = read903Csv(
      'x.csv',
      'CHILD,DOB,DOLO_START,DOLO_END\n007,01/01/2010,02/02/2024,\n',
    );
    expect(result.rows[0]?.values.CHILD).toBe('007');
    expect(result.encoding).toBe('text');
  });

  it('recognises a table by its columns, not its name or column order', () => {
    const result = read903Csv(
      'header.csv',
      'DOB,CHILD,MISSING,MIS_END,MIS_START\n01/01/2010,1,M,,02/02/2017\n',
    );
    expect(result.table).toBe('Missing');
    expect(result.columns).toEqual(['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END']);
    expect(result.rows[0]?.values).toMatchObject({
      CHILD: '1',
      MIS_START: '02/02/2017',
      MIS_END: '',
    });
    expect(result.problems).toEqual([]);
  });

  it('reads quoted fields, doubled quotes and commas inside quotes', () => {
    const csv =
      'CHILD,DOB,REVIEW,REVIEW_CODE\r\n"1","01/01/2010","02/02/2017","PN1"\r\n"2,3",01/01/2010,02/02/2017,"P""N"\r\n';
    const rows = read903Csv('r.csv', csv).rows;
    expect(rows.map((row) => row.values.CHILD)).toEqual(['1', '2,3']);
    expect(rows[1]?.values.REVIEW_CODE).toBe('P"N');
  });

  it('skips blank lines but keeps file row numbers', () => {
    const rows = read903Csv(
      'r.csv',
      'CHILD,DOB,REVIEW,REVIEW_CODE\n\n1,01/01/2010,02/02/2017,PN1\n\n',
    ).rows;
    expect(rows.map((row) => row.row)).toEqual([3]);
  });

  it('keeps a row with too few or too many fields, with an error', () => {
    const result = read903Csv(
      'r.csv',
      'CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010\n2,01/01/2010,02/02/2017,PN1,extra\n',
    );
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]?.values.REVIEW).toBe('');
    const counts = result.problems.filter((problem) => problem.rule === '903.read.field-count');
    expect(counts.map((problem) => problem.row)).toEqual([2, 3]);
    expect(result.rows[1]?.problems).toHaveLength(1);
  });

  it('reads text that is not UTF-8 as Windows-1252, with a warning', () => {
    // "Zoë" and "€" as Excel's plain CSV export writes them (0xEB, 0x80).
    const text =
      'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1,01/01/2010,Zo\u00eb\u20ac,01/01/2020,,MANAGE\n';
    const cp1252 = Uint8Array.from({ length: text.length }, (_, index) =>
      text[index] === '\u20ac' ? 0x80 : text.charCodeAt(index),
    );
    const result = read903Csv('sw.csv', cp1252);
    expect(result.encoding).toBe('windows-1252');
    expect(result.rows[0]?.values.SW_ID).toBe('Zo\u00eb\u20ac');
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: '903.read.encoding', severity: 'warning', file: 'sw.csv' }),
    ]);
  });
});

describe('read903Csv refuses files it cannot read as what they claim', () => {
  it('refuses an unknown header set, naming the nearest table', () => {
    const error = refusal(() => read903Csv('eps.csv', 'CHILD,DECOM,RNE\n1,01/01/2017,S\n'));
    expect(error.reason).toBe('ssda903.unknown-header');
    expect(error.file).toBe('eps.csv');
    expect(error.message).toMatch(/^eps\.csv: .*Episodes.*missing LS/);
  });

  it('refuses a CSV cut short: last line short of fields and no final newline', () => {
    const text = fixtureText('episodes.csv');
    const cut = text.slice(0, text.lastIndexOf(',', text.length - 20));
    const error = refusal(() => read903Csv('episodes.csv', bytes(cut)));
    expect(error.reason).toBe('ssda903.truncated-csv');
    expect(error.message).toMatch(/last line \(row 5051\) has \d+ of 13 fields/);
  });

  it('accepts the same short last line when a newline follows it (a row problem instead)', () => {
    const result = read903Csv('r.csv', 'CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010\n');
    expect(result.rows).toHaveLength(1);
  });

  it('refuses a file that ends inside a quoted value', () => {
    const error = refusal(() => read903Csv('r.csv', 'CHILD,DOB,REVIEW,REVIEW_CODE\n1,"01/01/2010'));
    expect(error.reason).toBe('ssda903.truncated-csv');
  });

  it('refuses zip bytes (an .xlsx) named .csv', () => {
    const zip = fixtureBytes('../ofsted-providers/ch_fake.xlsx');
    const error = refusal(() => read903Csv('episodes.csv', zip));
    expect(error.reason).toBe('ssda903.binary');
    expect(error.message).toMatch(/zip archive.*CSV UTF-8/);
  });

  it('refuses UTF-16 text and empty files', () => {
    expect(refusal(() => read903Csv('a.csv', Uint8Array.from([0xff, 0xfe, 0x43, 0]))).reason).toBe(
      'ssda903.utf-16',
    );
    expect(refusal(() => read903Csv('a.csv', new Uint8Array())).reason).toBe('ssda903.empty');
  });

  it('refuses a header naming a column twice', () => {
    const error = refusal(() => read903Csv('a.csv', 'CHILD,CHILD,DOB,DOLO_START,DOLO_END\n'));
    expect(error.reason).toBe('ssda903.duplicate-column');
  });
});
