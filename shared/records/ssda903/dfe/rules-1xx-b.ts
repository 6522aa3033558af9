/**
 * DfE 903 rules 157–199 about the OC2 cohort (children looked after
 * continuously for 12 months at 31 March: helpers-1xx-care.ts) and the SDQ,
 * and rule 199 (previously adopted). Each rule's text is in catalogue.ts; a
 * comment gives the reading where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import type { CollectionYear, Ssda903Tables, TableSource } from '../types';
import { blank, byChild, code, dateOf, rowsOf, yearDays } from './helpers';
import { anyGiven, continuouslyLookedAfterAt, given, yearsAfter } from './helpers-1xx-care';
import { view, type TableView } from './view';
import { ADOPTION_ITEMS, LEAVER_ITEMS, OC2_ITEMS, OC2_REQUIRED } from './codes-1xx';
import type { DfeRule } from './rule';

const SDQ = ['SDQ_SCORE', 'SDQ_REASON'] as const;

/**
 * Cohorts already worked out, by the Episodes sources and the year: a
 * return's tables are the same arrays for every rule of one run, so the
 * rules about the cohort share one.
 */
const cohorts = new WeakMap<readonly TableSource[], Map<string, ReadonlySet<string>>>();

/** The children looked after continuously for 12 months at 31 March, from the Episodes table. */
function cohort(tables: Ssda903Tables, year: CollectionYear): ReadonlySet<string> {
  const sources = tables.Episodes;
  const known = sources === undefined ? undefined : cohorts.get(sources)?.get(year.start);
  if (known !== undefined) return known;
  const children = new Set<string>();
  const episodes = view(tables.Episodes);
  for (const [child, positions] of episodes.byChild()) {
    if (continuouslyLookedAfterAt(episodes, positions, year)) children.add(child);
  }
  if (sources !== undefined) {
    const byYear = cohorts.get(sources) ?? new Map<string, ReadonlySet<string>>();
    byYear.set(year.start, children);
    cohorts.set(sources, byYear);
  }
  return children;
}

/** Whether the child (by the row's DOB) has turned `years` by `day`. */
function turned(dob: number | undefined, years: number, day: number): boolean {
  return dob !== undefined && yearsAfter(dob, years) <= day;
}

/**
 * An OC2-cohort rule: each OC2 row (its position in the OC2 view), with
 * whether its child is in the cohort; `check` names the columns to flag.
 */
function eachOc2(
  check: (oc2: TableView, at: number, inCohort: boolean, year: CollectionYear) => readonly string[],
): DfeRule['check'] {
  return ({ tables, year }, flag) => {
    if (tables.Episodes === undefined) return;
    const looked = cohort(tables, year);
    const oc2 = view(tables.OC2);
    oc2.child.forEach((child, at) => {
      const columns = check(oc2, at, looked.has(child), year);
      if (columns.length > 0) oc2.flag(flag, at, columns);
    });
  };
}

/** REC E11 or E12: the episode ended with the child adopted. */
function isAdoption(rec: string | undefined): boolean {
  return rec === 'E11' || rec === 'E12';
}

/** The earliest start of an episode that ended in adoption (E11, E12), over both years. */
function adoptedFrom(
  starts: readonly (readonly [number | undefined, string])[],
): number | undefined {
  let adoptedBy: number | undefined;
  for (const [start, rec] of starts) {
    const adopted = isAdoption(rec);
    if (start !== undefined && adopted && (adoptedBy === undefined || start < adoptedBy)) {
      adoptedBy = start;
    }
  }
  return adoptedBy;
}

