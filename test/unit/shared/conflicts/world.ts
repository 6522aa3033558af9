/**
 * A small world for the conflict-of-interest tests, in the real formats and
 * read through the real readers: an Ofsted provider list in the 2025 layout
 * (xlsx with `top_company`), Companies House basic company data and a PSC
 * snapshot part (see ../records/companies-house/ch-files.ts), a 903 episodes
 * CSV and an Annex A List 8 sheet.
 *
 * The delegated provider is Brightwater Care Community Interest Company
 * (09000001), owned by Brightwater Group Limited (09000000), which also owns
 * Brightwater Homes Limited (09000002) and Orchard Care (Holdings) Limited
 * (06000002). Kestrel Homes Limited (08000001) left the group in 2021 and is
 * owned from Luxembourg; Cycle A and Cycle B own each other.
 */
import type { Cell, SheetData } from 'write-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { DOC_HEADERS } from '../../../support/annex-a/annex-a-headers';
import { readPscSnapshot, readBasicCompanyData } from '../../../../shared/records/companies-house';
import type {
  BasicCompanyDataResult,
  PscSnapshotResult,
} from '../../../../shared/records/companies-house';
import { read903Csv } from '../../../../shared/records/ssda903';
import type { OfstedProvidersResult } from '../../../../shared/records/xlsx';
import { readAnnexA, readOfstedProviders } from '../../../../shared/records/xlsx';
import type { DelegatedProvider, Placement } from '../../../../shared/conflicts';
import { placementsFrom903, placementsFromList8 } from '../../../../shared/conflicts';
import {
  basicCompanyDataCsv,
  corporatePscLine,
  individualPscLine,
  pscSnapshot,
  statementLine,
  summaryLine,
  utf8,
} from '../records/companies-house/ch-files';

/** The 2025 combined list's `Providers` header (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england). */
export const PROVIDERS_2025 = [
  'Local authority',
  'URN',
  'Provider type',
  'Provider subtype',
  'Sector',
  'Provider name',
  'Registration date',
  'Registration status',
  'Deregistration date',
  'Placement code',
  'Provider address line 1',
  'Provider address line 2',
  'Provider town',
  'Provider county',
  'Provider postcode',
  'Provider telephone number',
  'Provider email address',
  'Owner type',
  'Owner ID',
  'Owner name',
  'Owner address line 1',
  'Owner address line 2',
  'Owner town',
  'Owner county',
  'Owner postcode',
  'top_company',
  'Region',
  'Placement provider code',
  'Date of last full inspection',
  'Overall effectiveness',
  'CYP safety',
  'Leadership and management',
  'CYP outcomes',
  'Interim inspection start date',
  'Interim inspection overall effectiveness',
  'Assurance visit start date',
  'Link to Ofsted report',
  'Number of registered places',
  'Emotional and behavioural difficulties',
  'Mental disorders',
  'Sensory impairment',
  'Present alcohol problems',
  'Present drug problems',
  'Learning difficulty',
  'Physical disabilities',
  'Multi building CH',
  'Conditions',
  'Linked school URN',
  'Linked school name',
  'Linked school type',
  'Linked school latest inspection date',
];

/** One register row: URN, setting name, type, owner id, owner name, top company, postcode, codes. */
export type RegisterRow = readonly [string, string, string, string, string, string, string, string];

export const REGISTER: readonly RegisterRow[] = [
  [
    'SC100001',
    'Brightwater House',
    "Children's home",
    '111',
    'Brightwater Care CIC',
    '',
    'LS1 1AA',
    'K2',
  ],
  [
    'SC100002',
    'Harbour View',
    "Children's home",
    '222',
    'Brightwater Homes Ltd',
    '',
    'LS2 2AA',
    'K2',
  ],
  [
    'SC100003',
    'Kestrel Lodge',
    "Children's home",
    '333',
    'Kestrel Homes Limited',
    '',
    'LS3 3AA',
    'K2',
  ],
  ['SC100004', 'Cycle House', "Children's home", '444', 'Cycle A Ltd', '', 'LS4 4AA', 'K2'],
  [
    '1000005',
    'Brightwater Fostering',
    'Independent fostering agency',
    '555',
    'Brightwater Fostering Services',
    'Brightwater Group Limited',
    'LS5 5AA',
    'U1,U2,U3,U4,U5,U6',
  ],
  ['SC100006', 'Orchard Rise', "Children's home", '666', 'Orchard Care', '', 'LS6 6AA', 'K2'],
  ['SC100007', 'Hillside', "Children's home", '777', 'Bright Water Care', '', 'LS7 7AA', 'K2'],
  [
    'SC100008',
    'Moor Cottage',
    "Children's home",
    '2222',
    'Brightwater Homes Limited',
    '',
    'LS9 9ZZ',
    'K2',
  ],
  [
    'SC200001',
    'Sunrise Lodge',
    "Children's home",
    '901',
    'Sunrise Parents Trust',
    '',
    'S1 1AA',
    'K2',
  ],
];

