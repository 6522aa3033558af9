import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CompanyList,
  ConflictReport,
  DelegatedProvider,
  GraphInput,
  Placement,
  PscList,
  SettingRecord,
} from '../../../../shared/conflicts';
import { buildOwnershipGraph, detectConflicts } from '../../../../shared/conflicts';
import type { Company, Psc } from '../../../../shared/records/companies-house';
import { ancestors, descendants } from '../../../../shared/conflicts/walk';
import { YEAR, company, control, placement, setting } from './records';

/** Tree names, so no two companies' names are alike by accident. */
const NAMES = ['Alder', 'Birch', 'Cedar', 'Damson', 'Elm', 'Fir', 'Hazel', 'Larch', 'Maple', 'Oak'];
const SPELLINGS = [' Care Ltd', ' Care Limited', ' CARE LIMITED', ' Care Ltd.'];

const numberOf = (index: number): string => String(1_000_000 + index).padStart(8, '0');

/** The ISO date `day` days after 1 December 2022. */
const iso = (day: number): string =>
  new Date(Date.UTC(2022, 11, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** The tree name a company, owner or provider name starts with, upper case. */
const treeOf = (name: string): string => name.split(' ')[0]?.toUpperCase() ?? '';

type World = {
  readonly companies: Company[];
  readonly pscs: Psc[];
  readonly settings: SettingRecord[];
  readonly providers: DelegatedProvider[];
  readonly placements: Placement[];
};

/** A random small world: companies controlling each other (cycles too), settings, placements. */
const worlds = fc.integer({ min: 2, max: NAMES.length }).chain((n) =>
  fc
    .record({
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: 14 }),
      settings: fc.array(
        fc.record({
          owner: fc.nat(n - 1),
          spelling: fc.nat(SPELLINGS.length - 1),
          top: fc.option(fc.nat(n - 1)),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      providers: fc.uniqueArray(fc.record({ company: fc.nat(n - 1), withNumber: fc.boolean() }), {
        minLength: 1,
        maxLength: 2,
        selector: (p) => p.company,
      }),
      placements: fc.array(
        fc.record({
          setting: fc.nat(7),
          child: fc.nat(20),
          start: fc.integer({ min: 0, max: 700 }),
          length: fc.option(fc.integer({ min: 0, max: 400 })),
        }),
        { maxLength: 16 },
      ),
    })
    .map(({ edges, settings, providers, placements }): World => {
      const urns = settings.map((_, index) => `SC${String(100_000 + index)}`);
      return {
        companies: NAMES.slice(0, n).map((name, index) =>
          company(numberOf(index), `${name.toUpperCase()} CARE LIMITED`, index + 2),
        ),
        pscs: edges.map(([child, parent, ceased], index) =>
          control(numberOf(child), numberOf(parent), index + 1, ceased ? '2020-01-01' : null),
        ),
        settings: settings.map((s, index) =>
          setting(urns[index] ?? '', `${NAMES[s.owner] ?? ''}${SPELLINGS[s.spelling] ?? ''}`, {
            row: index + 2,
            ownerId: String(index),
            topCompany: s.top === null ? null : `${NAMES[s.top] ?? ''} Care Limited`,
          }),
        ),
        providers: providers.map((p) => ({
          id: `p${p.company}`,
          name: `${NAMES[p.company] ?? ''} Care Limited`,
          ...(p.withNumber ? { companyNumber: numberOf(p.company) } : {}),
        })),
        placements: placements.map((p, index) =>
          placement(
            `C${p.child}`,
            urns[p.setting % urns.length] ?? '',
            iso(p.start),
            p.length === null ? null : iso(p.start + p.length),
            index + 2,
          ),
        ),
      };
    }),
);

function graphInput(world: World, extra: { companies?: Company[]; pscs?: Psc[] } = {}): GraphInput {
  const companies: CompanyList[] = [{ file: 'companies.csv', companies: world.companies }];
  const pscs: PscList[] = [{ file: 'psc.txt', pscs: world.pscs }];
  if (extra.companies !== undefined)
    companies.push({ file: 'more.csv', companies: extra.companies });
  if (extra.pscs !== undefined) pscs.push({ file: 'more-psc.txt', pscs: extra.pscs });
  return {
    settings: [{ file: 'providers.xlsx', settings: world.settings }],
    companies,
    pscs,
    asOf: '2024-05-01',
  };
}

function detect(world: World, input: GraphInput = graphInput(world)): ConflictReport {
  return detectConflicts(buildOwnershipGraph(input), {
    providers: world.providers,
    placements: world.placements,
    year: YEAR,
  });
}

/** Companies and controls wholly apart from the world: new numbers, unlike names, cycles too. */
const unrelated = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 12 }),
  )
  .map(([count, edges]) => {
    const number = (i: number): string => `SC9${String(i % count).padStart(5, '0')}`;
    return {
      companies: Array.from({ length: count }, (_, i) =>
        company(number(i), `ZYGOTE ${'QX'.repeat(i + 1)} HOLDINGS LIMITED`, i + 2),
      ),
      pscs: edges.map(([a, b], line) => control(number(a), number(b), line + 1)),
    };
  });

