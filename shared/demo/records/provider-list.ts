/**
 * The demo's Ofsted provider list in the 2025 layout (the layout of
 * `scp_ch_2025_fake.xlsx`, Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england): a `Providers` sheet of 51
 * columns for children's homes and fostering agencies and an `SA Providers`
 * sheet of 31 for supported accommodation, with every setting the demo's
 * episodes use (settings.ts). Dates are date cells, places numbers, codes
 * comma-separated, blanks empty; LA fostering services carry Ofsted's "Not
 * provided…" note in the grade columns. Phone numbers are in Ofcom's range
 * for drama (01632 960xxx) and e-mail addresses use the reserved `.example`
 * domain.
 */
import { AREAS } from './places';
import {
  MARKET,
  SUPPORTED,
  type MarketSetting,
  type Owner,
  type SupportedAccommodation,
} from './settings';
import type { Cell, Sheet } from './xlsx-writer';

// prettier-ignore
const PROVIDERS_HEADERS = [
  'Local authority', 'URN', 'Provider type', 'Provider subtype', 'Sector', 'Provider name',
  'Registration date', 'Registration status', 'Deregistration date', 'Placement code',
  'Provider address line 1', 'Provider address line 2', 'Provider town', 'Provider county',
  'Provider postcode', 'Provider telephone number', 'Provider email address', 'Owner type',
  'Owner ID', 'Owner name', 'Owner address line 1', 'Owner address line 2', 'Owner town',
  'Owner county', 'Owner postcode', 'top_company', 'Region', 'Placement provider code',
  'Date of last full inspection', 'Overall effectiveness', 'CYP safety',
  'Leadership and management', 'CYP outcomes', 'Interim inspection start date',
  'Interim inspection overall effectiveness', 'Assurance visit start date',
  'Link to Ofsted report', 'Number of registered places',
  'Emotional and behavioural difficulties', 'Mental disorders', 'Sensory impairment',
  'Present alcohol problems', 'Present drug problems', 'Learning difficulty',
  'Physical disabilities', 'Multi building CH', 'Conditions', 'Linked school URN',
  'Linked school name', 'Linked school type', 'Linked school latest inspection date',
] as const;

// prettier-ignore
const SA_HEADERS = [
  'Provider local authority', 'Setting Local Authority', 'URN', 'Provider type', 'Sector',
  'Provider name', 'Registration date', 'Registration status', 'Closed date', 'Placement code',
  'Setting status', 'Setting status date', 'Setting category', 'Capacity',
  'Setting address line 1', 'Setting address line 2', 'Setting address line 3',
  'Setting address town', 'Setting address county', 'Setting address postcode',
  'Provider telephone number', 'Provider email address', 'Owner type', 'Owner ID', 'Owner name',
  'Owner address line 1', 'Owner address line 2', 'Owner town', 'Owner county', 'Owner postcode',
  'Conditions',
] as const;

const REGION = 'North East, Yorkshire and the Humber';
const COUNTY = 'Northmoorshire';
const STREETS = [
  'Moor Lane',
  'Station Road',
  'Church Street',
  'Heath Road',
  'Mill Lane',
  'Park View',
  'High Street',
];
const NOT_PROVIDED = 'Not provided as service is inspected as part of the ILACS inspection';

const date = (iso: string | undefined): Cell => (iso === undefined ? null : { date: iso });

function townOf(postcode: string): string {
  const area = Object.values(AREAS).find((candidate) =>
    postcode.startsWith(candidate.postcodeArea),
  );
  return area?.la ?? '';
}

function address(seed: number, postcode: string): [string, string, string] {
  return [`${(seed % 90) + 1} ${STREETS[seed % STREETS.length] ?? ''}`, '', townOf(postcode)];
}

function ownerCells(owner: Owner, seed: number): Record<string, Cell> {
  const [line1, line2, town] = address(seed + 3, owner.postcode);
  return {
    'Owner type': owner.type,
    'Owner ID': owner.id,
    'Owner name': owner.name,
    'Owner address line 1': line1,
    'Owner address line 2': line2,
    'Owner town': town,
    'Owner county': COUNTY,
    'Owner postcode': owner.postcode,
  };
}

function email(name: string): string {
  return `enquiries@${name.toLowerCase().replace(/[^a-z]/g, '')}.example`;
}

const TYPES: Readonly<Record<MarketSetting['use'], readonly [string, string]>> = {
  foster: ['Independent Fostering Agency', ''],
  K2: ["Children's Home", "Children's home"],
  K1: ["Children's Home", 'Secure unit'],
  H5: ['Supported Accommodation', ''],
};

