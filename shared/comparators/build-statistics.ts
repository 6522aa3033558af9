import { STATISTICS_COLUMNS, type ComparatorFileSpec } from './files';
import { MEASURES } from './measures';
import { cellOf } from './symbols';
import { columnReader, missingColumns, type CsvTable } from './table';
import type { Cell, ComparatorFileProblem, DatasetMeasure } from './types';

/** What one LA row says about the LA, kept to name and place it. */
export type LaSighting = {
  readonly code: string;
  readonly newCode: string;
  readonly name: string;
  readonly region: string;
  readonly year: number;
};

/** What one statistics file gives the dataset. */
export type StatisticsRead = {
  readonly measures: DatasetMeasure[];
  readonly las: LaSighting[];
  readonly regions: ReadonlyMap<string, string>;
  readonly years: [number, number] | null;
  readonly rows: number;
};

const LEVELS = new Set(['National', 'Regional', 'Local authority']);

/** The area a row is about: England's code, the region's code or the LA number. */
function areaKey(level: string, country: string, region: string, la: string): string {
  if (level === 'National') return country;
  return level === 'Regional' ? region : la;
}

/**
 * Reads the measures of one DfE statistics file (Explore Education
 * Statistics layout: `time_period`, `geographic_level`, codes, breakdown
 * columns, figures). A file whose columns or rows are not of that layout is
 * refused with the file, the column and the row.
 */
export function readStatistics(
  spec: ComparatorFileSpec,
  table: CsvTable,
): StatisticsRead | ComparatorFileProblem[] {
  const mine = MEASURES.filter((measure) => measure.file === spec.id);
  const needed = [
    ...STATISTICS_COLUMNS,
    ...spec.columns,
    ...mine.flatMap((m) => [...Object.keys(m.filters), m.column]),
  ];
  const missing = missingColumns(table, [...new Set(needed)]);
  if (missing.length > 0) return missing;
  const col = (name: string) => columnReader(table, name);
  const year = col('time_period');
  const level = col('geographic_level');
  const country = col('country_code');
  const region = col('region_code');
  const regionName = col('region_name');
  const la = col('old_la_code');
  const newCode = col('new_la_code');
  const laName = col('la_name');
  const readers = mine.map((measure) => ({
    measure,
    filters: Object.entries(measure.filters).map(([name, value]) => [col(name), value] as const),
    figure: col(measure.column),
    byArea: new Map<string, Map<number, Cell>>(),
  }));
  const problems: ComparatorFileProblem[] = [];
  const las: LaSighting[] = [];
  const regions = new Map<string, string>();
  const years = new Set<number>();
  table.rows.forEach((row, at) => {
    const line = at + 2;
    const yearText = year(row);
    const levelText = level(row);
    if (!/^\d{4}$/.test(yearText)) {
      problems.push({
        file: table.file,
        column: 'time_period',
        message: `${table.file}, row ${line}: time_period "${yearText}" is not a year such as 2025`,
      });
      return;
    }
    if (!LEVELS.has(levelText)) {
      problems.push({
        file: table.file,
        column: 'geographic_level',
        message: `${table.file}, row ${line}: geographic_level "${levelText}" is not National, Regional or Local authority`,
      });
      return;
    }
    const when = Number(yearText);
    years.add(when);
    const key = areaKey(levelText, country(row), region(row), la(row));
    if (levelText === 'Regional') regions.set(key, regionName(row));
    if (levelText === 'Local authority' && /^\d{3}$/.test(key)) {
      las.push({
        code: key,
        newCode: newCode(row),
        name: laName(row),
        region: region(row),
        year: when,
      });
    }
    for (const reader of readers) {
      if (!reader.filters.every(([read, value]) => read(row) === value)) continue;
      const cells = reader.byArea.get(key) ?? new Map<number, Cell>();
      if (cells.has(when)) {
        problems.push({
          file: table.file,
          message: `${table.file}, row ${line}: a second row for ${key} in ${when} (${reader.measure.label}); the file's layout is not the one expected`,
        });
        continue;
      }
      cells.set(when, cellOf(reader.figure(row)));
      reader.byArea.set(key, cells);
    }
  });
  if (problems.length > 0) return problems.slice(0, 5);
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  return {
    measures: readers.map((reader) => measureOf(reader.measure.id, table.file, reader.byArea)),
    las,
    regions,
    years: first === undefined || last === undefined ? null : [first, last],
    rows: table.rows.length,
  };
}

function measureOf(
  id: string,
  file: string,
  byArea: ReadonlyMap<string, ReadonlyMap<number, Cell>>,
): DatasetMeasure {
  const years = [...new Set([...byArea.values()].flatMap((cells) => [...cells.keys()]))].sort(
    (a, b) => a - b,
  );
  const values: Record<string, Cell[]> = {};
  for (const key of [...byArea.keys()].sort()) {
    const cells = byArea.get(key);
    values[key] = years.map((when) => cells?.get(when) ?? null);
  }
  return { id, file, years, values };
}
