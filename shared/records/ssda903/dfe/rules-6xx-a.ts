/**
 * DfE 903 rules 601–612: adoption details (AD1) against the episodes, and
 * motherhood (Header MOTHER, MC_DOB). Each rule's text is in catalogue.ts;
 * a comment gives the reading where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { blank, byChild, rowsOf, type SourcedRow } from './helpers';
import { inYear } from './helpers-r4';
import { view } from './view';
import type { DfeInput, DfeRule } from './rule';
import type { DfeRuleYear } from './years';

/** REC `E11`, `E12`: the child was adopted (DfE SSDA903 guidance, reason episode ceased). */
const ADOPTED = new Set(['E11', 'E12']);

/** The AD1 fields the return gives for a child adopted in the year. */
const ADOPTION_FIELDS = [
  'DATE_INT',
  'DATE_MATCH',
  'FOSTER_CARE',
  'NB_ADOPTR',
  'SEX_ADOPTR',
  'LS_ADOPTR',
] as const;

/** Episodes of each child that ended in adoption within the collection year. */
function adoptedInYear(input: DfeInput): Map<string, SourcedRow[]> {
  const adopted = new Map<string, SourcedRow[]>();
  const episodes = view(input.tables.Episodes);
  const recs = episodes.code('REC');
  const decs = episodes.date('DEC');
  for (const [child, positions] of episodes.byChild()) {
    const ended = positions.flatMap((at) => {
      const entry = episodes.entries[at];
      return entry !== undefined && ADOPTED.has(recs[at] ?? '') && inYear(input, decs[at])
        ? [entry]
        : [];
    });
    if (ended.length > 0) adopted.set(child, ended);
  }
  return adopted;
}

/**
 * Header SEX for a girl: `F` from 2024/25 (spec-by-year
 * SSDA903_schema_2025.diff.yml replaced the codes with M/F/U), `2` before.
 * Rules 607 and 612 were redefined in 2024/25 for the new code.
 */
function female(ruleYear: DfeRuleYear): string {
  return ruleYear === '2022/23' || ruleYear === '2023/24' ? '2' : 'F';
}

/** LS `V3`, `V4`: short breaks, whose children the motherhood rules leave out. */
const SHORT_BREAKS = new Set(['V3', 'V4']);

export const RULES_6XX_A: readonly DfeRule[] = [
  {
    // A child adopted in the year (an episode ending E11/E12 within the
    // year) must have the AD1 fields. Reading: an AD1 row missing any field
    // is flagged on the blank fields; with AD1 loaded but no row for the
    // child, the adoption episode is flagged (nothing at all was completed).
    code: '601',
    check: (input, flag) => {
      const { tables } = input;
      if (tables.AD1 === undefined) return;
      const ad1 = byChild(tables.AD1);
      for (const [child, episodes] of adoptedInYear(input)) {
        const rows = ad1.get(child);
        if (rows === undefined) {
          for (const [source, row] of episodes) flag(source, row, 'REC', 'no AD1 row');
          continue;
        }
        for (const [source, row] of rows) {
          const missing = ADOPTION_FIELDS.filter((field) => blank(row, field));
          if (missing.length > 0) flag(source, row, missing);
        }
      }
    },
  },
  {
    // An AD1 row with adoption details (any field filled) for a child with
    // no episode ending in adoption (E11/E12) within the year.
    code: '602',
    check: (input, flag) => {
      if (input.tables.Episodes === undefined) return;
      const adopted = adoptedInYear(input);
      for (const [source, row] of rowsOf(input.tables.AD1)) {
        const child = (row.values.CHILD ?? '').trim();
        if (child === '' || adopted.has(child)) continue;
        if (ADOPTION_FIELDS.some((field) => !blank(row, field))) flag(source, row, 'CHILD');
      }
    },
  },
  {
    // A girl (SEX F; 2 before 2024/25) who ceased to be looked after
    // in the year (an episode with DEC in the year and REC other than X1,
    // not a short break V3/V4) must have MOTHER completed: the Header row is
    // flagged.
    code: '607',
    check: (input, flag) => {
      const episodes = view(input.tables.Episodes);
      const decs = episodes.date('DEC');
      const recs = episodes.code('REC');
      const statuses = episodes.code('LS');
      const children = episodes.byChild();
      const girl = female(input.ruleYear);
      const header = view(input.tables.Header);
      const sexes = header.code('SEX');
      const mothers = header.code('MOTHER');
      for (const [child, headers] of header.byChild()) {
        // Only a girl with MOTHER blank can break the rule.
        if (!headers.some((at) => sexes[at] === girl && mothers[at] === '')) continue;
        const ceased = (children.get(child) ?? []).some(
          (at) =>
            inYear(input, decs[at]) &&
            recs[at] !== '' &&
            recs[at] !== 'X1' &&
            !SHORT_BREAKS.has(statuses[at] ?? ''),
        );
        if (!ceased) continue;
        for (const at of headers) {
          if (sexes[at] === girl && mothers[at] === '') header.flag(flag, at, 'MOTHER');
        }
      }
    },
  },
  {
    // MOTHER is 1 but the first child's date of birth is blank.
    code: '611',
    check: ({ tables }, flag) => {
      const header = view(tables.Header);
      const births = header.code('MC_DOB');
      header.code('MOTHER').forEach((mother, at) => {
        if (mother === '1' && births[at] === '') header.flag(flag, at, ['MC_DOB', 'MOTHER']);
      });
    },
  },
  {
    // A girl's first child's date of birth is given but MOTHER is 0. Reading:
    // a blank MOTHER does not record her as a mother either, so it is flagged
    // too (as the DfE's check does); a boy with MC_DOB is rule 174's.
    code: '612',
    check: ({ tables, ruleYear }, flag) => {
      const girl = female(ruleYear);
      const header = view(tables.Header);
      const sexes = header.code('SEX');
      const births = header.code('MC_DOB');
      header.code('MOTHER').forEach((mother, at) => {
        if ((mother === '0' || mother === '') && sexes[at] === girl && births[at] !== '')
          header.flag(flag, at, ['MC_DOB', 'MOTHER']);
      });
    },
  },
];
