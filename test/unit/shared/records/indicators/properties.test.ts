import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  type IndicatorReport,
  type IndicatorSource,
  type RecordRow,
} from '../../../../../shared/records/indicators';
import { dayOf } from '../../../../../shared/records/indicators/dates';
import { away, episode, header, oc2, oc3, review, worker } from './builders';
import { dfeDate, seededRandom } from './synthetic-903';

const TABLES = ['Header', 'Episodes', 'Reviews', 'Missing', 'OC2', 'OC3', 'SW_Episodes'] as const;
type Table = (typeof TABLES)[number];
type Rows = Record<Table, RecordRow[]>;

const day = fc.integer({ min: dayOf(2014, 1, 1), max: dayOf(2019, 6, 30) }).map(dfeDate);

/** One child's rows in every table, episodes chained (gap 0 = the next starts the day the last ended). */
const childArb = fc.record({
  id: fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '011'),
  dob: fc.integer({ min: dayOf(2000, 1, 1), max: dayOf(2017, 12, 31) }),
  start: fc.integer({ min: dayOf(2014, 1, 1), max: dayOf(2018, 3, 1) }),
  episodes: fc.array(
    fc.record({
      gap: fc.constantFrom(0, 0, 0, 5),
      length: fc.integer({ min: 1, max: 500 }),
      rne: fc.constantFrom('S', 'P', 'L', 'B', 'T', 'U'),
      ls: fc.constantFrom('C2', 'C2', 'V2', 'V3'),
      place: fc.constantFrom('U4', 'U5', 'K2', 'T1', 'A5'),
      provider: fc.constantFrom('PR0', 'PR1', 'PR4', 'PR5', ''),
    }),
    { maxLength: 4 },
  ),
  open: fc.boolean(),
  reviews: fc.array(day, { maxLength: 4 }),
  away: fc.array(fc.record({ kind: fc.constantFrom('M' as const, 'A' as const), start: day }), {
    maxLength: 2,
  }),
  health: fc.option(fc.stringMatching(/^[01]{4}$/), { nil: undefined }),
  leaver: fc.option(
    fc.tuple(
      fc.constantFrom('YES', 'NO', 'DIED'),
      fc.constantFrom('F1', 'G5'),
      fc.constantFrom('B1', 'B2'),
    ),
    { nil: undefined },
  ),
  workers: fc.array(fc.record({ id: fc.constantFrom('SW1', 'SW2'), start: day }), { maxLength: 3 }),
});
type Child = typeof childArb extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(child: Child): Rows {
  const { id } = child;
  let start = child.start;
  const episodes = child.episodes.map((item, at) => {
    const from = start + item.gap;
    const end = from + item.length;
    start = end;
    const last = at === child.episodes.length - 1;
    return episode(id, dfeDate(from), last && child.open ? '' : dfeDate(end), item);
  });
  return {
    Header: [header(id, dfeDate(child.dob))],
    Episodes: episodes,
    Reviews: child.reviews.map((date) => review(id, date)),
    Missing: child.away.map((item) => away(id, item.kind, item.start)),
    OC2: child.health === undefined ? [] : [oc2(id, child.health)],
    OC3: child.leaver === undefined ? [] : [oc3(id, ...child.leaver)],
    SW_Episodes: child.workers.map((item) => worker(id, item.id, item.start)),
  };
}

function tablesOf(children: readonly Child[]): Rows {
  const rows: Rows = {
    Header: [],
    Episodes: [],
    Reviews: [],
    Missing: [],
    OC2: [],
    OC3: [],
    SW_Episodes: [],
  };
  for (const child of children) {
    const own = rowsOf(child);
    for (const table of TABLES) rows[table].push(...own[table]);
  }
  return rows;
}

const childrenArb = fc.uniqueArray(childArb, { selector: (child) => child.id, maxLength: 8 });
const council = (tables: Rows): IndicatorSource => ({
  kind: 'council',
  id: 'la',
  name: 'LA',
  tables,
});
const provider = (id: string, tables: Rows): IndicatorSource => ({
  kind: 'provider',
  id,
  name: id,
  tables,
});
const councilOf = (report: IndicatorReport) =>
  report.indicators.filter((item) => item.scope === 'council');

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const keyed = items.map((item) => ({ key: random(), item }));
  keyed.sort((a, b) => a.key - b.key);
  return keyed.map(({ item }) => item);
}

