import { strToU8 } from 'fflate';
import { BASIC_COMPANY_DATA_HEADER } from '../../records/companies-house/columns';
import type { InputFile } from '../../records/read-files';

/**
 * The demo's Companies House extracts, in the published bulk shapes
 * (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html): a slice of BasicCompanyData and of the PSC snapshot.
 * They plant the two kinds of conflict of interest the conflicts check finds:
 *
 * - same group: Harbour Lane Social Work Practice Ltd, a delegated provider,
 *   is owned by Kestrel Care Group Holdings Ltd, which also owns the Kestrel
 *   children's homes and fostering agency the council places children with;
 * - same entity: the trust's own homes, under two spellings of its name
 *   (found by name alone, see settings.ts);
 *
 * and one trap that must not be flagged: Northmoor Children's Services Ltd
 * (owner of the Brightwater homes) is an unrelated company whose name is
 * like the trust's. Oakridge's parent is overseas, which ends its chain, and
 * one control has ceased, so it no longer counts.
 */

type Company = {
  readonly name: string;
  readonly number: string;
  readonly category?: string;
  readonly sic?: string;
};

const COMPANIES: readonly Company[] = [
  {
    name: "NORTHMOOR CHILDREN'S TRUST CIC",
    number: '11223344',
    category: 'Community Interest Company',
    sic: '88990 - Other social work activities without accommodation n.e.c.',
  },
  {
    name: 'HARBOUR LANE SOCIAL WORK PRACTICE LIMITED',
    number: '09876543',
    sic: '88990 - Other social work activities without accommodation n.e.c.',
  },
  {
    name: 'KEYSTONE FAMILY SUPPORT LIMITED',
    number: '12345678',
    sic: '88990 - Other social work activities without accommodation n.e.c.',
  },
  {
    name: 'KESTREL CARE GROUP HOLDINGS LIMITED',
    number: '07012345',
    sic: '70100 - Activities of head offices',
  },
  {
    name: 'KESTREL CARE HOMES LIMITED',
    number: '07023456',
    sic: '87900 - Other residential care activities n.e.c.',
  },
  {
    name: 'KESTREL FOSTERING LIMITED',
    number: '07034567',
    sic: '88990 - Other social work activities without accommodation n.e.c.',
  },
  { name: 'OAKRIDGE TOPCO LIMITED', number: '10456789', sic: '70100 - Activities of head offices' },
  {
    name: "OAKRIDGE CHILDREN'S SERVICES LIMITED",
    number: '10467890',
    sic: '87900 - Other residential care activities n.e.c.',
  },
  {
    name: "NORTHMOOR CHILDREN'S SERVICES LIMITED",
    number: '13579246',
    sic: '87900 - Other residential care activities n.e.c.',
  },
  {
    name: 'PENNINE PATHWAYS LIMITED',
    number: '08642097',
    sic: '87900 - Other residential care activities n.e.c.',
  },
];

/** The header as the monthly file writes it, leading spaces and all. */
const HEADER = BASIC_COMPANY_DATA_HEADER;

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function companyRow(company: Company): string {
  const values: Record<string, string> = {
    CompanyName: company.name,
    CompanyNumber: company.number,
    'RegAddress.AddressLine1': '1 MARKET STREET',
    'RegAddress.PostTown': 'NORTHMOOR',
    'RegAddress.Country': 'ENGLAND',
    'RegAddress.PostCode': 'NM1 2AB',
    CompanyCategory: company.category ?? 'Private Limited Company',
    CompanyStatus: 'Active',
    CountryOfOrigin: 'United Kingdom',
    IncorporationDate: '01/04/2015',
    'Accounts.AccountRefDay': '31',
    'Accounts.AccountRefMonth': '3',
    'Accounts.AccountCategory': 'FULL',
    'Mortgages.NumMortCharges': '0',
    'SICCode.SicText_1': company.sic ?? '',
    URI: `http://business.data.gov.uk/id/company/${company.number}`,
  };
  return HEADER.map((header) => quote(values[header.trim()] ?? '')).join(',');
}

type Parent = {
  readonly name: string;
  readonly number: string;
  readonly country: string;
  readonly place: string;
};

const KESTREL_GROUP: Parent = {
  name: 'KESTREL CARE GROUP HOLDINGS LIMITED',
  number: '07012345',
  country: 'England',
  place: 'Companies House',
};

