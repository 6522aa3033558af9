import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ConflictReport,
  GraphInput,
  LinkDecision,
  OwnershipGraph,
} from '../../../../shared/conflicts';
import { buildOwnershipGraph, detectConflicts } from '../../../../shared/conflicts';
import type { World } from './world';
import { COMPANIES_FILE, EPISODES_FILE, PROVIDERS, PSC_FILE, YEAR, readWorld } from './world';

let world: World;
beforeAll(async () => {
  world = await readWorld();
});

function input(links: readonly LinkDecision[] = []): GraphInput {
  return {
    settings: [
      { file: world.register.file, date: '2024-04-01', settings: world.register.settings },
    ],
    companies: [world.companies],
    pscs: [world.pscs],
    links,
    asOf: '2024-05-01',
  };
}

function detect(graph: OwnershipGraph, reviews = [] as const): ConflictReport {
  return detectConflicts(graph, {
    providers: PROVIDERS,
    placements: world.placements,
    year: YEAR,
    reviews,
  });
}

function find(report: ConflictReport, id: string) {
  const flag = [...report.conflicts, ...report.leads].find((entry) => entry.id === id);
  if (flag === undefined) throw new Error(`no ${id}`);
  return flag;
}

describe('the world read through the real readers', () => {
  it('reads every file, reporting the broken PSC lines by line', () => {
    expect(world.register.settings).toHaveLength(9);
    expect(world.companies.companies).toHaveLength(8);
    expect(world.pscs.problems.map((p) => [p.rule, p.row])).toEqual([
      ['ch.psc.json', 9],
      ['ch.psc.kind.unknown', 10],
    ]);
    expect(world.placements).toHaveLength(15);
  });
});

