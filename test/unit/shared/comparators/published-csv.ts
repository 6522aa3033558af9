import { readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The test's own reading of the DfE CSVs, independent of the build step
 * (shared/comparators/table.ts): a field splitter and a row cache.
 */

/** The copied DfE files. */
export const dir = path.resolve(import.meta.dirname, '../../../fixtures/comparators');

/** A CSV line's fields: commas outside double quotes split; "" inside quotes is one quote. */
export function fields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** One CSV row by column name. */
export type Row = Record<string, string>;
const cache = new Map<string, Row[]>();
/** A file's rows by column name (BOM stripped), read once. */
export function rows(file: string): Row[] {
  const found = cache.get(file);
  if (found !== undefined) return found;
  const lines = readFileSync(path.join(dir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((l) => l !== '');
  const [head = '', ...body] = lines;
  const names = fields(head);
  const parsed = body.map((l) => {
    const values = fields(l);
    return Object.fromEntries(names.map((n, i) => [n, values[i] ?? '']));
  });
  cache.set(file, parsed);
  return parsed;
}
