/**
 * The placement market the demo's children are placed in: the Ofsted
 * settings of the demo provider list, with their owners. Fixed data, the same
 * for every seed. The shape follows Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england: most children's homes
 * private (84%) and owned by groups that also run fostering agencies
 * (Kestrel), council homes and the council's own fostering service, a
 * voluntary fostering agency and home, a neighbour's secure home, supported
 * accommodation providers, and, as CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study found for real trusts
 * (Birmingham, Sunderland…), homes and a fostering agency owned by the
 * council's delegated trust. Those trust settings are the conflict of
 * interest the conflicts check looks for; two of them write the trust's name as
 * "Northmoor Childrens Trust Community Interest Company", under another Owner
 * ID and with no top company, so only a name normalised for apostrophes and
 * "CIC" links them.
 */
import type { AreaKey } from './places';

/** Which placements a setting takes. */
export type SettingUse = 'foster' | 'K2' | 'K1' | 'H5';

/** An owner as the 2025 Ofsted list writes it. */
export type Owner = {
  readonly id: string;
  readonly name: string;
  readonly type: 'Organisation' | 'Local Authority';
  readonly topCompany: string;
  readonly postcode: string;
};

/** One Ofsted setting of the demo market. */
export type MarketSetting = {
  readonly urn: string;
  readonly name: string;
  readonly use: SettingUse;
  readonly sector: 'Private' | 'Local Authority' | 'Voluntary';
  readonly area: AreaKey;
  readonly postcode: string;
  readonly owner: Owner;
  /** The PLACE_PROVIDER code placements in it carry. */
  readonly provider: string;
  readonly places: number;
  readonly registered: string;
  /** Deregistration date (ISO), for a setting that has closed. */
  readonly closed?: string;
  readonly lastInspection: string;
  readonly grade: 'Outstanding' | 'Good' | 'Requires improvement to be good' | 'Inadequate';
};

const owner = (
  id: string,
  name: string,
  topCompany: string,
  postcode: string,
  type: Owner['type'] = 'Organisation',
): Owner => ({ id, name, type, topCompany, postcode });

const COUNCIL = owner('1100899', 'Northmoor Borough Council', '', 'NM1 1AA', 'Local Authority');
/** The delegated trust, named as the demo names it (shared/demo/content.ts). */
const TRUST_OWNER = owner('1187320', "Northmoor Children's Trust CIC", '', 'NM2 4HB');
/** The same trust as registered under another owner record: the normalisation trap. */
const TRUST_OWNER_VARIANT = owner(
  '1203311',
  'Northmoor Childrens Trust Community Interest Company',
  '',
  'NM2 4HB',
);
const KESTREL_HOMES = owner(
  '1054412',
  'Kestrel Care Homes Ltd',
  'KESTREL CARE GROUP HOLDINGS LIMITED',
  'RW1 2LP',
);
const KESTREL_FOSTERING = owner(
  '1054498',
  'Kestrel Fostering Ltd',
  'KESTREL CARE GROUP HOLDINGS LIMITED',
  'RW1 2LP',
);
const OAKRIDGE = owner(
  '1077104',
  "Oakridge Children's Services Ltd",
  'OAKRIDGE TOPCO LIMITED',
  'EV3 8NW',
);
const PENNINE = owner('1091256', 'Pennine Pathways Ltd', 'PENNINE PATHWAYS LIMITED', 'CK2 5DS');
// An unrelated company whose name is like the trust's: must never be flagged.
const BRIGHTWATER = owner(
  '1112087',
  "Northmoor Children's Services Ltd",
  "NORTHMOOR CHILDREN'S SERVICES LIMITED",
  'EV1 6JR',
);
const HORIZON = owner(
  '1034561',
  'Horizon Foster Care Ltd',
  'HORIZON CARE HOLDINGS LIMITED',
  'CK1 3TU',
);
const TOGETHER = owner('1060032', 'Fostering Together North Ltd', '', 'NM5 2EX');
const ST_AIDAN = owner('1008741', "St Aidan's Children's Society", '', 'EV2 9BQ');
const MOORLAND = owner('1015630', "Moorland Children's Charity", '', 'NM7 3RF');
const EASTVALE = owner(
  '1100874',
  'Eastvale Metropolitan Borough Council',
  '',
  'EV1 1AB',
  'Local Authority',
);

