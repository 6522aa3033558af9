/**
 * Recognises a Companies House bulk file by its content, not its name: a
 * first row with the `CompanyName` and `CompanyNumber` headers is basic
 * company data; a first line that is a JSON `{"company_number", "data":
 * {"kind"}}` record is a PSC snapshot (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html).
 */
import { strFromU8 } from 'fflate';
import { FileRefusedError } from '../problem';
import { tokenizeCsv } from '../ssda903/csv-tokenize';
import type { BasicCompanyDataOptions } from './basic-company-data';
import { isBasicCompanyDataHeader, readBasicCompanyDataContent } from './basic-company-data';
import { contentOf, contentPrefix } from './bytes';
import type { PscSnapshotOptions } from './psc-snapshot';
import { isPscLine, readPscSnapshotContent } from './psc-snapshot';
import type { CompaniesHouseKind, CompaniesHouseResult } from './types';

/** How much of the file to look at: more than any header row or first PSC line. */
const PEEK = 64 * 1024;

function firstLine(bytes: Uint8Array): string {
  const head = bytes.subarray(0, PEEK);
  const end = head.indexOf(10);
  return strFromU8(end === -1 ? head : head.subarray(0, end)).replace(/\r$/, '');
}

function parses(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Which Companies House file `bytes` hold (a zip with one file inside is
 * opened). Throws {@link FileRefusedError} when it is neither.
 */
export function detectCompaniesHouse(file: string, bytes: Uint8Array): CompaniesHouseKind {
  // Only the start is inflated: the reader inflates the whole file once, later.
  return kindOf(file, contentPrefix(file, bytes, PEEK));
}

function kindOf(file: string, content: Uint8Array): CompaniesHouseKind {
  const line = firstLine(content);
  if (line.trimStart().startsWith('{') && isPscLine(parses(line))) return 'ch-psc-snapshot';
  const header = tokenizeCsv(line).records[0] ?? [];
  if (isBasicCompanyDataHeader(header)) return 'ch-basic-company-data';
  throw new FileRefusedError(
    file,
    'ch.unrecognised',
    `${file} is neither Companies House basic company data (a CSV whose header has CompanyName and CompanyNumber) nor a PSC snapshot (JSON lines).`,
  );
}

/** Filters for {@link readCompaniesHouse}, to hold a national file in less memory. */
export type CompaniesHouseOptions = {
  readonly keepCompany?: BasicCompanyDataOptions['keep'];
  readonly keepPsc?: PscSnapshotOptions['keep'];
};

/** Recognises and reads a Companies House bulk file. */
export function readCompaniesHouse(
  file: string,
  bytes: Uint8Array,
  options: CompaniesHouseOptions = {},
): CompaniesHouseResult {
  const content = contentOf(file, bytes);
  if (kindOf(file, content) === 'ch-psc-snapshot') {
    const { keepPsc } = options;
    return readPscSnapshotContent(file, content, keepPsc === undefined ? {} : { keep: keepPsc });
  }
  const { keepCompany } = options;
  return readBasicCompanyDataContent(
    file,
    content,
    keepCompany === undefined ? {} : { keep: keepCompany },
  );
}
