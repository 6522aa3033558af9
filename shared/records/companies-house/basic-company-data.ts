/**
 * Reads the Companies House "BasicCompanyData" CSV (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html): one
 * header row, quoted fields, UTF-8, and leading spaces on some header names
 * (` CompanyNumber`), so headers are trimmed before matching. Company
 * numbers are kept as 8-character text; dates `dd/mm/yyyy` become
 * `YYYY-MM-DD`. A row that cannot be read is reported (file and row) and
 * skipped; the rest of the file is still read.
 * Sources: Companies House free data product; mrbrianevans/ch-guide
 * `pages/bulk-data/datasets/companies.md`.
 */
import { normaliseCompanyNumber } from '../../domain/model/company-number';
import { clipped, MAX_FIELD_CHARS, quoted } from '../../limits';
import { FileRefusedError } from '../problem';
import { tokenizeCsv } from '../ssda903/csv-tokenize';
import { isoFromDay, parseDfeDate } from '../ssda903/dates';
import {
  ProblemLog,
  checkRowCount,
  contentOf,
  dateFromFileName,
  forEachChunk,
  refuseOverLimits,
} from './bytes';
import type { BasicCompanyDataResult, Company } from './types';

/** Options for {@link readBasicCompanyData}. */
export type BasicCompanyDataOptions = {
  /** Keeps only the companies this returns true for (to hold a national file in less memory). */
  readonly keep?: (company: Company) => boolean;
};

/** Header names as trimmed; the two the reader cannot do without come first. */
const NAME = 'CompanyName';
const NUMBER = 'CompanyNumber';

/** Whether a header row (fields as read) is the basic company data's. */
export function isBasicCompanyDataHeader(fields: readonly string[]): boolean {
  const names = fields.map((field) => field.trim());
  return names.includes(NAME) && names.includes(NUMBER);
}

/**
 * The fields of a line whose every field is quoted and holds no quote, as
 * nearly every row of the file is (`"NAME","01234567",""…`), or undefined.
 */
function quotedFields(line: string): string[] | undefined {
  if (line.length < 2 || line.charCodeAt(0) !== 34 || line.charCodeAt(line.length - 1) !== 34) {
    return undefined;
  }
  const fields = line.slice(1, -1).split('","');
  return fields.some((field) => field.includes('"')) ? undefined : fields;
}

/**
 * The records of one chunk: line by line with a fast path for plain quoted
 * rows; the whole chunk through the general CSV tokenizer when a quoted
 * field holds a line break (a line with an odd number of quotes).
 */