type Row = readonly [
  urn: string,
  name: string,
  use: SettingUse,
  sector: MarketSetting['sector'],
  area: AreaKey,
  postcode: string,
  owner: Owner,
  provider: string,
  places: number,
  grade: MarketSetting['grade'],
  closed?: string,
];

// One setting per line reads better than prettier's one field per line.
// prettier-ignore
const ROWS: readonly Row[] = [
  // The council's fostering service and homes (own provision, PR1).
  ['1288990', 'Northmoor Fostering Service', 'foster', 'Local Authority', 'northmoor', 'NM1 1AA', COUNCIL, 'PR1', 420, 'Good'],
  ['SC482210', 'Linden Road', 'K2', 'Local Authority', 'northmoor', 'NM3 2DG', COUNCIL, 'PR1', 4, 'Good'],
  ['SC482377', 'Thorn Bank', 'K2', 'Local Authority', 'northmoor', 'NM6 8LA', COUNCIL, 'PR1', 3, 'Requires improvement to be good'],
  // The delegated trust's own settings (voluntary sector, PR5): the conflict of interest.
  ['SC503118', 'Moorside House', 'K2', 'Voluntary', 'northmoor', 'NM2 7PE', TRUST_OWNER, 'PR5', 4, 'Good'],
  ['SC503342', 'Heather View', 'K2', 'Voluntary', 'northmoor', 'NM4 1WS', TRUST_OWNER, 'PR5', 3, 'Good'],
  ['SC511907', 'Brackenfield Lodge', 'K2', 'Voluntary', 'eastvale', 'EV4 3HN', TRUST_OWNER_VARIANT, 'PR5', 4, 'Requires improvement to be good'],
  ['2461873', "Northmoor Children's Trust Fostering", 'foster', 'Voluntary', 'northmoor', 'NM2 4HB', TRUST_OWNER_VARIANT, 'PR5', 40, 'Good'],
  // Voluntary sector.
  ['1320415', "St Aidan's Family Placement", 'foster', 'Voluntary', 'eastvale', 'EV2 9BQ', ST_AIDAN, 'PR5', 60, 'Outstanding'],
  ['SC390562', 'The Haven', 'K2', 'Voluntary', 'northmoor', 'NM7 3RF', MOORLAND, 'PR5', 5, 'Outstanding'],
  // Private fostering agencies (PR4).
  ['1356208', 'Kestrel Fostering North', 'foster', 'Private', 'ravensworth', 'RW1 2LP', KESTREL_FOSTERING, 'PR4', 240, 'Good'],
  ['1338871', 'Horizon Foster Care', 'foster', 'Private', 'calderbrook', 'CK1 3TU', HORIZON, 'PR4', 310, 'Good'],
  ['1391546', 'Fostering Together North', 'foster', 'Private', 'northmoor', 'NM5 2EX', TOGETHER, 'PR4', 150, 'Requires improvement to be good'],
  // Private children's homes (PR4).
  ['SC470015', 'Kestrel House', 'K2', 'Private', 'northmoor', 'NM8 5GU', KESTREL_HOMES, 'PR4', 4, 'Good'],
  ['SC470233', 'Kestrel Lodge', 'K2', 'Private', 'northmoor', 'NM9 2BT', KESTREL_HOMES, 'PR4', 3, 'Good'],
  ['SC471904', 'Kestrel Grange', 'K2', 'Private', 'ravensworth', 'RW2 6EH', KESTREL_HOMES, 'PR4', 5, 'Requires improvement to be good'],
  ['SC472558', 'Kestrel Heights', 'K2', 'Private', 'ravensworth', 'RW3 1QS', KESTREL_HOMES, 'PR4', 4, 'Good'],
  ['SC474120', 'Kestrel View', 'K2', 'Private', 'calderbrook', 'CK3 8LW', KESTREL_HOMES, 'PR4', 2, 'Inadequate'],
  ['SC488310', 'Oakridge House', 'K2', 'Private', 'eastvale', 'EV3 8NW', OAKRIDGE, 'PR4', 4, 'Good'],
  ['SC489007', 'Oakridge Farm', 'K2', 'Private', 'calderbrook', 'CK4 7RA', OAKRIDGE, 'PR4', 6, 'Outstanding'],
  ['SC489351', 'Fellside', 'K2', 'Private', 'northmoor', 'NM3 9XJ', OAKRIDGE, 'PR4', 3, 'Requires improvement to be good', '2025-11-28'],
  ['SC492276', 'Pennine View', 'K2', 'Private', 'calderbrook', 'CK2 5DS', PENNINE, 'PR4', 4, 'Good'],
  ['SC492581', 'Pennine Cottage', 'K2', 'Private', 'calderbrook', 'CK5 1HP', PENNINE, 'PR4', 2, 'Good'],
  ['SC493014', 'Pennine Lodge', 'K2', 'Private', 'ravensworth', 'RW4 3NE', PENNINE, 'PR4', 4, 'Requires improvement to be good'],
  ['SC497702', 'Brightwater House', 'K2', 'Private', 'eastvale', 'EV1 6JR', BRIGHTWATER, 'PR4', 5, 'Good'],
  ['SC497915', 'Brightwater Court', 'K2', 'Private', 'eastvale', 'EV6 4TY', BRIGHTWATER, 'PR4', 4, 'Good'],
  // A neighbour's secure children's home (PR2) and fostering service.
  ['SC041187', 'Hillcrest Secure Children\u2019s Home', 'K1', 'Local Authority', 'eastvale', 'EV2 5SL', EASTVALE, 'PR2', 12, 'Good'],
  ['1288874', 'Eastvale Fostering Service', 'foster', 'Local Authority', 'eastvale', 'EV1 1AB', EASTVALE, 'PR2', 300, 'Good'],
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** The settings on the `Providers` sheet; registration and inspection dates are invented. */
export const MARKET: readonly MarketSetting[] = ROWS.map(
  ([urn, name, use, sector, area, postcode, own, provider, places, grade, closed], index) => ({
    urn,
    name,
    use,
    sector,
    area,
    postcode,
    owner: own,
    provider,
    places,
    registered: `${2004 + ((index * 5) % 18)}-${pad(((index * 7) % 12) + 1)}-${pad(((index * 11) % 27) + 1)}`,
    ...(closed === undefined ? {} : { closed }),
    lastInspection: `2025-${pad(((index * 5) % 12) + 1)}-${pad(((index * 3) % 27) + 1)}`,
    grade,
  }),
);

/** A supported accommodation provider (the `SA Providers` sheet; 903 PLACE H5). */
export type SupportedAccommodation = {
  readonly urn: string;
  readonly name: string;
  readonly sector: 'Private';
  readonly area: AreaKey;
  readonly postcode: string;
  readonly owner: Owner;
  readonly provider: string;
  readonly capacity: number;
};

/**
 * Supported accommodation providers, registered with Ofsted since 2023. All
 * private (PR4): the 2025 list's `SA Providers` sheet has no provider-code
 * column, and the DfE validator gives every such setting PR4
 * (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england), so a PR5 placement there would fail its URN check.
 */
export const SUPPORTED: readonly SupportedAccommodation[] = [
  {
    urn: '2741055',
    name: 'Pathway Lodgings',
    sector: 'Private',
    area: 'northmoor',
    postcode: 'NM4 6DA',
    owner: owner('1140276', 'Pathway Lodgings Ltd', 'PATHWAY HOUSING GROUP LIMITED', 'NM4 6DA'),
    provider: 'PR4',
    capacity: 24,
  },
  {
    urn: '2743318',
    name: 'Keel Supported Living',
    sector: 'Private',
    area: 'eastvale',
    postcode: 'EV4 8PL',
    owner: owner('1145530', 'Keel Supported Living Ltd', '', 'EV4 8PL'),
    provider: 'PR4',
    capacity: 18,
  },
  {
    urn: '2748802',
    name: 'Moorgate Supported Housing',
    sector: 'Private',
    area: 'northmoor',
    postcode: 'NM1 5HU',
    owner: owner('1023367', 'Moorgate Supported Housing Ltd', '', 'NM1 5HU'),
    provider: 'PR4',
    capacity: 16,
  },
];
