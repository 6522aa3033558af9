/**
 * Reads the Companies House "BasicCompanyData" CSV (data-formats.md §6): one
 * header row, quoted fields, UTF-8, and leading spaces on some header names
 * (` CompanyNumber`), so headers are trimmed before matching. Company
 * numbers are kept as 8-character text; dates `dd/mm/yyyy` become
 * `YYYY-MM-DD`. A row that cannot be read is reported (file and row) and
 * skipped; the rest of the file is still read.
 * Sources: Companies House free data product; mrbrianevans/ch-guide
 * `pages/bulk-data/datasets/companies.md`.
 */
import { normaliseCompanyNumber } from '../../domain/model/company-number';
import { FileRefusedError } from '../problem';
import { tokenizeCsv } from '../ssda903/csv-tokenize';
import { isoFromDay, parseDfeDate } from '../ssda903/dates';
import { ProblemLog, contentOf, dateFromFileName, forEachChunk } from './bytes';
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

type Columns = ReadonlyMap<string, number>;

function text(fields: readonly string[], columns: Columns, header: string): string | null {
  const at = columns.get(header);
  const value = at === undefined ? undefined : fields[at]?.trim();
  return value === undefined || value === '' ? null : value;
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
  const content = contentOf(file, bytes);
  const log = new ProblemLog(file);
  const companies: Company[] = [];
  const seen = new Set<string>();
  let columns: Columns | undefined;
  let headerLength = 0;
  let row = 0;
  let truncated = false;

  const date = (
    fields: readonly string[],
    cols: Columns,
    header: string,
    at: number,
  ): string | null => {
    const value = text(fields, cols, header);
    if (value === null) return null;
    const day = parseDfeDate(value);
    if (day !== undefined) return isoFromDay(day);
    log.add({
      rule: 'ch.basic.date',
      severity: 'warning',
      row: at,
      column: header,
      value,
      message: `"${value}" is not a dd/mm/yyyy date, so it was not read.`,
    });
    return null;
  };

  const readRow = (fields: readonly string[], at: number, cols: Columns): void => {
    if (fields.length === 1 && fields[0] === '') return; // a blank line
    if (fields.length !== headerLength) {
      log.add({
        rule: 'ch.basic.fields',
        severity: 'warning',
        row: at,
        message: `This row has ${fields.length} fields where the header has ${headerLength}; its values may sit under the wrong headers.`,
      });
    }
    const raw = text(fields, cols, NUMBER);
    const number = raw === null ? undefined : normaliseCompanyNumber(raw);
    if (number === undefined) {
      log.add({
        rule: 'ch.basic.number',
        severity: 'error',
        row: at,
        column: NUMBER,
        value: raw ?? '',
        message: `"${raw ?? ''}" is not a company number (8 characters, e.g. 01234567 or SC123456), so this row was skipped.`,
      });
      return;
    }
    const name = text(fields, cols, NAME);
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
    const company: Company = {
      row: at,
      number,
      name,
      category: text(fields, cols, 'CompanyCategory'),
      status: text(fields, cols, 'CompanyStatus'),
      countryOfOrigin: text(fields, cols, 'CountryOfOrigin'),
      postcode: text(fields, cols, 'RegAddress.PostCode'),
      incorporated: date(fields, cols, 'IncorporationDate', at),
      dissolved: date(fields, cols, 'DissolutionDate', at),
      sicCodes: [1, 2, 3, 4].flatMap((n) => text(fields, cols, `SICCode.SicText_${n}`) ?? []),
      previousNames: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((n) => {
        const previous = text(fields, cols, `PreviousName_${n}.CompanyName`);
        return previous === null
          ? []
          : [{ name: previous, date: date(fields, cols, `PreviousName_${n}.CONDATE`, at) }];
      }),
    };
    if (options.keep === undefined || options.keep(company)) companies.push(company);
  };

  forEachChunk(content, true, (chunk) => {
    if (truncated) return;
    const csv = tokenizeCsv(chunk);
    for (const fields of csv.records) {
      row += 1;
      if (columns === undefined) {
        if (!isBasicCompanyDataHeader(fields)) refuse(file);
        columns = new Map(fields.map((field, index) => [field.trim(), index]));
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
      readRow(fields, row, columns);
    }
  });
  if (columns === undefined) refuse(file);
  return {
    kind: 'ch-basic-company-data',
    file,
    date: dateFromFileName(file),
    companies,
    problems: log.finish(),
  };
}

function refuse(file: string): never {
  throw new FileRefusedError(
    file,
    'ch.basic.header',
    `${file} is not Companies House basic company data: its first row should be the header with CompanyName and CompanyNumber.`,
  );
}
