/**
 * A national-scale register for benchmarking the conflict-of-interest engine
 *: 10,000 Ofsted settings, 50,000 Companies House companies with
 * their PSCs, and one council's placements, as the readers output them.
 * Seeded, so the same options give the same data.
 *
 * Shape, after the market (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england): about 5,600 providers own
 * children's homes and agencies; the largest groups run hundreds of settings
 * through chains of holding companies, some topped abroad; most owners are
 * single companies. Here, 400 corporate groups with chains 1–6 holding
 * companies deep (40% one, 30% two, 15% three, 10% four, 5% five or six), a
 * fifth topped by an overseas parent; the rest of the companies stand alone
 * (a third with an individual PSC). A few controls are ceased and a few
 * companies control each other in cycles. One in ten owners has no company
 * (a council, a partnership, a misspelt name).
 *
 * The council has two delegated providers: a community interest company
 * inside a for-profit group that owns homes (the SI 2014/2407 pattern of a
 * non-profit subsidiary), and a council-owned trust with no company number
 * that owns three settings under its own name.
 */
import type {
  CompanyList,
  DelegatedProvider,
  Period,
  Placement,
  PscList,
  SettingList,
  SettingRecord,
} from '../../../shared/conflicts';
import type { Company, Psc } from '../../../shared/records/companies-house';

/** Sizes of the generated register. */
export type RegisterOptions = {
  readonly settings: number;
  readonly companies: number;
  readonly children: number;
  readonly seed: number;
};

/** The register and one council's placements. */
export type NationalRegister = {
  readonly settings: SettingList;
  readonly companies: CompanyList;
  readonly pscs: PscList;
  readonly providers: readonly DelegatedProvider[];
  readonly placements: readonly Placement[];
  readonly year: Period;
  readonly stats: Readonly<Record<string, number>>;
};

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = [
  'AMBER',
  'BIRCH',
  'CEDAR',
  'DOVE',
  'ELM',
  'FERN',
  'GLEN',
  'HAVEN',
  'IVY',
  'JUNIPER',
  'KESTREL',
  'LARK',
  'MEADOW',
  'NORTH',
  'OAK',
  'PINE',
  'QUAY',
  'RIVER',
  'STONE',
  'THORN',
  'VALE',
  'WILLOW',
];
const KINDS = ['CARE', 'HOMES', 'FOSTERING', 'CHILDCARE', 'SUPPORT', 'LIVING', 'RESIDENTIAL'];
const LETTERS = 'ABCDEFGHJKLMNPRSTUWY'.split('');

