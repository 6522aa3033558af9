import { z } from 'zod';
import { countBySeverity, type RecordProblem } from './problem';
import type { ParsedFile, ParsedKind } from './read-files';
import { RULES_VERSION } from './rules-version';

/**
 * What a reader produced from one imported file, stored so that indicators,
 * conflicts and the report read it instead of parsing the file again.
 *
 * Rows of the shape `{ row, values }` (903 tables, Annex A lists) are kept as
 * columns: the column names once, then one array of cells per column and one
 * of row numbers, which is a fraction of the size of one object per row and
 * parses back quickly. Other rows (provider-list settings, Companies House
 * records) are kept as they are.
 */
export const STORED_READ_FORMAT = 1;

const cell = z.union([z.string(), z.number(), z.null()]);

const columnarTable = z.object({
  shape: z.literal('columns'),
  rows: z.array(z.number().int()),
  columns: z.array(z.string()),
  cells: z.array(z.array(cell)),
  /** Per column (by position), the rows (by position) that have no such key at all. */
  absent: z.record(z.string(), z.array(z.number().int())),
  /** Per row (by position), the indexes of its problems, for rows that keep them (903). */
  rowProblems: z.record(z.string(), z.array(z.number().int())).optional(),
});

const objectTable = z.object({ shape: z.literal('objects'), rows: z.array(z.unknown()) });

const problemSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  value: z.string().optional(),
  message: z.string(),
  dfeCode: z.string().optional(),
});

const kinds = [
  'ssda903-csv',
  'ssda903-xml',
  'annex-a',
  'ofsted-providers',
  'ch-psc-snapshot',
  'ch-basic-company-data',
  'cin-census',
] as const satisfies readonly ParsedKind[];

const storedReadSchema = z.object({
  format: z.literal(STORED_READ_FORMAT),
  rulesVersion: z.number().int(),
  file: z.string(),
  size: z.number().int().nonnegative(),
  kind: z.enum(kinds),
  year: z.object({ start: z.string(), end: z.string() }).optional(),
  /** Whether the 903 year was given at import or worked out from the episodes. */
  yearSource: z.enum(['given', 'detected']).optional(),
  date: z.string().optional(),
  tables: z.record(z.string(), z.union([columnarTable, objectTable])),
  problems: z.array(problemSchema),
});

/** A stored read, as kept in the bundle and the app's store. */
export type StoredRead = z.output<typeof storedReadSchema>;

type Row = {
  readonly row: number;
  readonly values: Readonly<Record<string, unknown>>;
  readonly problems?: readonly number[];
};

function isRow(value: unknown): value is Row {
  if (typeof value !== 'object' || value === null) return false;
  if (!('row' in value) || !('values' in value)) return false;
  const values: unknown = value.values;
  return typeof value.row === 'number' && typeof values === 'object' && values !== null;
}

function isCell(value: unknown): value is string | number | null {
  return value === null || typeof value === 'string' || typeof value === 'number';
}

function encodeTable(rows: readonly unknown[]): StoredRead['tables'][string] {
  if (!rows.every(isRow)) return { shape: 'objects', rows: [...rows] };
  const columns: string[] = [];
  const index = new Map<string, number>();
  for (const row of rows) {
    for (const key of Object.keys(row.values)) {
      if (index.has(key)) continue;
      index.set(key, columns.length);
      columns.push(key);
    }
  }
  const cells = columns.map(() =>
    Array.from<string | number | null>({ length: rows.length }).fill(null),
  );
  const seen = columns.map(() => new Uint8Array(rows.length));
  const numbers: number[] = [];
  const keepsProblems = rows.some((row) => row.problems !== undefined);
  const rowProblems: Record<string, number[]> = {};
  rows.forEach((row, r) => {
    numbers.push(row.row);
    if (row.problems !== undefined && row.problems.length > 0) rowProblems[r] = [...row.problems];
    for (const [key, value] of Object.entries(row.values)) {
      const c = index.get(key) ?? -1;
      const column = cells[c];
      if (column === undefined) continue;
      // A cell the readers never make (an object) would not survive; keep it as text.
      column[r] = isCell(value) ? value : JSON.stringify(value);
      seen[c]?.fill(1, r, r + 1);
    }
  });
  const absent: Record<string, number[]> = {};
  seen.forEach((marks, c) => {
    const missing: number[] = [];
    marks.forEach((mark, r) => {
      if (mark === 0) missing.push(r);
    });
    if (missing.length > 0) absent[c] = missing;
  });
  return {
    shape: 'columns',
    rows: numbers,
    columns,
    cells,
    absent,
    ...(keepsProblems ? { rowProblems } : {}),
  };
}

