import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Cell, SheetData } from 'write-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import type { Setting } from '../../../../../shared/records/xlsx';
import { readOfstedProviders } from '../../../../../shared/records/xlsx';
import { providerBytes } from './fixture-files';

/**
 * The combined fake list (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england), rewritten with its data rows
 * shifted one column against the header from each column in turn — a cell
 * deleted (values sit one left, as in scpch_assisted.xlsx) or inserted (one
 * right). Whatever the column, no field may come back holding another
 * column's value: it is either the true value or null (the shift is
 * reported and the shifted columns dropped, or a number turning up as a name
 * is refused), and a shift that reaches the typed columns is reported.
 */

type Row = readonly unknown[];

async function combinedRows(): Promise<Row[]> {
  const [sheet] = await readXlsxFile(Buffer.from(providerBytes('combined_scp_ch_fake.xlsx')));
  return sheet?.data ?? [];
}

function toCell(value: unknown): Cell {
  if (value instanceof Date) return { value, format: 'dd/mm/yyyy' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

async function workbook(rows: readonly Row[]): Promise<Uint8Array> {
  const data: SheetData = rows.map((row) => row.map(toCell));
  return new Uint8Array(await writeExcelFile([{ sheet: 'Providers', data }]).toBuffer());
}

const FIELDS = [
  'urn',
  'name',
  'providerType',
  'sector',
  'localAuthority',
  'region',
  'postcode',
  'ownerId',
  'ownerName',
  'topCompany',
  'placementCodes',
  'providerCodes',
  'statusText',
  'registrationDate',
  'closedDate',
  'places',
  'lastInspectionDate',
  'overallEffectiveness',
] as const satisfies readonly (keyof Setting)[];

function emptyField(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

describe('misaligned provider lists', () => {
  it('a rewritten but unshifted list reads as the fixture does', async () => {
    const rows = await combinedRows();
    const truth = readOfstedProviders(
      'c.xlsx',
      providerBytes('combined_scp_ch_fake.xlsx'),
    ).settings;
    const read = readOfstedProviders('c.xlsx', await workbook(rows));
    expect(read.problems.filter((problem) => problem.rule === 'ofsted.layout.misaligned')).toEqual(
      [],
    );
    expect(read.settings).toEqual(truth);
  });

  it.each([
    ['deleted: values sit one column left', 'left'],
    ['inserted: values sit one column right', 'right'],
  ] as const)(
    "a cell %s, from any column: no field reads another column's value",
    async (_name, side) => {
      const rows = await combinedRows();
      const [header = [], ...data] = rows;
      const truth = readOfstedProviders(
        'c.xlsx',
        providerBytes('combined_scp_ch_fake.xlsx'),
      ).settings;
      for (let from = 1; from < header.length; from += 1) {
        const shifted = data.map((row) =>
          side === 'left'
            ? [...row.slice(0, from), ...row.slice(from + 1)]
            : [...row.slice(0, from), null, ...row.slice(from)],
        );
        const read = readOfstedProviders('shifted.xlsx', await workbook([header, ...shifted]));
        read.settings.forEach((setting, index) => {
          const expected = truth[index];
          for (const field of FIELDS) {
            const value: unknown = setting[field];
            if (emptyField(value)) continue;
            expect({ from, field, value }).toEqual({ from, field, value: expected?.[field] });
          }
        });
        const reported = read.problems.find(
          (problem) => problem.rule === 'ofsted.layout.misaligned',
        );
        // When reported, it names the right side and a column at or before the shift.
        const check =
          reported === undefined
            ? { side: true, before: true }
            : {
                side: reported.message.includes(`one column to the ${side}`),
                before: header.indexOf(reported.column) <= from,
              };
        expect({ from, ...check }).toEqual({ from, side: true, before: true });
      }
    },
  );

  it('a shift reaching the date and email columns is always reported', async () => {
    const rows = await combinedRows();
    const [header = [], ...data] = rows;
    const email = header.indexOf('Setting email address');
    for (let from = 1; from <= email; from += 1) {
      const shifted = data.map((row) => [...row.slice(0, from), ...row.slice(from + 1)]);
      const read = readOfstedProviders('shifted.xlsx', await workbook([header, ...shifted]));
      expect({ from, rules: read.problems.map((problem) => problem.rule) }).toEqual({
        from,
        rules: expect.arrayContaining(['ofsted.layout.misaligned']),
      });
    }
  });
});