function corporatePsc(
  company: string,
  parent: Parent,
  natures: readonly string[],
  ceasedOn?: string,
): string {
  return JSON.stringify({
    company_number: company,
    data: {
      kind: 'corporate-entity-person-with-significant-control',
      name: parent.name,
      natures_of_control: natures,
      notified_on: '2019-04-06',
      ...(ceasedOn === undefined ? {} : { ceased_on: ceasedOn }),
      address: { address_line_1: '1 Market Street', locality: 'Northmoor', postal_code: 'NM1 2AB' },
      identification: {
        registration_number: parent.number,
        country_registered: parent.country,
        legal_form: 'Private Limited Company',
        legal_authority: 'Companies Act 2006',
        place_registered: parent.place,
      },
      links: {
        self: `/company/${company}/persons-with-significant-control/corporate-entity/demo-${company}`,
      },
      etag: `demo-${company}`,
    },
  });
}

function individualPsc(company: string, name: string): string {
  return JSON.stringify({
    company_number: company,
    data: {
      kind: 'individual-person-with-significant-control',
      name,
      natures_of_control: ['ownership-of-shares-75-to-100-percent'],
      notified_on: '2016-04-06',
      nationality: 'British',
      country_of_residence: 'England',
      date_of_birth: { month: 5, year: 1970 },
      links: {
        self: `/company/${company}/persons-with-significant-control/individual/demo-${company}`,
      },
      etag: `demo-${company}`,
    },
  });
}

const SHARES = ['ownership-of-shares-75-to-100-percent', 'voting-rights-75-to-100-percent'];

/** The two Companies House files, as the demo imports them for the whole inspection, and their rows. */
export function demoCompaniesHouseFiles(snapshotDate: string): {
  readonly files: InputFile[];
  readonly rows: Readonly<Record<string, Readonly<Record<string, number>>>>;
} {
  const csv = [HEADER.join(','), ...COMPANIES.map(companyRow)].join('\r\n') + '\r\n';
  const lines = [
    corporatePsc('09876543', KESTREL_GROUP, SHARES),
    corporatePsc('07023456', KESTREL_GROUP, SHARES),
    corporatePsc('07034567', KESTREL_GROUP, [...SHARES, 'right-to-appoint-and-remove-directors']),
    // Oakridge's parent is registered in Luxembourg: the chain ends there.
    corporatePsc(
      '10467890',
      {
        name: 'OAKRIDGE TOPCO LIMITED',
        number: '10456789',
        country: 'England',
        place: 'Companies House',
      },
      SHARES,
    ),
    corporatePsc(
      '10456789',
      {
        name: 'OAKRIDGE HOLDINGS S.A R.L.',
        number: 'B123456',
        country: 'Luxembourg',
        place: 'Registre de Commerce et des Sociétés',
      },
      SHARES,
    ),
    // Keystone once belonged to Pennine; that control has ceased and no longer counts.
    corporatePsc(
      '12345678',
      {
        name: 'PENNINE PATHWAYS LIMITED',
        number: '08642097',
        country: 'England',
        place: 'Companies House',
      },
      SHARES,
      '2023-01-31',
    ),
    individualPsc('12345678', 'Mr Daniel Okoro'),
    individualPsc('13579246', 'Mrs Ruth Ellison'),
    individualPsc('08642097', 'Ms Joanne Pike'),
    JSON.stringify({
      company_number: '11223344',
      data: {
        kind: 'persons-with-significant-control-statement',
        statement: 'no-individual-or-entity-with-signficant-control',
        notified_on: '2021-04-01',
      },
    }),
  ];
  // The summary line a snapshot part ends with.
  const summary = JSON.stringify({
    data: {
      kind: 'totals#persons-of-significant-control-snapshot',
      persons_of_significant_control_count: lines.length - 1,
      statements_count: 1,
      exemptions_count: 0,
      generated_at: `${snapshotDate}T03:40:00Z`,
    },
  });
  const basic = `BasicCompanyData-${snapshotDate}-part1_1.csv`;
  const psc = `persons-with-significant-control-snapshot-${snapshotDate}_1.txt`;
  return {
    files: [
      { name: basic, bytes: strToU8(csv) },
      { name: psc, bytes: strToU8(`${[...lines, summary].join('\n')}\n`) },
    ],
    rows: { [basic]: { companies: COMPANIES.length }, [psc]: { pscs: lines.length } },
  };
}
