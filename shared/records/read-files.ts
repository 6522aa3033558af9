import {
  detectCompaniesHouse,
  readCompaniesHouse,
  type CompaniesHouseResult,
} from './companies-house';
import { importCin, looksLikeCinCensus, type CinResult } from './cin';
import { import903, type CollectionYear, type Ssda903Result } from './ssda903';
import { readXlsx, type XlsxReadResult } from './xlsx';
import { countBySeverity, type RecordProblem, type Severity } from './problem';

/** A file to import: its name as the user chose it, and its bytes. */
export type InputFile = { readonly name: string; readonly bytes: Uint8Array };

/** The kinds the readers recognise (the `kind` of `import --json`). */
export type ParsedKind =
  | 'ssda903-csv'
  | 'ssda903-xml'
  | 'annex-a'
  | 'ofsted-providers'
  | 'ch-psc-snapshot'
  | 'ch-basic-company-data'
  | 'cin-census';

/** One file as read and checked: its rows per table or sheet, and its problems. */
export type ParsedFile = {
  readonly file: string;
  readonly size: number;
  readonly kind: ParsedKind;
  /** Rows per table (903) or sheet (xlsx), every row kept. */
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
  readonly problems: readonly RecordProblem[];
  /** Every data row kept, summed over the tables. */
  readonly rows: number;
  readonly tableCounts: Readonly<Record<string, number>>;
  readonly problemCounts: Readonly<Record<Severity, number>>;
  /** The collection year the 903 data implies (903 files only). */
  readonly year?: CollectionYear;
  /** The data date a Companies House file's name carries (`…-2024-05-01-…`), if any. */
  readonly date?: string;
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function looksLikeXlsx(file: InputFile): boolean {
  const named = /\.(xlsx|xlsm|xls)$/i.test(file.name);
  const zipped = ZIP_MAGIC.every((byte, index) => file.bytes[index] === byte);
  // A CSV named .xlsx goes to the xlsx reader, which refuses it as not a workbook.
  return named || (zipped && !/\.(csv|xml|txt|zip)$/i.test(file.name));
}

/** Companies House bulk files are told by content (header row, JSON lines), zipped or not. */
function isCompaniesHouse(file: InputFile): boolean {
  try {
    detectCompaniesHouse(file.name, file.bytes);
    return true;
  } catch {
    return false;
  }
}

function fromCompaniesHouse(file: InputFile, result: CompaniesHouseResult): ParsedFile {
  const tables: Record<string, readonly unknown[]> =
    result.kind === 'ch-basic-company-data'
      ? { companies: result.companies }
      : { pscs: result.pscs };
  const read = finish(file, result.kind, tables, result.problems);
  return result.date === null ? read : { ...read, date: result.date };
}

function finish(
  file: InputFile,
  kind: ParsedKind,
  tables: Record<string, readonly unknown[]>,
  problems: readonly RecordProblem[],
  year?: CollectionYear,
): ParsedFile {
  const tableCounts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(tables)) tableCounts[name] = rows.length;
  return {
    file: file.name,
    size: file.bytes.byteLength,
    kind,
    tables,
    problems,
    rows: Object.values(tableCounts).reduce((sum, n) => sum + n, 0),
    tableCounts,
    problemCounts: countBySeverity(problems),
    ...(year === undefined ? {} : { year }),
  };
}

function from903(file: InputFile, result: Ssda903Result, year?: CollectionYear): ParsedFile {
  const tables: Record<string, readonly unknown[]> =
    result.kind === 'ssda903-csv' ? { [result.table]: result.rows } : { ...result.tables };
  return finish(file, result.kind, tables, result.problems, year);
}

function fromCin(file: InputFile, result: CinResult): ParsedFile {
  const tables: Record<string, readonly unknown[]> = { ...result.tables };
  const year = result.year === undefined ? undefined : { start: result.year.start, end: result.year.end };
  return finish(file, result.kind, tables, result.problems, year);
}

function fromXlsx(file: InputFile, result: XlsxReadResult): ParsedFile {
  const tables: Record<string, readonly unknown[]> = {};
  if (result.kind === 'annex-a') {
    for (const list of Object.values(result.sheets)) tables[list.list] = list.rows;
  } else {
    for (const sheet of result.sheets) tables[sheet.name] = sheet.settings;
  }
  return finish(file, result.kind, tables, result.problems);
}

/**
 * Reads one import call's files, each recognised by its content: SSDA903
 * CSV tables and XML returns (checked against each other as one return),
 * Annex A workbooks, Ofsted provider lists and Companies House bulk files
 * (basic company data, PSC snapshot), and CIN census XML returns. Throws `FileRefusedError` for
 * the first file that cannot be read as what it claims to be; the caller then
 * stores nothing from the call.
 */
export function readRecordFiles(
  files: readonly InputFile[],
  options: { readonly year?: CollectionYear } = {},
): ParsedFile[] {
  const xlsx = files.filter(looksLikeXlsx);
  const companiesHouse = files.filter((file) => !looksLikeXlsx(file) && isCompaniesHouse(file));
  // A CIN census is XML whose root element is <Message>; it is read on its own, not with the 903.
  const cin = files.filter(
    (file) => !looksLikeXlsx(file) && !companiesHouse.includes(file) && looksLikeCinCensus(file.bytes),
  );
  const others = files.filter(
    (file) => !xlsx.includes(file) && !companiesHouse.includes(file) && !cin.includes(file),
  );
  const parsed = new Map<InputFile, ParsedFile>();
  for (const file of xlsx) parsed.set(file, fromXlsx(file, readXlsx(file.name, file.bytes)));
  for (const file of companiesHouse) {
    parsed.set(file, fromCompaniesHouse(file, readCompaniesHouse(file.name, file.bytes)));
  }
  for (const file of cin) parsed.set(file, fromCin(file, importCin(file.name, file.bytes)));
  if (others.length > 0) {
    const imported = import903(
      others.map((file) => ({ name: file.name, bytes: file.bytes })),
      options.year === undefined ? {} : { year: options.year },
    );
    imported.results.forEach((result, index) => {
      const file = others[index];
      if (file !== undefined) parsed.set(file, from903(file, result, imported.year));
    });
  }
  return files.flatMap((file) => {
    const result = parsed.get(file);
    return result === undefined ? [] : [result];
  });
}
