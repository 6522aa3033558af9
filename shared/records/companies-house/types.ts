/**
 * The shapes the Companies House bulk-data readers return (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html
 * §6): companies from the free "BasicCompanyData" CSV and persons with
 * significant control (PSCs) from the daily PSC snapshot (JSON lines). Every
 * value is plain JSON-ready data; company numbers are 8-character text
 * (`01234567`, `SC123456`), dates `YYYY-MM-DD`.
 */
import type { RecordProblem } from '../problem';

/** The two bulk files, as recognised by content. */
export type CompaniesHouseKind = 'ch-basic-company-data' | 'ch-psc-snapshot';

/** One company of the basic company data. */
export type Company = {
  /** 1-based row in the CSV, the header being row 1. */
  readonly row: number;
  /** 8-character company number. */
  readonly number: string;
  /** The registered name as Companies House writes it (upper case). */
  readonly name: string;
  /** e.g. `Private Limited Company`, `Community Interest Company`. */
  readonly category: string | null;
  /** e.g. `Active`, `Liquidation`, `Dissolved`. */
  readonly status: string | null;
  readonly countryOfOrigin: string | null;
  readonly postcode: string | null;
  readonly incorporated: string | null;
  readonly dissolved: string | null;
  /** SIC code texts, e.g. `87900 - Other residential care activities`. */
  readonly sicCodes: readonly string[];
  /** Earlier names, newest first as the file lists them; `date` is the change date. */
  readonly previousNames: readonly { readonly name: string; readonly date: string | null }[];
};

/** The identification block of a corporate or legal-person PSC, as filed. */
export type PscIdentification = {
  readonly registrationNumber: string | null;
  readonly countryRegistered: string | null;
  readonly placeRegistered: string | null;
  readonly legalForm: string | null;
  readonly legalAuthority: string | null;
};

/** PSC `kind`s this reader knows (companieshouse/psc-data-api `PscRoles.java`). */
export const PSC_KINDS = [
  'individual-person-with-significant-control',
  'corporate-entity-person-with-significant-control',
  'legal-person-person-with-significant-control',
  'super-secure-person-with-significant-control',
  'individual-beneficial-owner',
  'corporate-entity-beneficial-owner',
  'legal-person-beneficial-owner',
  'super-secure-beneficial-owner',
  'persons-with-significant-control-statement',
  'exemptions',
] as const;

/** A known PSC kind. */
export type PscKind = (typeof PSC_KINDS)[number];

/** One line of the PSC snapshot: one person, statement or exemption for one company. */
export type Psc = {
  /** 1-based line in the snapshot file. */
  readonly line: number;
  /** The controlled company's 8-character number. */
  readonly company: string;
  readonly kind: PscKind;
  /** The person's or entity's name (null for statements and exemptions). */
  readonly name: string | null;
  /** e.g. `ownership-of-shares-75-to-100-percent` (psc_descriptions.yml). */
  readonly natures: readonly string[];
  readonly notifiedOn: string | null;
  /** Present once control has ended: the link no longer counts. */
  readonly ceasedOn: string | null;
  /** Corporate and legal-person PSCs only. */
  readonly identification: PscIdentification | null;
  /** A statement line's statement, e.g. `no-individual-or-entity-with-signficant-control`. */
  readonly statement: string | null;
};

/** The counts a snapshot part's summary line gives. */
export type PscSummary = {
  readonly line: number;
  readonly persons: number | null;
  readonly statements: number | null;
  readonly exemptions: number | null;
  readonly generatedAt: string | null;
};

/** A basic company data file as read. */
export type BasicCompanyDataResult = {
  readonly kind: 'ch-basic-company-data';
  readonly file: string;
  /** The data date the file name carries (`BasicCompanyData-2024-05-01-part1_7.csv`), if any. */
  readonly date: string | null;
  readonly companies: readonly Company[];
  readonly problems: readonly RecordProblem[];
};

/** A PSC snapshot (part) as read. */
export type PscSnapshotResult = {
  readonly kind: 'ch-psc-snapshot';
  readonly file: string;
  /** The snapshot date the file name carries, if any. */
  readonly date: string | null;
  readonly pscs: readonly Psc[];
  readonly summary: PscSummary | null;
  readonly problems: readonly RecordProblem[];
};

/** Either file, as read. */
export type CompaniesHouseResult = BasicCompanyDataResult | PscSnapshotResult;
