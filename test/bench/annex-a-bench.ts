import type { Cell, SheetData } from 'write-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { readRecordFiles } from '../../shared/records/read-files';
import { DOC_HEADERS } from '../support/annex-a/annex-a-headers';
import { median, timeMs, type Benchmark } from './harness';

let workbook: Uint8Array | undefined;

function date(n: number): Cell {
  return { value: new Date(Date.UTC(2023, 0, 1 + (n % 700))), format: 'dd/mm/yyyy' };
}

/** Realistic, valid cells for List 8 (ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018), so the figure is not inflated by problems. */
function valueFor(header: string, i: number, column: number): Cell {
  if (/date/i.test(header)) return date(i + column);
  if (header.startsWith('Reason Ceased')) return i % 5 === 0 ? 'E11' : null;
  const fixed: Readonly<Record<string, Cell>> = {
    'Child Unique ID': `C${String(i).padStart(7, '0')}`,
    Gender: i % 2 === 0 ? 'a) Male' : 'b) Female',
    Ethnicity: 'a) WBRI',
    Age: i % 18,
    "Child's Category of Need": 'N1',
    "Child's Legal Status": 'C2',
    'What is the permanence plan for this child?': 'Long-term fostering',
    'Number of Placements in the Last 12 months': 1 + (i % 3),
    'Placement Type': 'e) U1 - Foster placement with relative or friend',
    'Placement Provider': 'PR1',
    'Placement postcode': 'AB1 2CD',
    'URN of Placement': `SC${String(100000 + (i % 800000))}`,
    'Placement Location': 'In',
    'LA of Placement': 'Northmoor',
    'Allocated Team': 'Team A',
    'Allocated Worker': `Worker ${i % 40}`,
  };
  const value = fixed[header];
  if (value !== undefined) return value;
  if (/\(Y\/N\)|Disability/.test(header)) return i % 7 === 0 ? 'Y' : 'N';
  if (header.startsWith('Number of Episodes')) return i % 11 === 0 ? 1 : 0;
  return `x${i % 97}`;
}

/** A List 8 (children in care) sheet of `rows` children, every cell filled as a council's would be. */
export async function annexA(rows: number): Promise<Uint8Array> {
  const headers = DOC_HEADERS['List 8'] ?? [];
  const data: SheetData = [headers.map((h) => h)];
  for (let i = 0; i < rows; i += 1) {
    data.push(headers.map((header, column): Cell => valueFor(header, i, column)));
  }
  return new Uint8Array(await writeExcelFile([{ sheet: 'List 8', data }]).toBuffer());
}

async function bytes(): Promise<Uint8Array> {
  workbook ??= await annexA(100_000);
  return workbook;
}

const baseline: number[] = [];

/**
 * the README’s bar for xlsx: reading a 100,000-row Annex A sheet with its
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
