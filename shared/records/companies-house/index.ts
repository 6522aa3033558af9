/**
 * Companies House bulk-data readers for the conflict-of-interest check
 * (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html). Input is a file's name and bytes (a zip
 * holding the one file is opened); output is plain data plus
 * {@link RecordProblem}s with file and row/line, and a file that is neither
 * kind is refused with {@link FileRefusedError}. Pure: usable in a Web Worker
 * and in Node.
 *
 * - {@link detectCompaniesHouse}`(name, bytes)` → `'ch-basic-company-data' | 'ch-psc-snapshot'`.
 * - {@link readBasicCompanyData}`(name, bytes)` → `{ kind, file, date, companies, problems }`.
 * - {@link readPscSnapshot}`(name, bytes)` → `{ kind, file, date, pscs, summary, problems }`.
 * - {@link readCompaniesHouse} does either, by content.
 * - {@link pscParent} says which parent (if any) a PSC record makes.
 */
export type { RecordProblem } from '../problem';
export { FileRefusedError } from '../problem';
export type { BasicCompanyDataOptions } from './basic-company-data';
export { isBasicCompanyDataHeader, readBasicCompanyData } from './basic-company-data';
export type { CompaniesHouseOptions } from './detect';
export { detectCompaniesHouse, readCompaniesHouse } from './detect';
export type { PscParent } from './psc-control';
export {
  controllingNatures,
  isUkRegistered,
  natureLabel,
  pscParent,
  registrationCompanyNumber,
} from './psc-control';
export type { PscSnapshotOptions } from './psc-snapshot';
export { isPscLine, readPscSnapshot } from './psc-snapshot';
export type {
  BasicCompanyDataResult,
  CompaniesHouseKind,
  CompaniesHouseResult,
  Company,
  Psc,
  PscIdentification,
  PscKind,
  PscSnapshotResult,
  PscSummary,
} from './types';
export { PSC_KINDS } from './types';
export { BASIC_COMPANY_DATA_HEADER } from './columns';