/** The register as an xlsx in the 2025 layout. */
export async function registerXlsx(rows: readonly RegisterRow[] = REGISTER): Promise<Uint8Array> {
  const at = (header: string): number => PROVIDERS_2025.indexOf(header);
  const data: SheetData = [
    PROVIDERS_2025.map((value) => ({ value })),
    ...rows.map(([urn, name, type, ownerId, owner, top, postcode, codes]) => {
      const row: Cell[] = PROVIDERS_2025.map(() => null);
      const put = (header: string, value: string): void => {
        row[at(header)] = value === '' ? null : { value };
      };
      put('Local authority', 'Leeds');
      put('URN', urn);
      put('Provider type', type);
      put('Sector', 'Private');
      put('Provider name', name);
      put('Registration status', 'Active');
      put('Placement code', codes);
      put('Provider postcode', postcode);
      put('Owner type', 'Organisation');
      put('Owner ID', ownerId);
      put('Owner name', owner);
      put('top_company', top);
      put('Placement provider code', 'PR4');
      return row;
    }),
  ];
  return new Uint8Array(await writeExcelFile(data, { sheet: 'Providers' }).toBuffer());
}

export const COMPANIES_FILE = 'BasicCompanyData-2024-05-01-part1_7.csv';
export const PSC_FILE = 'persons-with-significant-control-snapshot-2024-05-01_1of28.txt';

export const COMPANIES_CSV = basicCompanyDataCsv([
  { name: 'BRIGHTWATER GROUP LIMITED', number: '09000000' },
  {
    name: 'BRIGHTWATER CARE COMMUNITY INTEREST COMPANY',
    number: '09000001',
    category: 'Community Interest Company',
  },
  { name: 'BRIGHTWATER HOMES LIMITED', number: '09000002' },
  { name: 'KESTREL HOMES LIMITED', number: '08000001' },
  { name: 'CYCLE A LIMITED', number: '07000001' },
  { name: 'CYCLE B LIMITED', number: '07000002' },
  { name: 'ORCHARD CARE LIMITED', number: '06000001' },
  { name: 'ORCHARD CARE (HOLDINGS) LIMITED', number: '06000002' },
]);

const group = { name: 'Brightwater Group Limited', number: '09000000' };

export const PSC_TXT = pscSnapshot([
  corporatePscLine('09000001', group),
  corporatePscLine('09000002', group, ['ownership-of-shares-50-to-75-percent']),
  corporatePscLine('06000002', group, ['right-to-appoint-and-remove-directors']),
  corporatePscLine('08000001', group, ['ownership-of-shares-75-to-100-percent'], {
    ceasedOn: '2021-03-31',
  }),
  corporatePscLine('08000001', {
    name: 'Kestrel Holdings Sarl',
    number: 'B123456',
    country: 'Luxembourg',
  }),
  corporatePscLine('07000001', { name: 'Cycle B Limited', number: '07000002' }),
  corporatePscLine('07000002', { name: 'Cycle A Limited', number: '7000001' }),
  individualPscLine('09000000', 'Mr John Brightwater'),
  '{"company_number":"09000003","data":{',
  JSON.stringify({ company_number: '09000004', data: { kind: 'some-new-kind' } }),
  statementLine('06000001'),
  summaryLine(7, 1),
]);

export const EPISODES_FILE = 'episodes.csv';

