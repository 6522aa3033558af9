import { readCompaniesHouse, type CompaniesHouseResult } from './companies-house';
import { isCompaniesHouse, looksLikeXlsx } from './recognise';
import { importCin, looksLikeCinCensus, type CinResult } from './cin';
import {
  import903,
  type CollectionYear,
  type Ssda903Result,
  type Ssda903Tables,
  type ValidateOptions,
} from './ssda903';
import type { RegisteredProvider } from './ssda903/dfe/rule';
import { readXlsx, type XlsxReadResult } from './xlsx';
import { bytesText, MAX_FILE_BYTES } from '../limits';
import { countBySeverity, FileRefusedError, type RecordProblem, type Severity } from './problem';

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
  /** The collection year the 903 files were checked against (903 files only). */
  readonly year?: CollectionYear;
  /** Where that year came from: given by the person importing, or worked out from the episodes. */
  readonly yearSource?: YearSource;
  /** The data date a Companies House file's name carries (`…-2024-05-01-…`), if any. */
  readonly date?: string;
};

/** Where a 903 import's collection year came from. */
export type YearSource = 'given' | 'detected';

/** The collection year of a 903 import and where it came from. */
type YearOf = { readonly year: CollectionYear; readonly source: YearSource };

/** A file of an import call that could not be read: its name, reason code and one-line message. */
export type RefusedFile = {
  readonly file: string;
  readonly reason: string;
  readonly message: string;
};

/** What became of one file of an import call. */
export type FileOutcome =
  | { readonly ok: true; readonly parsed: ParsedFile }
  | { readonly ok: false; readonly refused: RefusedFile };

/** Every file of an import call, read or refused. */
export type RecordCall = {
  /** The files read, in the order given. */
  readonly files: readonly ParsedFile[];
  /** The files refused, in the order given. */
  readonly refused: readonly RefusedFile[];
  /** One outcome per file given, in order. */
  readonly outcomes: readonly FileOutcome[];
};

/** Options for reading an import call. */
export type ReadOptions = {
  /** The 903 collection year, as the person importing gave it; by default worked out from the episodes. */
  readonly year?: CollectionYear;
  /** The same owner's previous-year 903 return, for the DfE rules that compare years. */
  readonly previous?: Ssda903Tables;
  /** The Ofsted providers the inspection's provider lists hold, by URN (the DfE URN rules). */
  readonly providers?: ReadonlyMap<string, RegisteredProvider>;
  /** The placing council's DfE LA code. */
  readonly laCode?: string;
};

/** The 903 checks' options from an import call's options. */
function validateOptions(options: ReadOptions): ValidateOptions {
  return {
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.previous === undefined ? {} : { previous: options.previous }),
    ...(options.providers === undefined ? {} : { providers: options.providers }),
    ...(options.laCode === undefined ? {} : { laCode: options.laCode }),
  };
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
  yearSource?: YearSource,
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
    ...(yearSource === undefined ? {} : { yearSource }),
  };
}

function from903(file: InputFile, result: Ssda903Result, year?: YearOf): ParsedFile {
  const tables: Record<string, readonly unknown[]> =
    result.kind === 'ssda903-csv' ? { [result.table]: result.rows } : { ...result.tables };
  return finish(file, result.kind, tables, result.problems, year?.year, year?.source);
}