export const RULES_1XX_B: readonly DfeRule[] = [
  {
    // SDQ1 ("no form returned: child under 4 or over 16 at the assessment")
    // does not fit a child in the cohort who is 4 or over on 1 April and not
    // yet 17 on 31 March (16 or under); the OC2 row's DOB gives the age.
    code: '157',
    check: eachOc2((oc2, at, inCohort, year) => {
      const { start, end } = yearDays(year);
      const dob = oc2.date('DOB')[at];
      const ofAge = turned(dob, 4, start) && !turned(dob, 17, end);
      return inCohort &&
        ofAge &&
        oc2.code('SDQ_SCORE')[at] === '' &&
        oc2.code('SDQ_REASON')[at] === 'SDQ1'
        ? ['SDQ_REASON', 'DOB']
        : [];
    }),
  },
  {
    code: '181',
    covers: OC2_ITEMS.map((column) => ({ table: 'OC2', column, kind: 'code' }) as const),
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        const wrong = OC2_ITEMS.filter(
          (item) => !blank(row, item) && code(row, item) !== '0' && code(row, item) !== '1',
        );
        if (wrong.length > 0) flag(source, row, wrong);
      }
    },
  },
  {
    // Reading of the text: once any OC2 item is given, the four required
    // items must all be given; the blank ones are named.
    code: '182',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        if (!anyGiven(row, OC2_ITEMS)) continue;
        const missing = OC2_REQUIRED.filter((item) => blank(row, item));
        if (missing.length > 0) flag(source, row, missing);
      }
    },
  },
  {
    code: '185',
    check: eachOc2((oc2, at, inCohort) =>
      !inCohort && oc2.code('SDQ_SCORE')[at] !== '' ? ['SDQ_SCORE'] : [],
    ),
  },
  {
    // A child in the cohort aged 4 or over on 1 April and under 17 on 31
    // March (OC2 DOB) with no SDQ score is flagged, as the text asks for the
    // score (a reason for no score is checked by 197B for 4- and 17-year-olds).
    code: '186',
    check: eachOc2((oc2, at, inCohort, year) => {
      const { start, end } = yearDays(year);
      const dob = oc2.date('DOB')[at];
      const ofAge = turned(dob, 4, start) && !turned(dob, 17, end);
      return inCohort && ofAge && oc2.code('SDQ_SCORE')[at] === '' ? ['SDQ_SCORE'] : [];
    }),
  },
  {
    // A child in the cohort is still looked after, so neither adopted (AD1)
    // nor a care leaver (OC3): the filled items of either are flagged.
    code: '187',
    check: ({ tables, year }, flag) => {
      if (tables.Episodes === undefined) return;
      const looked = cohort(tables, year);
      for (const [items, sources] of [
        [ADOPTION_ITEMS, tables.AD1],
        [LEAVER_ITEMS, tables.OC3],
      ] as const) {
        for (const [source, row] of rowsOf(sources)) {
          const filled = given(row, items);
          if (looked.has((row.values.CHILD ?? '').trim()) && filled.length > 0) {
            flag(source, row, filled);
          }
        }
      }
    },
  },
  {
    // Under 4 on 31 March (OC2 DOB).
    code: '188',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      for (const [source, row] of rowsOf(tables.OC2)) {
        const dob = dateOf(row, 'DOB');
        const filled = given(row, SDQ);
        if (dob !== undefined && !turned(dob, 4, end) && filled.length > 0)
          flag(source, row, filled);
      }
    },
  },
  {
    // 17 or over on 1 April (OC2 DOB).
    code: '189',
    check: ({ tables, year }, flag) => {
      const { start } = yearDays(year);
      for (const [source, row] of rowsOf(tables.OC2)) {
        const filled = given(row, SDQ);
        if (turned(dateOf(row, 'DOB'), 17, start) && filled.length > 0) flag(source, row, filled);
      }
    },
  },
  {
    code: '190',
    check: eachOc2((oc2, at, inCohort) => (inCohort ? [] : oc2.given(at, OC2_ITEMS))),
  },
  {
    // A child in the cohort whose OC2 row leaves a required item blank, or
    // who has no OC2 row at all (flagged on their first episode, CHILD).
    code: '191',
    check: ({ tables, year }, flag) => {
      if (tables.Episodes === undefined || tables.OC2 === undefined) return;
      const looked = cohort(tables, year);
      const withOc2 = byChild(tables.OC2);
      for (const [source, row] of rowsOf(tables.OC2)) {
        const missing = OC2_REQUIRED.filter((item) => blank(row, item));
        if (looked.has((row.values.CHILD ?? '').trim()) && missing.length > 0) {
          flag(source, row, missing);
        }
      }
      const episodes = view(tables.Episodes);
      for (const [child, [first]] of episodes.byChild()) {
        if (looked.has(child) && !withOc2.has(child) && first !== undefined) {
          episodes.flag(flag, first, 'CHILD');
        }
      }
    },
  },
  {
    code: '192',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        if (code(row, 'SUBSTANCE_MISUSE') === '1' && blank(row, 'INTERVENTION_RECEIVED')) {
          flag(source, row, ['INTERVENTION_RECEIVED', 'SUBSTANCE_MISUSE']);
        }
      }
    },
  },
  {
    // "Not identified": SUBSTANCE_MISUSE is anything but 1 (0 or blank).
    code: '193',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        const filled = given(row, ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED']);
        if (code(row, 'SUBSTANCE_MISUSE') !== '1' && filled.length > 0) {
          flag(source, row, [...filled, 'SUBSTANCE_MISUSE']);
        }
      }
    },
  },
  {
    // A child in the cohort who turns 4 or 17 during the year (OC2 DOB) has
    // neither an SDQ score nor a reason for none.
    code: '197B',
    check: eachOc2((oc2, at, inCohort, year) => {
      const { start, end } = yearDays(year);
      const dob = oc2.date('DOB')[at];
      if (!inCohort || dob === undefined) return [];
      const turns = [4, 17].some((age) => {
        const birthday = yearsAfter(dob, age);
        return birthday >= start && birthday <= end;
      });
      return turns && oc2.given(at, SDQ).length === 0 ? ['SDQ_REASON', 'DOB'] : [];
    }),
  },
  {
    code: '197a',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        if (!blank(row, 'SDQ_SCORE') && !blank(row, 'SDQ_REASON')) {
          flag(source, row, ['SDQ_REASON', 'SDQ_SCORE']);
        }
      }
    },
  },
  {
    code: '198',
    check: eachOc2((oc2, at, inCohort) =>
      !inCohort && oc2.code('SDQ_REASON')[at] !== '' ? ['SDQ_REASON'] : [],
    ),
  },
  {
    // Over this year's and last year's episodes in start order, an episode
    // this year that starts after one that ended in adoption (E11, E12) is
    // flagged. An episode in both returns (same start) counts once.
    code: '199',
    check: ({ tables, previous }, flag) => {
      const last = byChild(previous?.Episodes);
      const episodes = view(tables.Episodes);
      const decoms = episodes.date('DECOM');
      const recs = episodes.code('REC');
      for (const [child, positions] of episodes.byChild()) {
        const earlier = last.get(child) ?? [];
        // Most children were never adopted: adoptedFrom would find nothing.
        if (earlier.length === 0 && !positions.some((at) => isAdoption(recs[at]))) continue;
        const adoptedBy = adoptedFrom([
          ...earlier.map(([, row]) => [dateOf(row, 'DECOM'), code(row, 'REC')] as const),
          ...positions.map((at) => [decoms[at], recs[at] ?? ''] as const),
        ]);
        if (adoptedBy === undefined) continue;
        const carried = new Set(earlier.map(([, row]) => dateOf(row, 'DECOM')));
        for (const at of positions) {
          const start = decoms[at];
          if (start !== undefined && start > adoptedBy && !carried.has(start)) {
            episodes.flag(flag, at, 'CHILD');
          }
        }
      }
    },
  },
];