describe('indicator properties', () => {
  it('keeps every numerator within its denominator, and the value their percentage', () => {
    fc.assert(
      fc.property(childrenArb, (children) => {
        const report = computeIndicators([council(tablesOf(children))]);
        for (const item of report.indicators.filter((each) => each.available)) {
          const numerator = item.numerator ?? -1;
          const denominator = item.denominator ?? -1;
          expect(numerator).toBeGreaterThanOrEqual(0);
          expect(numerator).toBeLessThanOrEqual(denominator);
          expect(item.value).toBe(
            denominator === 0 ? null : Math.round((1000 * numerator) / denominator) / 10,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of rows within tables', () => {
    fc.assert(
      fc.property(childrenArb, fc.integer(), (children, seed) => {
        const tables = tablesOf(children);
        // Rows that clash: the same child and DECOM, saying something else.
        tables.Episodes.push(
          ...tables.Episodes.slice(0, 2).map((row) => ({
            row: row.row,
            values: { ...row.values, PLACE: 'K2', DEC: '', PLACE_PROVIDER: 'PR3' },
          })),
        );
        const mixed = { ...tables };
        for (const table of TABLES) mixed[table] = shuffled(tables[table], seed + table.length);
        expect(computeIndicators([council(mixed)])).toEqual(computeIndicators([council(tables)]));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the council the same figures however its children are split among providers', () => {
    fc.assert(
      fc.property(
        childrenArb,
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 8, maxLength: 8 }),
        (children, owners) => {
          const held = [0, 1, 2].map((owner) =>
            tablesOf(children.filter((_, at) => owners[at] === owner)),
          );
          const [own = tablesOf([]), first = tablesOf([]), second = tablesOf([])] = held;
          const split = computeIndicators([
            council(own),
            provider('p1', first),
            provider('p2', second),
          ]);
          const whole = computeIndicators([council(tablesOf(children))]);
          expect(councilOf(split)).toEqual(councilOf(whole));
          // Each provider's own figures are those of its records alone.
          const alone = computeIndicators(
            [provider('p1', first)],
            split.year === null ? {} : { year: Number(split.year.start.slice(0, 4)) },
          );
          expect(alone.indicators.filter((item) => item.scope === 'p1')).toEqual(
            split.indicators.filter((item) => item.scope === 'p1'),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts each child once for the council when providers repeat the council’s rows', () => {
    fc.assert(
      fc.property(childrenArb, fc.integer(), fc.integer(), (children, seed, other) => {
        const tables = tablesOf(children);
        const copy = (keep: number): Rows => {
          const random = seededRandom(keep);
          const rows = { ...tables };
          for (const table of TABLES)
            rows[table] = shuffled(
              tables[table].filter(() => random() < 0.6),
              keep,
            );
          return rows;
        };
        const alone = computeIndicators([council(tables)]);
        const repeated = computeIndicators([
          provider('p1', copy(seed)),
          council(tables),
          provider('p2', copy(other)),
        ]);
        expect(councilOf(repeated)).toEqual(councilOf(alone));
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the sources', () => {
    fc.assert(
      fc.property(childrenArb, childrenArb, (first, second) => {
        const sources = [
          council(tablesOf(first)),
          provider('p1', tablesOf(second)),
          provider('p2', tablesOf(first)),
        ];
        const forward = computeIndicators(sources);
        const backward = computeIndicators(sources.toReversed());
        expect(councilOf(backward)).toEqual(councilOf(forward));
      }),
      { numRuns: 80 },
    );
  });
});

const list8Arb = fc
  .array(
    fc.record({
      'Child Unique ID': fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      'Date Started to be Looked After': fc.constantFrom('2022-01-01', '2023-10-01', null),
      'Date Ceased to be Looked After': fc.constantFrom(null, null, '2024-01-31'),
      'Date of Latest Statutory Review': fc.constantFrom('2024-02-01', '2023-05-01', null),
      'Date of Last Social Work Visit': fc.constantFrom('2024-02-20', '2023-12-01', null),
      'Date of Last Health Assessment': fc.constantFrom('2023-12-01', '2022-12-01', null),
      'Date of Last Dental Check': fc.constantFrom('2023-12-01', null),
      'Number of Placements in the Last 12 months': fc.constantFrom(0, 1, 3, 5, null),
      'Placement Location': fc.constantFrom('In', 'Out', 'b) Out', null),
      'LA of Placement': fc.constantFrom('Kent', 'WAL', null),
      'Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months':
        fc.constantFrom(0, 2, null),
      'Was the child offered a Return Interview after their last missing episode (Y/N)?':
        fc.constantFrom('Yes', 'No', null),
      'Did the child accept a Return Interview after their last missing episode (Y/N)?':
        fc.constantFrom('Yes', 'No', null),
    }),
    { maxLength: 8 },
  )
  .map((rows) => rows.map((values, at): RecordRow => ({ row: at + 2, values })));

const listSource = (id: string, list: RecordRow[]): IndicatorSource => ({
  kind: 'provider',
  id,
  name: id,
  tables: { 'List 8': list },
});

describe('Annex A indicator properties', () => {
  it('stay within their denominators, whatever the row order, and count children once', () => {
    fc.assert(
      fc.property(list8Arb, fc.integer(), (rows, seed) => {
        const asAt = { asAt: '2024-03-01' };
        const one = computeIndicators([listSource('p', rows)], asAt);
        const both = computeIndicators(
          [listSource('p', shuffled(rows, seed)), listSource('q', rows)],
          asAt,
        );
        for (const item of one.indicators.filter((each) => each.available)) {
          expect(item.numerator ?? 0).toBeLessThanOrEqual(item.denominator ?? 0);
        }
        expect(councilOf(both)).toEqual(councilOf(one));
      }),
      { numRuns: 150 },
    );
  });
});