function fromCin(file: InputFile, result: CinResult): ParsedFile {
  const tables: Record<string, readonly unknown[]> = { ...result.tables };
  const year =
    result.year === undefined ? undefined : { start: result.year.start, end: result.year.end };
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

/** Runs one reader, turning a refusal into an outcome. */
function outcomeOf(read: () => ParsedFile): FileOutcome {
  try {
    return { ok: true, parsed: read() };
  } catch (error: unknown) {
    if (!(error instanceof FileRefusedError)) throw error;
    return {
      ok: false,
      refused: { file: error.file, reason: error.reason, message: error.message },
    };
  }
}

/**
 * Reads one import call's files, each recognised by its content: SSDA903
 * CSV tables and XML returns (checked against each other as one return, for
 * `options.year` or the year their episodes imply), Annex A workbooks, Ofsted
 * provider lists, Companies House bulk files (basic company data, PSC
 * snapshot) and CIN census XML returns. A file that cannot be read is refused
 * on its own: the others are still read (903 files checked without a refused
 * 903 table say so).
 */
/**
 * Whether a file may be part of an SSDA903 return: anything that is not an
 * xlsx workbook, a Companies House file or a CIN census (each read alone).
 */
export function mayBeSsda903(file: InputFile): boolean {
  return !looksLikeXlsx(file) && !isCompaniesHouse(file) && !looksLikeCinCensus(file.bytes);
}

export function readRecordCall(given: readonly InputFile[], options: ReadOptions = {}): RecordCall {
  const outcomes = new Map<InputFile, FileOutcome>();
  // A file over the limit is refused before any reader looks at it.
  for (const file of given) {
    if (file.bytes.byteLength <= MAX_FILE_BYTES) continue;
    outcomes.set(file, {
      ok: false,
      refused: {
        file: file.name,
        reason: 'file.too-large',
        message: `${file.name}: the file is ${bytesText(file.bytes.byteLength)}, more than the ${bytesText(MAX_FILE_BYTES)} any file to import may be. Check it is the right file.`,
      },
    });
  }
  const files = given.filter((file) => !outcomes.has(file));
  const xlsx = files.filter(looksLikeXlsx);
  const companiesHouse = files.filter((file) => !looksLikeXlsx(file) && isCompaniesHouse(file));
  // A CIN census is XML whose root element is <Message>; it is read on its own, not with the 903.
  const cin = files.filter(
    (file) =>
      !looksLikeXlsx(file) && !companiesHouse.includes(file) && looksLikeCinCensus(file.bytes),
  );
  const others = files.filter(
    (file) => !xlsx.includes(file) && !companiesHouse.includes(file) && !cin.includes(file),
  );
  for (const file of xlsx) {
    outcomes.set(
      file,
      outcomeOf(() => fromXlsx(file, readXlsx(file.name, file.bytes))),
    );
  }
  for (const file of companiesHouse) {
    outcomes.set(
      file,
      outcomeOf(() => fromCompaniesHouse(file, readCompaniesHouse(file.name, file.bytes))),
    );
  }
  for (const file of cin) {
    outcomes.set(
      file,
      outcomeOf(() => fromCin(file, importCin(file.name, file.bytes))),
    );
  }
  if (others.length > 0) {
    const imported = import903(
      others.map((file) => ({ name: file.name, bytes: file.bytes })),
      validateOptions(options),
    );
    const year: YearOf | undefined =
      imported.year === undefined
        ? undefined
        : { year: imported.year, source: imported.yearSource === 'caller' ? 'given' : 'detected' };
    imported.outcomes.forEach((outcome, index) => {
      const file = others[index];
      if (file === undefined) return;
      outcomes.set(
        file,
        outcome.ok
          ? { ok: true, parsed: from903(file, outcome.result, year) }
          : { ok: false, refused: outcome.refused },
      );
    });
  }
  const inOrder = given.flatMap((file) => {
    const outcome = outcomes.get(file);
    return outcome === undefined ? [] : [outcome];
  });
  return {
    files: inOrder.flatMap((outcome) => (outcome.ok ? [outcome.parsed] : [])),
    refused: inOrder.flatMap((outcome) => (outcome.ok ? [] : [outcome.refused])),
    outcomes: inOrder,
  };
}

/**
 * Reads one import call's files as `readRecordCall` does, but all or nothing:
 * throws `FileRefusedError` for the first file that cannot be read as what
 * it claims to be (re-reading stored files, where a refusal means damage).
 */
export function readRecordFiles(
  files: readonly InputFile[],
  options: ReadOptions = {},
): ParsedFile[] {
  const call = readRecordCall(files, options);
  const [refused] = call.refused;
  if (refused !== undefined)
    throw new FileRefusedError(refused.file, refused.reason, refused.message);
  return [...call.files];
}