describe('detecting conflicts', () => {
  let report: ConflictReport;
  beforeAll(() => {
    report = detect(buildOwnershipGraph(input()));
  });

  it('flags the provider itself, its group by PSC and by top company, and a name-only match', () => {
    expect(report.conflicts.map((c) => [c.id, c.kind])).toEqual([
      ['conflict:brightwater:1000005', 'same-group'],
      ['conflict:brightwater:SC100001', 'same-entity'],
      ['conflict:brightwater:SC100002', 'same-group'],
      ['conflict:sunrise:SC200001', 'same-entity'],
    ]);
  });

  it('leaves out a company whose control by the group has ceased, and a cycle', () => {
    const urns = [...report.conflicts, ...report.leads].map((c) => c.setting.urn);
    expect(urns).not.toContain('SC100003');
    expect(urns).not.toContain('SC100004');
  });

  it('gives the same-entity flag its children, days, placement types and sources', () => {
    const flag = find(report, 'conflict:brightwater:SC100001');
    expect(flag.children).toEqual(['1001', '1002']);
    // 1001: 1 May to 1 Aug 2023 (92 nights); 1002: open all year (366, 2024 is a leap year).
    expect(flag.placements.map((p) => p.days)).toEqual([92, 366]);
    expect(flag.days).toBe(458);
    expect(flag.placementTypes).toEqual(['K2']);
    // Child 1002's List 8 row repeats the 903 episode: one placement, both sources.
    expect(flag.placements[1]?.sources).toEqual([
      { file: EPISODES_FILE, row: 3, kind: 'ssda903' },
      { file: 'annex-a.xlsx', row: 2, kind: 'annex-a' },
    ]);
    expect(flag.severity).toBe('high');
    expect(flag.owner).toEqual({
      name: 'Brightwater Care CIC',
      ids: ['111'],
      company: {
        number: '09000001',
        name: 'BRIGHTWATER CARE COMMUNITY INTEREST COMPANY',
        link: 'matched by name',
      },
    });
    expect(flag.chain.map((step) => [step.from, step.to, step.source.file])).toEqual([
      ['SC100001 Brightwater House', 'Brightwater Care CIC', 'providers-2025.xlsx'],
      [
        'Brightwater Care CIC',
        'BRIGHTWATER CARE COMMUNITY INTEREST COMPANY (09000001)',
        COMPANIES_FILE,
      ],
      [
        'BRIGHTWATER CARE COMMUNITY INTEREST COMPANY (09000001)',
        'Brightwater Care Community Interest Company (delegated provider)',
        'delegated providers (workbook)',
      ],
    ]);
  });

  it('walks the same-group chain up to the common parent and down to the provider', () => {
    const flag = find(report, 'conflict:brightwater:SC100002');
    expect(flag.children).toEqual(['1003', '2001']);
    expect(flag.days).toBe(30 + 60);
    expect(flag.group.parent).toEqual({ number: '09000000', name: 'BRIGHTWATER GROUP LIMITED' });
    expect(flag.group.members.map((m) => m.number)).toEqual([
      '09000001',
      '09000000',
      '09000002',
      null,
      '06000002',
    ]);
    expect(flag.owner.ids).toEqual(['222', '2222']);
    expect(flag.chain.map((step) => step.to)).toEqual([
      'Brightwater Homes Limited',
      'BRIGHTWATER HOMES LIMITED (09000002)',
      'BRIGHTWATER GROUP LIMITED (09000000)',
      'BRIGHTWATER CARE COMMUNITY INTEREST COMPANY (09000001)',
      'Brightwater Care Community Interest Company (delegated provider)',
    ]);
    expect(flag.chain[2]).toEqual({
      from: 'BRIGHTWATER HOMES LIMITED (09000002)',
      to: 'BRIGHTWATER GROUP LIMITED (09000000)',
      via: 'person with significant control: holds more than 50% but less than 75% of the shares',
      source: { file: PSC_FILE, date: '2024-05-01' },
    });
  });

  it("shows the group's share of the council's placements in the year", () => {
    // 13 placements overlap the year (1012 ended before it; 1002 is counted once);
    // 5 are with the group: SC100001 ×2, SC100002 ×2, 1000005 ×1.
    const flag = find(report, 'conflict:brightwater:SC100002');
    expect([flag.groupPlacements, flag.allPlacements, flag.groupShare]).toEqual([5, 13, 0.3846]);
  });

  it('matches a provider with no Companies House data by name alone', () => {
    const flag = find(report, 'conflict:sunrise:SC200001');
    expect(flag.owner.company).toBeNull();
    expect(flag.group).toEqual({
      parent: null,
      members: [{ number: null, name: 'Sunrise Parents Trust' }],
    });
    expect(flag.chain.at(-1)?.via).toBe(
      'matched by name: both normalise to "sunrise parents trust"',
    );
  });

  it('only leads on looser ties: a proposed link, a like name, a postcode', () => {
    expect(report.leads.map((l) => [l.id, l.kind])).toEqual([
      ['lead:brightwater:SC100006', 'same-group'],
      ['lead:brightwater:SC100007', 'same-entity'],
      ['lead:brightwater:SC100008:postcode', 'same-group'],
    ]);
    expect(find(report, 'lead:brightwater:SC100006').chain[1]?.via).toMatch(
      /^proposed link, not confirmed/,
    );
    expect(find(report, 'lead:brightwater:SC100007').chain[1]?.via).toMatch(
      /^names alike \(similarity/,
    );
    const postcode = find(report, 'lead:brightwater:SC100008:postcode');
    expect(postcode.children).toEqual(['1009']);
    expect(postcode.chain[0]?.via).toBe(
      'postcode LS9 9ZZ and placement type K2 match this setting only',
    );
  });

  it('skips XXXXXXX silently and reports a URN no list knows', () => {
    expect(report.skipped).toEqual([
      {
        file: EPISODES_FILE,
        row: 12,
        kind: 'ssda903',
        reason: 'URN 1234567 is not in the Ofsted provider lists.',
      },
    ]);
  });
});

describe('link decisions', () => {
  it('a rejected name match stops the flag; a confirmed proposal makes one', () => {
    const links: LinkDecision[] = [
      {
        owner: 'Brightwater Homes Ltd',
        company: '09000002',
        decision: 'rejected',
        by: 'AB',
        at: '2024-06-01T10:00',
      },
      {
        owner: 'Orchard Care',
        company: '6000002',
        decision: 'confirmed',
        by: 'CD',
        at: '2024-06-02T09:00',
      },
    ];
    const report = detect(buildOwnershipGraph(input(links)));
    const ids = report.conflicts.map((c) => c.id);
    expect(ids).not.toContain('conflict:brightwater:SC100002');
    const orchard = find(report, 'conflict:brightwater:SC100006');
    expect(orchard.owner.company).toEqual({
      number: '06000002',
      name: 'ORCHARD CARE (HOLDINGS) LIMITED',
      link: 'confirmed',
    });
    expect(orchard.chain[1]).toEqual({
      from: 'Orchard Care',
      to: 'ORCHARD CARE (HOLDINGS) LIMITED (06000002)',
      via: 'link confirmed by CD on 2024-06-02T09:00',
      source: { file: 'link decisions (workbook)', date: '2024-06-02' },
    });
  });

  it('the latest decision on a pair wins', () => {
    const links: LinkDecision[] = [
      {
        owner: 'Orchard Care',
        company: '06000002',
        decision: 'confirmed',
        by: 'CD',
        at: '2024-06-02',
      },
      {
        owner: 'orchard care',
        company: '06000002',
        decision: 'rejected',
        by: 'EF',
        at: '2024-06-03',
      },
    ];
    const report = detect(buildOwnershipGraph(input(links)));
    expect(report.conflicts.map((c) => c.id)).not.toContain('conflict:brightwater:SC100006');
    expect(report.leads.map((c) => c.id)).not.toContain('lead:brightwater:SC100006');
  });
});

describe('reviews', () => {
  it('attach to their flag by its stable id; others are kept aside', () => {
    const graph = buildOwnershipGraph(input());
    const reviews = [
      {
        flagId: 'conflict:brightwater:SC100001',
        by: 'AB',
        at: '2024-06-01',
        reason: 'Placed before the trust took over.',
      },
      {
        flagId: 'conflict:brightwater:SC100001',
        by: 'CD',
        at: '2024-06-05',
        reason: 'Checked with the DCS.',
      },
      { flagId: 'conflict:gone:SC999999', by: 'AB', at: '2024-06-01', reason: 'Old.' },
    ];
    const report = detectConflicts(graph, {
      providers: PROVIDERS,
      placements: world.placements,
      year: YEAR,
      reviews,
    });
    // A review recorded without a status is a confirmation, as the report always printed it.
    expect(find(report, 'conflict:brightwater:SC100001').review).toEqual({
      status: 'confirmed',
      by: 'CD',
      at: '2024-06-05',
      reason: 'Checked with the DCS.',
    });
    expect(find(report, 'conflict:brightwater:SC100002').review).toBeNull();
    expect(report.unmatchedReviews.map((r) => r.flagId)).toEqual(['conflict:gone:SC999999']);
  });
});

describe('the conflicts --json shape', () => {
  it('has every field the interface names', () => {
    const report = detect(buildOwnershipGraph(input()));
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['conflicts', 'leads']));
    const keys = [
      'id',
      'kind',
      'severity',
      'delegatedProvider',
      'setting',
      'owner',
      'group',
      'children',
      'placements',
      'days',
      'groupShare',
      'chain',
      'review',
    ];
    for (const flag of report.conflicts)
      expect(Object.keys(flag)).toEqual(expect.arrayContaining(keys));
    for (const lead of report.leads)
      expect(Object.keys(lead)).toEqual(expect.arrayContaining([...keys, 'reason']));
    const [flag] = report.conflicts;
    expect(Object.keys(flag?.delegatedProvider ?? {})).toEqual(['id', 'name']);
    expect(Object.keys(flag?.setting ?? {})).toEqual(
      expect.arrayContaining(['urn', 'name', 'type']),
    );
    expect(Object.keys(flag?.owner ?? {})).toEqual(['name', 'ids', 'company']);
    expect(Object.keys(flag?.group ?? {})).toEqual(['parent', 'members']);
    expect(Object.keys(flag?.chain[0] ?? {})).toEqual(['from', 'to', 'via', 'source']);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