function providerRow(setting: MarketSetting, index: number): Record<string, Cell> {
  const laFostering = setting.use === 'foster' && setting.sector === 'Local Authority';
  const [type, subtype] = laFostering
    ? ['Local Authority Fostering Agency', '']
    : TYPES[setting.use];
  const [line1, line2, town] = address(index * 13, setting.postcode);
  const home = setting.use === 'K2' || setting.use === 'K1';
  const grade = laFostering ? NOT_PROVIDED : setting.grade;
  return {
    'Local authority': AREAS[setting.area].la,
    URN: setting.urn,
    'Provider type': type,
    'Provider subtype': subtype,
    Sector: setting.sector,
    'Provider name': setting.name,
    'Registration date': date(setting.registered),
    'Registration status': setting.closed === undefined ? 'Active' : 'Closed',
    'Deregistration date': date(setting.closed),
    'Placement code': setting.use === 'foster' ? 'U1,U2,U3,U4,U5,U6' : setting.use,
    'Provider address line 1': line1,
    'Provider address line 2': line2,
    'Provider town': town,
    'Provider county': COUNTY,
    'Provider postcode': setting.postcode,
    'Provider telephone number': `01632 960${String(100 + index * 17).slice(-3)}`,
    'Provider email address': email(setting.name),
    ...ownerCells(setting.owner, index),
    top_company: setting.owner.topCompany === '' ? null : setting.owner.topCompany,
    Region: REGION,
    'Placement provider code': setting.provider,
    'Date of last full inspection': laFostering ? NOT_PROVIDED : date(setting.lastInspection),
    'Overall effectiveness': grade,
    'CYP safety': home ? grade : null,
    'Leadership and management': laFostering ? NOT_PROVIDED : setting.grade,
    'CYP outcomes': home ? grade : null,
    'Link to Ofsted report': `https://reports.ofsted.gov.uk/provider/${setting.urn}`,
    'Number of registered places': setting.places,
    'Emotional and behavioural difficulties': home ? 'Yes' : null,
    'Mental disorders': home ? (index % 3 === 0 ? 'Yes' : 'No') : null,
    'Sensory impairment': home ? 'No' : null,
    'Present alcohol problems': home ? 'No' : null,
    'Present drug problems': home ? 'No' : null,
    'Learning difficulty': home ? (index % 2 === 0 ? 'Yes' : 'No') : null,
    'Physical disabilities': home ? 'No' : null,
    'Multi building CH': home ? 'No' : null,
  };
}

function supportedRow(setting: SupportedAccommodation, index: number): Record<string, Cell> {
  const [line1, line2, town] = address(index * 29 + 5, setting.postcode);
  return {
    'Provider local authority': AREAS[setting.area].la,
    'Setting Local Authority': AREAS[setting.area].la,
    URN: setting.urn,
    'Provider type': 'Supported Accommodation',
    Sector: setting.sector,
    'Provider name': setting.name,
    'Registration date': date(`2024-0${(index % 3) + 2}-1${index}`),
    'Registration status': 'Active',
    // Ofsted-registered supported accommodation is 903 PLACE K3 from 2024/25 (year-codes.ts).
    'Placement code': 'K3',
    'Setting status': 'Active',
    'Setting status date': date(`2024-0${(index % 3) + 2}-1${index}`),
    'Setting category': index % 2 === 0 ? 'Shared accommodation' : 'Single occupancy',
    Capacity: setting.capacity,
    'Setting address line 1': line1,
    'Setting address line 2': line2,
    'Setting address town': town,
    'Setting address county': COUNTY,
    'Setting address postcode': setting.postcode,
    'Provider telephone number': `01632 960${String(700 + index * 31).slice(-3)}`,
    'Provider email address': email(setting.name),
    ...ownerCells(setting.owner, index + 50),
  };
}

function rows(headers: readonly string[], records: readonly Record<string, Cell>[]): Cell[][] {
  return [
    [...headers],
    ...records.map((record) => headers.map((header) => record[header] ?? null)),
  ];
}

/** The provider list's two sheets. */
export function buildProviderList(): {
  readonly sheets: readonly Sheet[];
  readonly rows: { readonly providers: number; readonly supported: number };
} {
  return {
    sheets: [
      { name: 'Providers', rows: rows(PROVIDERS_HEADERS, MARKET.map(providerRow)) },
      { name: 'SA Providers', rows: rows(SA_HEADERS, SUPPORTED.map(supportedRow)) },
    ],
    rows: { providers: MARKET.length, supported: SUPPORTED.length },
  };
}