/** 903 episodes: CHILD, DECOM, PLACE, DEC, PL_POST, URN (other columns plausible). */
const EPISODES: readonly (readonly [string, string, string, string, string, string])[] = [
  ['1001', '01/05/2023', 'K2', '01/08/2023', 'LS1 1AA', 'SC100001'],
  ['1002', '01/01/2023', 'K2', '', 'LS1 1AA', 'SC100001'],
  ['1003', '01/06/2023', 'K2', '01/07/2023', 'LS2 2AA', 'SC100002'],
  ['1004', '01/04/2023', 'K2', '', 'LS3 3AA', 'SC100003'],
  ['1005', '01/04/2023', 'K2', '', 'LS4 4AA', 'SC100004'],
  ['1006', '10/10/2023', 'U1', '', 'LS5 5AA', '1000005'],
  ['1007', '01/04/2023', 'K2', '', 'LS6 6AA', 'SC100006'],
  ['1008', '01/04/2023', 'K2', '', 'LS7 7AA', 'SC100007'],
  ['1009', '01/04/2023', 'K2', '', 'LS9 9ZZ', ''],
  ['1010', '01/04/2023', 'K1', '', '', 'XXXXXXX'],
  ['1011', '01/04/2023', 'K2', '', 'LS8 8AA', '1234567'],
  ['1012', '01/06/2022', 'K2', '01/01/2023', 'LS1 1AA', 'SC100001'],
  ['1013', '01/04/2023', 'K2', '', 'S1 1AA', 'SC200001'],
];

export const EPISODES_CSV = [
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  ...EPISODES.map(
    ([child, decom, place, dec, post, urn]) =>
      `${child},${decom},S,C2,N1,${place},PR4,${dec},${dec === '' ? '' : 'E11'},${dec === '' ? '' : 'CARPL'},LS10 1AA,${post},${urn}`,
  ),
].join('\n');

export const ANNEX_A_FILE = 'annex-a.xlsx';

const day = (iso: string): Cell => ({ value: new Date(`${iso}T00:00:00Z`), format: 'dd/mm/yyyy' });

/** Annex A with a List 8: child 1002 (also in the 903) and child 2001 (only here). */
export async function annexAXlsx(): Promise<Uint8Array> {
  const headers = DOC_HEADERS['List 8'] ?? [];
  const row = (values: Readonly<Record<string, Cell>>): Cell[] =>
    headers.map((header) => values[header] ?? null);
  const data: SheetData = [
    headers.map((value) => ({ value })),
    row({
      'Child Unique ID': { value: '1002' },
      'Start Date of Most Recent Placement': day('2023-01-01'),
      'Placement Type': { value: 'K2' },
      'Placement Provider': { value: 'PR4' },
      'Placement postcode': { value: 'LS1 1AA' },
      'URN of Placement': { value: 'SC100001' },
    }),
    row({
      'Child Unique ID': { value: '2001' },
      'Start Date of Most Recent Placement': day('2024-02-01'),
      'Placement Type': { value: 'K2' },
      'Placement Provider': { value: 'PR4' },
      'Placement postcode': { value: 'LS2 2AA' },
      'URN of Placement': { value: 'SC100002' },
    }),
  ];
  return new Uint8Array(await writeExcelFile(data, { sheet: 'List 8' }).toBuffer());
}

export const PROVIDERS: readonly DelegatedProvider[] = [
  {
    id: 'brightwater',
    name: 'Brightwater Care Community Interest Company',
    companyNumber: '09000001',
  },
  { id: 'sunrise', name: "Sunrise Parent's Trust" },
];

export const YEAR = { start: '2023-04-01', end: '2024-03-31' };

/** Every file of the world, read through the readers. */
export type World = {
  readonly register: OfstedProvidersResult;
  readonly companies: BasicCompanyDataResult;
  readonly pscs: PscSnapshotResult;
  readonly placements: readonly Placement[];
};

/** Reads the world's files. */
export async function readWorld(): Promise<World> {
  const episodes = read903Csv(EPISODES_FILE, utf8(EPISODES_CSV));
  const annex = readAnnexA(ANNEX_A_FILE, await annexAXlsx());
  return {
    register: readOfstedProviders('providers-2025.xlsx', await registerXlsx()),
    companies: readBasicCompanyData(COMPANIES_FILE, utf8(COMPANIES_CSV)),
    pscs: readPscSnapshot(PSC_FILE, utf8(PSC_TXT)),
    placements: [
      ...placementsFrom903(EPISODES_FILE, episodes.rows),
      ...placementsFromList8(ANNEX_A_FILE, annex.sheets['List 8']?.rows ?? []),
    ],
  };
}
