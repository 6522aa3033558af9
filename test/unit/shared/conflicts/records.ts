/**
 * Records built as the readers output them, for tests that need many small
 * variations: provider-list settings (`readOfstedProviders`), companies
 * (`readBasicCompanyData`), PSCs (`readPscSnapshot`) and placements
 * (`placementsFrom903` over 903 episode rows).
 */
import type { Placement, SettingRecord } from '../../../../shared/conflicts';
import type { Company, Psc } from '../../../../shared/records/companies-house';

/** A provider-list setting with an owner. */
export function setting(
  urn: string,
  ownerName: string | null,
  extra: Partial<SettingRecord> = {},
): SettingRecord {
  return {
    sheet: 'Providers',
    row: 2,
    urn,
    name: `Setting ${urn}`,
    providerType: "Children's home",
    sector: 'Private',
    ownerId: null,
    ownerName,
    topCompany: null,
    placementCodes: ['K2'],
    status: 'active',
    closedDate: null,
    postcode: null,
    ...extra,
  };
}

/** A basic-company-data company. */
export function company(number: string, name: string, row = 2): Company {
  return {
    row,
    number,
    name,
    category: 'Private Limited Company',
    status: 'Active',
    countryOfOrigin: 'United Kingdom',
    postcode: null,
    incorporated: null,
    dissolved: null,
    sicCodes: [],
    previousNames: [],
  };
}

/** A corporate PSC: `parent` (a UK company) holds 75–100% of `child`. */
export function control(
  child: string,
  parent: string,
  line = 1,
  ceasedOn: string | null = null,
): Psc {
  return {
    line,
    company: child,
    kind: 'corporate-entity-person-with-significant-control',
    name: `Parent ${parent}`,
    natures: ['ownership-of-shares-75-to-100-percent'],
    notifiedOn: '2016-04-06',
    ceasedOn,
    identification: {
      registrationNumber: parent,
      countryRegistered: 'England',
      placeRegistered: 'Companies House',
      legalForm: 'Private Company Limited By Shares',
      legalAuthority: 'Companies Act 2006',
    },
    statement: null,
  };
}

/** A placement from a 903 episode: a child at a URN from `start` (ISO), open unless `end`. */
export function placement(
  child: string,
  urn: string,
  start = '2023-05-01',
  end: string | null = null,
  row = 2,
): Placement {
  return {
    child,
    start,
    end,
    place: 'K2',
    provider: 'PR4',
    urn,
    postcode: null,
    sources: [{ file: 'episodes.csv', row, kind: 'ssda903' }],
  };
}

export const YEAR = { start: '2023-04-01', end: '2024-03-31' };
