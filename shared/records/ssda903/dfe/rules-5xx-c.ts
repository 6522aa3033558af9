/**
 * DfE 903 rules 526–550: placement providers against placement types, and
 * the OC2 outcomes (convictions, health promotion) by age at 31 March. Each
 * rule's text is in catalogue.ts; a comment gives the reading where the text
 * leaves a choice.
 *
 * PLACE_PROVIDER codes (DfE SSDA903 guidance,
 * https://www.gov.uk/guidance/children-looked-after-return): PR0 parent(s)
 * or other person with parental responsibility, PR1 own provision by the
 * council, PR2 other council, PR3 other public provision, PR4 private
 * provision, PR5 voluntary/third sector.
 */
import type { Ssda903Row, TableSource } from '../types';
import type { DfeInput, DfeRule } from './rule';
import type { DfeRuleYear } from './years';
import { ageOn, blank, rowsOf, yearDays } from './helpers';
import { continuouslyLookedAfterAt } from './helpers-1xx-care';
import { view } from './view';

/**
 * The placements that need no provider: temporary placements T0–T4 and
 * "other placement". 2022/23–2024/25 code that as Z1; from 2025/26 the
 * DfE's rules (146, and 526's own list) use Z11–Z14 instead, so a Z1 there
 * is not excused.
 */
function noProviderNeeded(year: DfeRuleYear): ReadonlySet<string> {
  const temporary = ['T0', 'T1', 'T2', 'T3', 'T4'];
  const other =
    year === '2022/23' || year === '2023/24' || year === '2024/25'
      ? ['Z1']
      : ['Z11', 'Z12', 'Z13', 'Z14'];
  return new Set([...temporary, ...other]);
}

/** A rule that placement provider `provider` cannot go with the placements `places`. */
function providerExcludes(rule: string, provider: string, places: readonly string[]): DfeRule {
  const excluded = new Set(places);
  return {
    code: rule,
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const placeCodes = episodes.code('PLACE');
      episodes.code('PLACE_PROVIDER').forEach((given, at) => {
        if (given === provider && excluded.has(placeCodes[at] ?? '')) {
          episodes.flag(flag, at, ['PLACE_PROVIDER', 'PLACE']);
        }
      });
    },
  };
}

/** The OC2 fields every child with outcomes recorded must have (544, 547). */
const HEALTH_FIELDS = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

/** An OC2 row, and whether the child was looked after continuously through the year. */
type AgedRow = { readonly source: TableSource; readonly row: Ssda903Row; readonly looked: boolean };

/**
 * The OC2 rows of children whose age at 31 March of the collection year
 * passes `test`, with whether the child was looked after
 * continuously through the year (helpers-5xx). Rows without a DOB are left
 * out: their age is unknown.
 */
function oc2ByAge(input: DfeInput, test: (age: number) => boolean): AgedRow[] {
  const { end } = yearDays(input.year);
  const episodes = view(input.tables.Episodes);
  const children = episodes.byChild();
  const oc2 = view(input.tables.OC2);
  const found: AgedRow[] = [];
  oc2.date('DOB').forEach((dob, at) => {
    const source = oc2.sources[at];
    const row = oc2.rows[at];
    if (dob === undefined || source === undefined || row === undefined) return;
    if (!test(ageOn(dob, end))) return;
    // helpers-1xx-care's reading of "looked after continuously" is the same as helpers-5xx's.
    const own = children.get(oc2.child[at] ?? '') ?? [];
    const looked = continuouslyLookedAfterAt(episodes, own, input.year);
    found.push({ source, row, looked });
  });
  return found;
}

export const RULES_5XX_C: readonly DfeRule[] = [
  {
    // Every episode outside the placements that need no provider
    // (noProviderNeeded, by year) must have a PLACE_PROVIDER.
    code: '526',
    check: ({ tables, ruleYear }, flag) => {
      const exempt = noProviderNeeded(ruleYear);
      const episodes = view(tables.Episodes);
      const providers = episodes.code('PLACE_PROVIDER');
      episodes.code('PLACE').forEach((place, at) => {
        if (!exempt.has(place) && providers[at] === '') {
          episodes.flag(flag, at, ['PLACE_PROVIDER', 'PLACE']);
        }
      });
    },
  },
  providerExcludes('527', 'PR1', ['P1', 'R2', 'R5']),
  providerExcludes('528', 'PR2', ['P1', 'R2', 'R5']),
  providerExcludes('529', 'PR3', [
    'P1',
    'A3',
    'A4',
    'A5',
    'A6',
    'K1',
    'K2',
    'U1',
    'U2',
    'U3',
    'U4',
    'U5',
    'U6',
  ]),
  providerExcludes('530', 'PR4', ['P1']),
  providerExcludes('531', 'PR5', ['P1']),
  {
    code: '542',
    check: (input, flag) => {
      for (const { source, row } of oc2ByAge(input, (age) => age < 10)) {
        if (!blank(row, 'CONVICTED')) flag(source, row, ['CONVICTED', 'DOB']);
      }
    },
  },
  {
    code: '543',
    check: (input, flag) => {
      for (const { source, row, looked } of oc2ByAge(input, (age) => age >= 10)) {
        if (looked && blank(row, 'CONVICTED')) flag(source, row, ['CONVICTED', 'DOB']);
      }
    },
  },
  {
    // CONVICTED filled: each of the four health fields left blank is named.
    code: '544',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        if (blank(row, 'CONVICTED')) continue;
        const missing = HEALTH_FIELDS.filter((field) => blank(row, field));
        if (missing.length > 0) flag(source, row, missing);
      }
    },
  },
  {
    code: '545',
    check: (input, flag) => {
      for (const { source, row, looked } of oc2ByAge(input, (age) => age < 5)) {
        if (looked && blank(row, 'HEALTH_CHECK')) flag(source, row, ['HEALTH_CHECK', 'DOB']);
      }
    },
  },
  {
    // The rule reads Episodes as well as OC2: like 545, it is about the
    // children looked after continuously for the year (the children OC2 is
    // for), so a child not continuously looked after is not flagged.
    code: '546',
    check: (input, flag) => {
      for (const { source, row, looked } of oc2ByAge(input, (age) => age >= 5)) {
        if (looked && !blank(row, 'HEALTH_CHECK')) flag(source, row, ['HEALTH_CHECK', 'DOB']);
      }
    },
  },
  {
    // HEALTH_CHECK filled: each of the four health fields left blank is named.
    code: '547',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        if (blank(row, 'HEALTH_CHECK')) continue;
        const missing = HEALTH_FIELDS.filter((field) => blank(row, field));
        if (missing.length > 0) flag(source, row, missing);
      }
    },
  },
  {
    // PR0 (parents) goes only with P1 (placed with parents); a blank PLACE
    // is left to the PLACE checks.
    code: '550',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('PLACE_PROVIDER').forEach((provider, at) => {
        const place = places[at] ?? '';
        if (provider === 'PR0' && place !== '' && place !== 'P1') {
          episodes.flag(flag, at, ['PLACE_PROVIDER', 'PLACE']);
        }
      });
    },
  },
];
