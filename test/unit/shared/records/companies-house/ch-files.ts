/**
 * Small Companies House bulk files in exactly the published shapes
 * (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html), since none is shipped: the BasicCompanyData CSV with
 * its unquoted header (leading spaces on some names) and quoted values, and
 * PSC snapshot JSON lines as the PSC API returns records, with the summary
 * line a snapshot part ends with.
 */
import { BASIC_COMPANY_DATA_HEADER } from '../../../../../shared/records/companies-house/columns';

/** The header as the file writes it (untrimmed), 55 columns. */
export const BASIC_HEADER: readonly string[] = BASIC_COMPANY_DATA_HEADER;

/** One company row: the fields the tests care about; the rest are filled plausibly. */
export type CompanyRow = {
  readonly name: string;
  readonly number: string;
  readonly category?: string;
  readonly status?: string;
  readonly postcode?: string;
  readonly incorporated?: string;
  readonly dissolved?: string;
  readonly sic?: readonly string[];
  /** `[change date dd/mm/yyyy, former name]`, newest first. */
  readonly previous?: readonly (readonly [string, string])[];
};

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** The CSV fields of one company, in header order. */
export function companyFields(row: CompanyRow): string[] {
  const values: Record<string, string> = {
    CompanyName: row.name,
    CompanyNumber: row.number,
    'RegAddress.AddressLine1': '1 HIGH STREET',
    'RegAddress.PostTown': 'LEEDS',
    'RegAddress.Country': 'ENGLAND',
    'RegAddress.PostCode': row.postcode ?? 'LS1 1AA',
    CompanyCategory: row.category ?? 'Private Limited Company',
    CompanyStatus: row.status ?? 'Active',
    CountryOfOrigin: 'United Kingdom',
    DissolutionDate: row.dissolved ?? '',
    IncorporationDate: row.incorporated ?? '01/04/2015',
    'Accounts.AccountRefDay': '31',
    'Accounts.AccountRefMonth': '3',
    'Accounts.AccountCategory': 'FULL',
    'Mortgages.NumMortCharges': '0',
    URI: `http://business.data.gov.uk/id/company/${row.number}`,
  };
  (row.sic ?? ['87900 - Other residential care activities n.e.c.']).forEach((sic, index) => {
    values[`SICCode.SicText_${index + 1}`] = sic;
  });
  (row.previous ?? []).forEach(([date, name], index) => {
    values[`PreviousName_${index + 1}.CONDATE`] = date;
    values[`PreviousName_${index + 1}.CompanyName`] = name;
  });
  return BASIC_HEADER.map((header) => values[header.trim()] ?? '');
}

/** A BasicCompanyData CSV: the header line as published, then one quoted row per company (CRLF). */
export function basicCompanyDataCsv(
  rows: readonly CompanyRow[],
  extraLines: readonly string[] = [],
): string {
  const lines = [
    BASIC_HEADER.join(','),
    ...rows.map((row) => companyFields(row).map(quote).join(',')),
    ...extraLines,
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const ADDRESS = {
  address_line_1: '1 High Street',
  locality: 'Leeds',
  postal_code: 'LS1 1AA',
  country: 'England',
};

/** A corporate PSC of `company`, as a snapshot line. */
export function corporatePscLine(
  company: string,
  parent: {
    readonly name: string;
    readonly number: string;
    readonly country?: string;
    readonly place?: string;
    readonly legalForm?: string;
  },
  natures: readonly string[] = [
    'ownership-of-shares-75-to-100-percent',
    'voting-rights-75-to-100-percent',
  ],
  dates: { readonly notifiedOn?: string; readonly ceasedOn?: string } = {},
): string {
  return JSON.stringify({
    company_number: company,
    data: {
      address: ADDRESS,
      etag: `etag-${company}-${parent.number}`,
      identification: {
        country_registered: parent.country ?? 'England',
        legal_authority: 'Companies Act 2006',
        legal_form: parent.legalForm ?? 'Private Company Limited By Shares',
        place_registered: parent.place ?? 'Companies House',
        registration_number: parent.number,
      },
      kind: 'corporate-entity-person-with-significant-control',
      links: {
        self: `/company/${company}/persons-with-significant-control/corporate-entity/x${parent.number}`,
      },
      name: parent.name,
      natures_of_control: natures,
      notified_on: dates.notifiedOn ?? '2016-04-06',
      ...(dates.ceasedOn === undefined ? {} : { ceased_on: dates.ceasedOn }),
    },
  });
}

/** An individual PSC line. */
export function individualPscLine(company: string, name: string): string {
  return JSON.stringify({
    company_number: company,
    data: {
      address: ADDRESS,
      country_of_residence: 'England',
      date_of_birth: { month: 5, year: 1970 },
      etag: `etag-${company}-i`,
      kind: 'individual-person-with-significant-control',
      links: { self: `/company/${company}/persons-with-significant-control/individual/abc` },
      name,
      name_elements: { forename: 'Jane', surname: 'Smith', title: 'Mrs' },
      nationality: 'British',
      natures_of_control: ['ownership-of-shares-25-to-50-percent'],
      notified_on: '2016-04-06',
    },
  });
}

/** A legal-person PSC line (e.g. a council owning a children's trust). */
export function legalPersonPscLine(company: string, name: string): string {
  return JSON.stringify({
    company_number: company,
    data: {
      address: ADDRESS,
      etag: `etag-${company}-l`,
      identification: {
        legal_authority: 'Local Government Act 1972',
        legal_form: 'Local Authority',
      },
      kind: 'legal-person-person-with-significant-control',
      links: { self: `/company/${company}/persons-with-significant-control/legal-person/abc` },
      name,
      natures_of_control: ['right-to-appoint-and-remove-directors'],
      notified_on: '2018-04-01',
    },
  });
}

/** A PSC statement line. */
export function statementLine(company: string): string {
  return JSON.stringify({
    company_number: company,
    data: {
      etag: `etag-${company}-s`,
      kind: 'persons-with-significant-control-statement',
      links: { self: `/company/${company}/persons-with-significant-control-statements/abc` },
      notified_on: '2016-06-30',
      statement: 'no-individual-or-entity-with-signficant-control',
    },
  });
}

/** The summary line a snapshot part ends with. */
export function summaryLine(persons: number, statements: number): string {
  return JSON.stringify({
    data: {
      kind: 'totals#persons-of-significant-control-snapshot',
      persons_of_significant_control_count: persons,
      statements_count: statements,
      exemptions_count: 0,
      generated_at: '2024-05-01T03:39:38Z',
    },
  });
}

/** A snapshot part: the lines, each ended by a newline. */
export function pscSnapshot(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
