import type { ComparatorFileSpec } from './files';
import { missingColumns, type CsvTable } from './table';
import type { ComparatorFileProblem, DatasetNeighbours } from './types';

/** Each LA's ten neighbours from one published table, and the names the table gives. */
export type NeighboursRead = {
  readonly neighbours: ReadonlyMap<string, DatasetNeighbours>;
  readonly names: ReadonlyMap<string, string>;
  readonly rows: number;
};

const TEN = Array.from({ length: 10 }, (_, i) => i + 1);

/**
 * Reads a DfE statistical-neighbour table. The 2025 model (`sn_model_2025_wide`)
 * names its columns `SN_1`, `SN_1P` … `SN_10`, `SN_10P`. The April 2021
 * groupings repeat the header `SNP` for every closeness column, so they are
 * read by position: `SN1` then its closeness, for ten neighbours; rows whose
 * first field is not an LA number (the blank and "Old SNs:" separators) are
 * skipped, and the four pre-reorganisation rows after them are kept.
 */
export function readNeighbours(
  spec: ComparatorFileSpec,
  table: CsvTable,
): NeighboursRead | ComparatorFileProblem[] {
  const missing = missingColumns(table, spec.columns);
  if (missing.length > 0) return missing;
  const codeAt = spec.kind === 'neighbours-2025' ? 'old_la_code' : 'LA num';
  const nameAt = spec.kind === 'neighbours-2025' ? 'la_name' : 'LA Name';
  const at = (name: string) => table.index.get(name) ?? -1;
  const positions = TEN.map((n) =>
    spec.kind === 'neighbours-2025'
      ? [at(`SN_${n}`), at(`SN_${n}P`)]
      : [at(`SN${n}`), at(`SN${n}`) + 1],
  );
  const model = spec.kind === 'neighbours-2025' ? '2025' : '2021';
  const neighbours = new Map<string, DatasetNeighbours>();
  const names = new Map<string, string>();
  const problems: ComparatorFileProblem[] = [];
  table.rows.forEach((row, index) => {
    const code = (row[at(codeAt)] ?? '').trim();
    if (!/^\d{3}$/.test(code)) return;
    const codes = positions.map(([c = -1]) => (row[c] ?? '').trim());
    const bad = codes.findIndex((c) => !/^\d{3}$/.test(c));
    if (bad !== -1) {
      const column = spec.kind === 'neighbours-2025' ? `SN_${bad + 1}` : `SN${bad + 1}`;
      problems.push({
        file: table.file,
        column,
        message: `${table.file}, row ${index + 2}: ${column} "${codes[bad] ?? ''}" is not an LA number`,
      });
      return;
    }
    names.set(code, (row[at(nameAt)] ?? '').trim());
    neighbours.set(code, {
      model,
      codes,
      closeness: positions.map(([, p = -1]) => (row[p] ?? '').trim()),
    });
  });
  if (problems.length > 0) return problems.slice(0, 5);
  return { neighbours, names, rows: neighbours.size };
}
