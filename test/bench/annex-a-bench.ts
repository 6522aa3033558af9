import type { Cell, SheetData } from 'write-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { readRecordFiles } from '../../shared/records/read-files';
import { DOC_HEADERS } from '../support/annex-a/annex-a-headers';
import { median, timeMs, type Benchmark } from './harness';

let workbook: Uint8Array | undefined;

/** A List 8 (children in care) sheet of `rows` children, every cell filled as a council's would be. */
async function annexA(rows: number): Promise<Uint8Array> {
  const headers = DOC_HEADERS['List 8'] ?? [];
  const date = (n: number): Cell => ({
    value: new Date(Date.UTC(2023, 0, 1 + (n % 700))),
    format: 'dd/mm/yyyy',
  });
  const data: SheetData = [headers.map((h) => h)];
  for (let i = 0; i < rows; i += 1) {
    data.push(
      headers.map((header, column): Cell => {
        if (/date/i.test(header)) return date(i + column);
        if (header === 'Child Unique ID') return `C${String(i).padStart(7, '0')}`;
        if (header === 'Age') return i % 18;
        if (header.startsWith('Placement Type'))
          return 'e) U1 - Foster placement with relative or friend';
        if (header.startsWith('URN')) return `SC${String(100000 + (i % 900000))}`;
        return `value ${i % 97}`;
      }),
    );
  }
  return new Uint8Array(await writeExcelFile([{ sheet: 'List 8', data }]).toBuffer());
}

async function bytes(): Promise<Uint8Array> {
  workbook ??= await annexA(100_000);
  return workbook;
}

const baseline: number[] = [];

/**
 * product.md's bar for xlsx: reading a 100,000-row Annex A sheet with its
 * checks within 1.2× of read-excel-file reading the same sheet alone.
 */
export const annexABenchmarks: Benchmark[] = [
  {
    name: 'Node: read-excel-file alone, 100,000-row Annex A List 8 (baseline)',
    runs: 3,
    run: async () => {
      const input = Buffer.from(await bytes());
      const ms = await timeMs(() => readSheet(input, 'List 8'));
      baseline.push(ms);
      return ms;
    },
  },
  {
    name: 'Node: Annex A reader (with header matching and checks) vs read-excel-file, 100,000 rows (ratio)',
    target: 'annex-a',
    runs: 3,
    run: async () => {
      const input = await bytes();
      const ms = await timeMs(() => readRecordFiles([{ name: 'annex-a.xlsx', bytes: input }]));
      return ms / median(baseline);
    },
  },
];