describe('conflict properties (fast-check)', () => {
  it('makes worlds with flags of both kinds (the properties are not vacuous)', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(worlds, (world) => {
        for (const flag of detect(world).conflicts) kinds.add(flag.kind);
      }),
    );
    expect([...kinds].sort()).toEqual(['same-entity', 'same-group']);
  });

  it('adding companies unrelated to any delegated provider never changes the flags', () => {
    fc.assert(
      fc.property(worlds, unrelated, (world, extra) => {
        const before = detect(world);
        const after = detect(world, graphInput(world, extra));
        expect(after.conflicts).toEqual(before.conflicts);
        expect(after.leads).toEqual(before.leads);
      }),
    );
  });

  it('a provider never conflicts with a group it shares no company with', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        // Bodies joined by any control (ceased or not) or top company, ignoring direction.
        const root = new Map<string, string>();
        const find = (x: string): string => {
          const up = root.get(x) ?? x;
          return up === x ? x : find(up);
        };
        const join = (a: string, b: string): void => {
          root.set(find(a), find(b));
        };
        for (const psc of world.pscs)
          join(psc.company, psc.identification?.registrationNumber ?? '');
        for (const s of world.settings) {
          if (s.topCompany !== null) join(treeOf(s.ownerName ?? ''), treeOf(s.topCompany));
        }
        world.companies.forEach((c) => join(treeOf(c.name), c.number));
        const report = detect(world);
        for (const flag of report.conflicts) {
          const provider = world.providers.find((p) => p.id === flag.delegatedProvider.id);
          expect(find(treeOf(flag.owner.name))).toBe(find(treeOf(provider?.name ?? '')));
        }
      }),
    );
  });

  it('an owner outside every provider group is never flagged', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        // Owners are renamed into names no company, top company or provider has.
        const apart: World = {
          ...world,
          settings: world.settings.map((s) => ({
            ...s,
            ownerName: `Quokka ${s.ownerName ?? ''}`,
            topCompany: null,
          })),
        };
        expect(detect(apart).conflicts).toEqual([]);
      }),
    );
  });

  it('results do not depend on the order of the input rows', () => {
    const shuffled = worlds.chain((world) =>
      fc.record({
        world: fc.constant(world),
        companies: fc.shuffledSubarray(world.companies, { minLength: world.companies.length }),
        pscs: fc.shuffledSubarray(world.pscs, { minLength: world.pscs.length }),
        settings: fc.shuffledSubarray(world.settings, { minLength: world.settings.length }),
        providers: fc.shuffledSubarray(world.providers, { minLength: world.providers.length }),
        placements: fc.shuffledSubarray(world.placements, { minLength: world.placements.length }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ world, ...order }) => {
        expect(detect({ ...order })).toEqual(detect(world));
      }),
    );
  });

  it('walks end on cycles, and chains stay finite and connected', () => {
    fc.assert(
      fc.property(worlds, (world) => {
        const graph = buildOwnershipGraph(graphInput(world));
        for (const id of graph.nodes.keys()) {
          expect(ancestors(graph, [id]).size).toBeLessThanOrEqual(graph.nodes.size);
          expect(descendants(graph, [id]).size).toBeLessThanOrEqual(graph.nodes.size);
        }
        const report = detect(world);
        for (const flag of [...report.conflicts, ...report.leads]) {
          expect(flag.chain.length).toBeLessThanOrEqual(2 * graph.nodes.size + 4);
          flag.chain.slice(1).forEach((step, index) => {
            expect(step.from).toBe(flag.chain[index]?.to);
          });
          expect(flag.chain.at(-1)?.to).toBe(`${flag.delegatedProvider.name} (delegated provider)`);
        }
      }),
    );
  });
});