/** An upper-case Companies House name as an Ofsted list writes it: `Oak Vale Care 1a Ltd`. */
function title(name: string): string {
  return name
    .replace(/ LIMITED$/, ' Ltd')
    .replace(/\w+/g, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/** The ISO date `offset` days from 1 April 2023. */
function day(offset: number): string {
  return new Date(Date.UTC(2023, 3, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A company as `readBasicCompanyData` gives it. */
function companyRecord(row: number, number: string, name: string): Company {
  return {
    row,
    number,
    name,
    category: 'Private Limited Company',
    status: 'Active',
    countryOfOrigin: 'United Kingdom',
    postcode: null,
    incorporated: '2015-04-01',
    dissolved: null,
    sicCodes: ['87900 - Other residential care activities n.e.c.'],
    previousNames: [],
  };
}

/** A PSC line as `readPscSnapshot` gives it. */
function pscRecord(
  line: number,
  company: string,
  parent: { readonly name: string; readonly number: string; readonly country: string },
  ceasedOn: string | null = null,
): Psc {
  return {
    line,
    company,
    kind: 'corporate-entity-person-with-significant-control',
    name: parent.name,
    natures: ['ownership-of-shares-75-to-100-percent', 'voting-rights-75-to-100-percent'],
    notifiedOn: '2016-04-06',
    ceasedOn,
    identification: {
      registrationNumber: parent.number,
      countryRegistered: parent.country,
      placeRegistered: parent.country === 'England' ? 'Companies House' : 'Trade Register',
      legalForm: 'Limited Company',
      legalAuthority: parent.country === 'England' ? 'Companies Act 2006' : 'Local law',
    },
    statement: null,
  };
}

/** Generates the register and one council's placements. */
export function generateNationalRegister(
  options: RegisterOptions = { settings: 10_000, companies: 50_000, children: 1_500, seed: 6 },
): NationalRegister {
  const rnd = random(options.seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(rnd() * list.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

  const companies: Company[] = [];
  const pscs: Psc[] = [];
  const newCompany = (kind: string): Company => {
    const index = companies.length;
    const number =
      index % 20 === 19
        ? `SC${String(index).padStart(6, '0')}`
        : String(1_000_000 + index).padStart(8, '0');
    const name = `${pick(WORDS)} ${pick(WORDS)} ${kind} ${index.toString(36).toUpperCase()} LIMITED`;
    const company = companyRecord(index + 2, number, name);
    companies.push(company);
    return company;
  };
  const control = (child: Company, parent: Company, ceased: string | null = null): void => {
    pscs.push(
      pscRecord(
        pscs.length + 1,
        child.number,
        { name: parent.name, number: parent.number, country: 'England' },
        ceased,
      ),
    );
  };

  // Corporate groups: a chain of holding companies over operating companies.
  const operating: Company[] = [];
  const depths = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4];
  const topOf = new Map<string, string>();
  const depthCounts: Record<string, number> = {};
  let provider: Company | undefined;
  for (let group = 0; group < 400; group += 1) {
    const depth = rnd() < 0.95 ? pick(depths) : pick([5, 6]);
    depthCounts[`depth${depth}`] = (depthCounts[`depth${depth}`] ?? 0) + 1;
    const chain: Company[] = [];
    for (let level = 0; level < depth; level += 1) {
      const holding = newCompany(level === 0 ? 'GROUP' : 'HOLDINGS');
      const above = chain.at(-1);
      if (above !== undefined) control(holding, above);
      chain.push(holding);
    }
    const top = chain[0];
    if (top !== undefined && rnd() < 0.2) {
      pscs.push(
        pscRecord(pscs.length + 1, top.number, {
          name: `${top.name.split(' ')[0] ?? ''} CAPITAL SARL`,
          number: `B${group}`,
          country: 'Luxembourg',
        }),
      );
    }
    const bottom = chain.at(-1);
    if (bottom === undefined) continue;
    const size = rnd() < 0.05 ? int(40, 200) : int(1, 12);
    for (let i = 0; i < size; i += 1) {
      const company = newCompany(pick(KINDS));
      control(company, bottom);
      operating.push(company);
      if (top !== undefined) topOf.set(company.number, top.name);
    }
    if (group === 7) {
      // The delegated CIC, a non-profit subsidiary of this group.
      provider = companyRecord(
        companies.length + 2,
        '09999999',
        'BRIGHTWATER CARE COMMUNITY INTEREST COMPANY',
      );
      companies.push(provider);
      control(provider, bottom);
    }
  }
  // Standalone companies fill the rest; some controls ceased, some cycles.
  const standalone: Company[] = [];
  while (companies.length < options.companies) standalone.push(newCompany(pick(KINDS)));
  for (const company of standalone) {
    if (rnd() >= 1 / 3) continue;
    pscs.push({
      line: pscs.length + 1,
      company: company.number,
      kind: 'individual-person-with-significant-control',
      name: `Mx ${pick(WORDS)} ${pick(WORDS)}`,
      natures: ['ownership-of-shares-75-to-100-percent'],
      notifiedOn: '2016-04-06',
      ceasedOn: null,
      identification: null,
      statement: null,
    });
  }
  for (let i = 0; i < 500; i += 1) control(pick(standalone), pick(operating), '2021-03-31');
  for (let i = 0; i < 20; i += 1) {
    const a = pick(standalone);
    const b = pick(standalone);
    control(a, b);
    control(b, a);
  }

  // Settings: owners are operating companies (most), standalone companies, or names only.
  const settings: SettingRecord[] = [];
  const postcode = (): string =>
    `${pick(LETTERS)}${pick(LETTERS)}${int(1, 20)} ${int(1, 9)}${pick(LETTERS)}${pick(LETTERS)}`;
  const addSetting = (owner: string, top: string | null, home: boolean): SettingRecord => {
    const index = settings.length;
    const setting: SettingRecord = {
      sheet: 'Providers',
      row: index + 2,
      urn: home ? `SC${String(100_000 + index)}` : String(1_000_000 + index),
      name: `${pick(WORDS)} ${home ? 'House' : 'Fostering'}`,
      providerType: home ? "Children's home" : 'Independent fostering agency',
      sector: 'Private',
      ownerId: String(int(1_000_000, 9_999_999)),
      ownerName: owner,
      topCompany: top,
      placementCodes: home ? ['K2'] : ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
      status: 'active',
      closedDate: null,
      postcode: postcode(),
    };
    settings.push(setting);
    return setting;
  };
  const providerOwned: SettingRecord[] = [];
  if (provider !== undefined) {
    for (let i = 0; i < 6; i += 1)
      providerOwned.push(addSetting('Brightwater Care CIC', null, i < 5));
  }
  for (let i = 0; i < 3; i += 1)
    providerOwned.push(addSetting('Northfield Children’s Trust', null, true));
  while (settings.length < options.settings) {
    const roll = rnd();
    if (roll < 0.7) {
      const owner = pick(operating);
      const top = rnd() < 0.3 ? (topOf.get(owner.number) ?? null) : null;
      addSetting(title(owner.name), top === null ? null : title(top), rnd() < 0.85);
    } else if (roll < 0.9) addSetting(title(pick(standalone).name), null, rnd() < 0.85);
    else addSetting(`${pick(WORDS)} ${pick(KINDS)} Partnership ${settings.length}`, null, true);
  }

  // One council's placements in the year: mostly regional settings, a few with the providers.
  const regional = Array.from({ length: 800 }, () => pick(settings));
  const placements: Placement[] = [];
  for (let child = 0; child < options.children; child += 1) {
    let start = int(-300, 300);
    for (let episode = int(1, 3); episode > 0; episode -= 1) {
      const end = start + int(20, 300);
      const setting = rnd() < 0.03 ? pick(providerOwned) : pick(regional);
      const roll = rnd();
      const urn =
        roll < 0.04 ? '' : roll < 0.06 ? 'XXXXXXX' : roll < 0.07 ? '9999999' : setting.urn;
      placements.push({
        child: String(500_000 + child),
        start: day(start),
        end: end > 365 ? null : day(end),
        place: setting.placementCodes[0] ?? 'K2',
        provider: 'PR4',
        urn,
        postcode: setting.postcode,
        sources: [{ file: 'episodes.csv', row: placements.length + 2, kind: 'ssda903' }],
      });
      start = end;
    }
  }

  return {
    settings: { file: 'providers-2025.xlsx', date: '2024-04-01', settings },
    companies: { file: 'BasicCompanyData-2024-05-01.csv', date: '2024-05-01', companies },
    pscs: {
      file: 'persons-with-significant-control-snapshot-2024-05-01.txt',
      date: '2024-05-01',
      pscs,
    },
    providers: [
      {
        id: 'brightwater',
        name: 'Brightwater Care Community Interest Company',
        companyNumber: '09999999',
      },
      { id: 'northfield', name: "Northfield Children's Trust" },
    ],
    placements,
    year: { start: '2023-04-01', end: '2024-03-31' },
    stats: {
      settings: settings.length,
      companies: companies.length,
      pscs: pscs.length,
      groups: 400,
      placements: placements.length,
      ...depthCounts,
    },
  };
}