function chunkRecords(chunk: string): { records: string[][]; openQuote: boolean } {
  const lines = chunk.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const records: string[][] = [];
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const fast = quotedFields(line);
    if (fast !== undefined) {
      records.push(fast);
      continue;
    }
    if ((line.match(/"/g)?.length ?? 0) % 2 === 1) {
      const csv = tokenizeCsv(chunk);
      return { records: csv.records, openQuote: csv.openQuote };
    }
    records.push(tokenizeCsv(line).records[0] ?? ['']);
  }
  return { records, openQuote: false };
}

/** A header and where the file has it. */
type Column = { readonly header: string; readonly at: number | undefined };

/** The columns the reader uses, found once from the header row. */
type Layout = {
  readonly name: Column;
  readonly number: Column;
  readonly category: Column;
  readonly status: Column;
  readonly country: Column;
  readonly postcode: Column;
  readonly incorporated: Column;
  readonly dissolved: Column;
  readonly sic: readonly Column[];
  readonly previous: readonly { readonly name: Column; readonly date: Column }[];
};

/** 1, 2, … `count`. */
function upTo(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

function layoutOf(headers: readonly string[]): Layout {
  const columns = new Map(headers.map((header, index) => [header.trim(), index]));
  const column = (header: string): Column => ({ header, at: columns.get(header) });
  return {
    name: column(NAME),
    number: column(NUMBER),
    category: column('CompanyCategory'),
    status: column('CompanyStatus'),
    country: column('CountryOfOrigin'),
    postcode: column('RegAddress.PostCode'),
    incorporated: column('IncorporationDate'),
    dissolved: column('DissolutionDate'),
    sic: upTo(4).map((n) => column(`SICCode.SicText_${n}`)),
    previous: upTo(10).map((n) => ({
      name: column(`PreviousName_${n}.CompanyName`),
      date: column(`PreviousName_${n}.CONDATE`),
    })),
  };
}

function text(fields: readonly string[], column: Column): string | null {
  const raw = column.at === undefined ? undefined : fields[column.at];
  if (raw === undefined || raw === '') return null;
  const value = raw.trim();
  return value === '' ? null : value;
}

/**
 * Reads one basic company data CSV (or the zip it comes in). Throws
 * {@link FileRefusedError} when the file has no `CompanyName` and
 * `CompanyNumber` header.
 */
export function readBasicCompanyData(
  file: string,
  bytes: Uint8Array,
  options: BasicCompanyDataOptions = {},
): BasicCompanyDataResult {
  return readBasicCompanyDataContent(file, contentOf(file, bytes), options);
}

/** {@link readBasicCompanyData} of the CSV itself (already taken out of its zip). */
export function readBasicCompanyDataContent(
  file: string,
  content: Uint8Array,
  options: BasicCompanyDataOptions = {},
): BasicCompanyDataResult {
  const log = new ProblemLog(file);
  const companies: Company[] = [];
  const seen = new Set<string>();
  let layout: Layout | undefined;
  let headerLength = 0;
  let row = 0;
  let truncated = false;

  const date = (fields: readonly string[], column: Column, at: number): string | null => {
    const value = text(fields, column);
    if (value === null) return null;
    const day = parseDfeDate(value);
    if (day !== undefined) return isoFromDay(day);
    log.add({
      rule: 'ch.basic.date',
      severity: 'warning',
      row: at,
      column: column.header,
      value: clipped(value),
      message: `"${quoted(value)}" is not a dd/mm/yyyy date, so it was not read.`,
    });
    return null;
  };

  const readRow = (fields: readonly string[], at: number, cols: Layout): void => {
    if (fields.length === 1 && fields[0] === '') return; // a blank line
    if (fields.length !== headerLength) {
      log.add({
        rule: 'ch.basic.fields',
        severity: 'warning',
        row: at,
        message: `This row has ${fields.length} fields where the header has ${headerLength}; its values may sit under the wrong headers.`,
      });
    }
    const raw = text(fields, cols.number);
    const number = raw === null ? undefined : normaliseCompanyNumber(raw);
    if (number === undefined) {
      log.add({
        rule: 'ch.basic.number',
        severity: 'error',
        row: at,
        column: NUMBER,
        value: clipped(raw ?? ''),
        message: `"${quoted(raw ?? '')}" is not a company number (8 characters, e.g. 01234567 or SC123456), so this row was skipped.`,
      });
      return;
    }
    const name = text(fields, cols.name);
    if (name === null) {
      log.add({
        rule: 'ch.basic.name',
        severity: 'error',
        row: at,
        column: NAME,
        message: `Company ${number} has no name, so it was skipped.`,
      });
      return;
    }
    if (seen.has(number)) {
      log.add({
        rule: 'ch.basic.duplicate',
        severity: 'warning',
        row: at,
        column: NUMBER,
        value: number,
        message: `Company ${number} appears twice in this file; the first row was kept.`,
      });
      return;
    }
    seen.add(number);
    const sicCodes: string[] = [];
    for (const column of cols.sic) {
      const sic = text(fields, column);
      if (sic !== null) sicCodes.push(sic);
    }
    const previousNames: { name: string; date: string | null }[] = [];
    for (const previous of cols.previous) {
      const former = text(fields, previous.name);
      if (former !== null)
        previousNames.push({ name: former, date: date(fields, previous.date, at) });
    }
    const company: Company = {
      row: at,
      number,
      name,
      category: text(fields, cols.category),
      status: text(fields, cols.status),
      countryOfOrigin: text(fields, cols.country),
      postcode: text(fields, cols.postcode),
      incorporated: date(fields, cols.incorporated, at),
      dissolved: date(fields, cols.dissolved, at),
      sicCodes,
      previousNames,
    };
    if (options.keep === undefined || options.keep(company)) companies.push(company);
  };

  refuseOverLimits(file, () =>
    forEachChunk(content, true, (chunk) => {
      if (truncated) return;
      const csv = chunkRecords(chunk);
      for (const fields of csv.records) {
        row += 1;
        checkRowCount(file, row);
        refuseLongField(file, fields, row);
        if (layout === undefined) {
          if (!isBasicCompanyDataHeader(fields)) refuse(file);
          layout = layoutOf(fields);
          refuseMissingColumns(file, layout);
          headerLength = fields.length;
          continue;
        }
        if (csv.openQuote && fields === csv.records.at(-1)) {
          truncated = true;
          log.add({
            rule: 'ch.basic.truncated',
            severity: 'error',
            row,
            message:
              'The file ends inside a quoted field, so it looks cut short; its last row was skipped. Download the file again.',
          });
          return;
        }
        readRow(fields, row, layout);
      }
    }),
  );
  if (layout === undefined) refuse(file);
  return {
    kind: 'ch-basic-company-data',
    file,
    date: dateFromFileName(file),
    companies,
    problems: log.finish(),
  };
}

/** Refuses a field longer than one value may be (a quote left open can swallow many rows). */
function refuseLongField(file: string, fields: readonly string[], row: number): void {
  const column = fields.findIndex((field) => field.length > MAX_FIELD_CHARS);
  if (column === -1) return;
  throw new FileRefusedError(
    file,
    'ch.field-too-long',
    `${file}: row ${row.toLocaleString('en-GB')}, field ${column + 1} holds ${(fields[column] ?? '').length.toLocaleString('en-GB')} characters, more than the ${MAX_FIELD_CHARS.toLocaleString('en-GB')} one value may have. Download the file again from Companies House.`,
  );
}

/** Every column the reader uses: a file without them is not the published layout. */
function refuseMissingColumns(file: string, layout: Layout): void {
  const used = [
    layout.name,
    layout.number,
    layout.category,
    layout.status,
    layout.country,
    layout.postcode,
    layout.incorporated,
    layout.dissolved,
    ...layout.sic,
    ...layout.previous.flatMap((previous) => [previous.name, previous.date]),
  ];
  const missing = used.filter((column) => column.at === undefined).map((column) => column.header);
  if (missing.length === 0) return;
  throw new FileRefusedError(
    file,
    'ch.basic.columns',
    `${file} is not the whole Companies House basic company data: its header lacks ${missing.length} of the ${used.length} columns read, ` +
      `such as ${quoted(missing.slice(0, 3).join(', '))}. Download the file again from Companies House and import it unchanged.`,
  );
}

function refuse(file: string): never {
  throw new FileRefusedError(
    file,
    'ch.basic.header',
    `${file} is not Companies House basic company data: its first row should be the header with CompanyName and CompanyNumber.`,
  );
}