function decodeTable(table: StoredRead['tables'][string]): unknown[] {
  if (table.shape === 'objects') return table.rows;
  const absent = table.columns.map((_, c) => new Set(table.absent[c] ?? []));
  const rowProblems = table.rowProblems;
  return table.rows.map((row, r) => {
    const values: Record<string, string | number | null> = {};
    table.columns.forEach((column, c) => {
      if (absent[c]?.has(r) === true) return;
      // An own property even for a column named `__proto__` (a stored read is file content).
      Object.defineProperty(values, column, {
        value: table.cells[c]?.[r] ?? null,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    return rowProblems === undefined
      ? { row, values }
      : { row, values, problems: [...(rowProblems[r] ?? [])] };
  });
}

/** A reader's output, ready to store. */
export function toStoredRead(parsed: ParsedFile): StoredRead {
  const tables: StoredRead['tables'] = {};
  for (const [name, rows] of Object.entries(parsed.tables)) tables[name] = encodeTable(rows);
  return {
    format: STORED_READ_FORMAT,
    rulesVersion: RULES_VERSION,
    file: parsed.file,
    size: parsed.size,
    kind: parsed.kind,
    ...(parsed.year === undefined ? {} : { year: parsed.year }),
    ...(parsed.yearSource === undefined ? {} : { yearSource: parsed.yearSource }),
    ...(parsed.date === undefined ? {} : { date: parsed.date }),
    tables,
    problems: [...parsed.problems],
  };
}

const givenYearSchema = z.object({
  yearSource: z.literal('given'),
  year: z.object({ start: z.string(), end: z.string() }),
});

/**
 * The 903 collection year the person importing gave, from a stored read of
 * any rules version (even one that must be made again): reading the source
 * again must use the same year, not the one the episodes imply.
 */
export function givenYearOf(
  value: unknown,
): { readonly start: string; readonly end: string } | undefined {
  const parsed = givenYearSchema.safeParse(value);
  return parsed.success ? parsed.data.year : undefined;
}

/** Why a stored read cannot be used, or the read itself. */
export type StoredReadCheck =
  | { readonly ok: true; readonly read: StoredRead }
  | { readonly ok: false; readonly reason: 'damaged' | 'other-rules'; readonly message: string };

/**
 * Checks stored JSON as a read made under this version's rules. A read from
 * other rules is not damage: the source file is read again.
 */
export function checkStoredRead(value: unknown, where: string): StoredReadCheck {
  const parsed = storedReadSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: 'damaged',
      message: `${where}: field "${issue?.path.map(String).join('.') ?? ''}": ${issue?.message ?? 'invalid'}`,
    };
  }
  if (parsed.data.rulesVersion !== RULES_VERSION) {
    return {
      ok: false,
      reason: 'other-rules',
      message: `${where} was checked under rules version ${parsed.data.rulesVersion}; this version's is ${RULES_VERSION}.`,
    };
  }
  return { ok: true, read: parsed.data };
}

function problemOf(stored: StoredRead['problems'][number]): RecordProblem {
  const { sheet, row, column, value, dfeCode, ...required } = stored;
  return {
    ...required,
    ...(dfeCode === undefined ? {} : { dfeCode }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
    ...(value === undefined ? {} : { value }),
  };
}

/** The reader's output again, as `readRecordFiles` gave it. */
export function fromStoredRead(read: StoredRead): ParsedFile {
  const tables: Record<string, unknown[]> = {};
  const tableCounts: Record<string, number> = {};
  for (const [name, table] of Object.entries(read.tables)) {
    tables[name] = decodeTable(table);
    tableCounts[name] = table.rows.length;
  }
  const problems: RecordProblem[] = read.problems.map(problemOf);
  return {
    file: read.file,
    size: read.size,
    kind: read.kind,
    tables,
    problems,
    rows: Object.values(tableCounts).reduce((sum, n) => sum + n, 0),
    tableCounts,
    problemCounts: countBySeverity(problems),
    ...(read.year === undefined ? {} : { year: read.year }),
    ...(read.yearSource === undefined ? {} : { yearSource: read.yearSource }),
    ...(read.date === undefined ? {} : { date: read.date }),
  };
}
