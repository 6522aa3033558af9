/**
 * Turns an import's stored rows into a table: the column headers from the
 * data itself and each cell as text. SSDA903 and Annex A rows are
 * `{ row, values }` (values keyed by the file's headers); Ofsted provider
 * settings and Companies House companies are flat records with a `row`.
 */

type Cells = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Cells {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fields that describe the row rather than hold its data. */
const META = new Set(['row', 'values', 'problems']);

function cellsOf(row: unknown): Cells {
  if (!isRecord(row)) return {};
  const values = row['values'];
  if (isRecord(values)) return values;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !META.has(key)));
}

/** The row's number in its file (the header being row 1), if it has one. */
export function rowNumberOf(row: unknown): number | undefined {
  if (!isRecord(row)) return undefined;
  const number = row['row'];
  return typeof number === 'number' ? number : undefined;
}

/** Every column the rows hold, in the order they first appear (the file's own order). */
export function columnsOf(rows: readonly unknown[]): readonly string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(cellsOf(row))) seen.add(key);
  return [...seen];
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(text).join('; ');
  return JSON.stringify(value);
}

/** One cell of a row as text; a column the row lacks is blank. */
export function cellText(row: unknown, column: string): string {
  return text(cellsOf(row)[column]);
}
