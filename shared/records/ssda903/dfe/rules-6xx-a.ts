/**
 * DfE 903 rules 601–628: adoption details (AD1) against the episodes, and
 * motherhood (Header MOTHER, MC_DOB). Each rule's text is in catalogue.ts;
 * a comment gives the reading where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { ageOn, blank, byChild, code, dateOf, rowsOf, type SourcedRow } from './helpers';
import { collectionDays, inYear, latestAt } from './helpers-r4';
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
  {
    // MOTHER is 1 but the child is under 11 at the start of the collection year.
    code: '620',
    check: (input, flag) => {
      const { start } = collectionDays(input);
      const header = view(input.tables.Header);
      const dobs = header.date('DOB');
      header.code('MOTHER').forEach((mother, at) => {
        const dob = dobs[at];
        if (mother === '1' && dob !== undefined && ageOn(dob, start) < 11)
          header.flag(flag, at, ['DOB', 'MOTHER']);
      });
    },
  },
  {
    // The first child was born on or before the mother's own birthday: a
    // mother cannot be younger than, or the same age as, her child.
    code: '621',
    check: ({ tables }, flag) => {
      const header = view(tables.Header);
      const births = header.date('MC_DOB');
      header.date('DOB').forEach((dob, at) => {
        const child = births[at];
        if (dob !== undefined && child !== undefined && child <= dob)
          header.flag(flag, at, ['MC_DOB', 'DOB']);
      });
    },
  },
  {
    // Last year's return gave a first child's date of birth and this year's
    // differs (or is blank). Dates are compared as days when both are dates,
    // else as written.
    code: '624',
    check: ({ tables, previous }, flag) => {
      if (previous === undefined) return;
      const before = byChild(previous.Header);
      for (const [child, rows] of byChild(tables.Header)) {
        const earlier = (before.get(child) ?? []).find(([, row]) => !blank(row, 'MC_DOB'));
        if (earlier === undefined) continue;
        const was = earlier[1];
        for (const [source, row] of rows) {
          const day = dateOf(row, 'MC_DOB');
          const wasDay = dateOf(was, 'MC_DOB');
          const same =
            day !== undefined && wasDay !== undefined
              ? day === wasDay
              : (row.values.MC_DOB ?? '').trim() === (was.values.MC_DOB ?? '').trim();
          if (!same) flag(source, row, 'MC_DOB', `last year: ${was.values.MC_DOB ?? ''}`);
        }
      }
    },
  },
  {
    // The first child's date of birth is after the collection year's end, or
    // after the date the child ceased to be looked after. Reading: the child
    // ceased when their last episode (latest DECOM) has a DEC; a child whose
    // last episode is still open has not ceased.
    code: '625',
    check: (input, flag) => {
      const { end } = collectionDays(input);
      const episodes = view(input.tables.Episodes);
      const decoms = episodes.date('DECOM');
      const decs = episodes.date('DEC');
      const children = episodes.byChild();
      const header = view(input.tables.Header);
      const births = header.date('MC_DOB');
      for (const [child, positions] of header.byChild()) {
        // Only a row with a first child's date of birth is checked.
        if (!positions.some((at) => births[at] !== undefined)) continue;
        const last = latestAt(children.get(child) ?? [], decoms);
        const ceased = last === undefined ? undefined : decs[last];
        for (const at of positions) {
          const born = births[at];
          if (born === undefined) continue;
          if (born > end) header.flag(flag, at, 'MC_DOB', 'after the collection year');
          else if (ceased !== undefined && last !== undefined && born > ceased)
            header.flag(
              flag,
              at,
              'MC_DOB',
              `after ceasing care on ${episodes.rows[last]?.values.DEC ?? ''}`,
            );
        }
      }
    },
  },
  {
    // MOTHER is 1 this year and was 0 last year, yet the first child was born
    // before this collection year (so last year should already have said so).
    code: '626',
    check: (input, flag) => {
      const { previous, tables } = input;
      if (previous === undefined) return;
      const { start } = collectionDays(input);
      const before = byChild(previous.Header);
      for (const [child, rows] of byChild(tables.Header)) {
        const wasNot = (before.get(child) ?? []).some(([, row]) => code(row, 'MOTHER') === '0');
        if (!wasNot) continue;
        for (const [source, row] of rows) {
          const born = dateOf(row, 'MC_DOB');
          if (code(row, 'MOTHER') === '1' && born !== undefined && born < start)
            flag(source, row, ['MOTHER', 'MC_DOB']);
        }
      }
    },
  },
  {
    // A care leaver in OC3 (any of IN_TOUCH, ACTIV, ACCOM given) who has no
    // episode in the return (not looked after in the year) has MOTHER filled.
    code: '628',
    check: ({ tables }, flag) => {
      if (tables.Episodes === undefined || tables.OC3 === undefined) return;
      const episodes = view(tables.Episodes).byChild();
      const leavers = new Set(
        [...byChild(tables.OC3)]
          .filter(([, rows]) =>
            rows.some(([, row]) => ['IN_TOUCH', 'ACTIV', 'ACCOM'].some((f) => !blank(row, f))),
          )
          .map(([child]) => child),
      );
      const header = view(tables.Header);
      const mothers = header.code('MOTHER');
      for (const [child, positions] of header.byChild()) {
        if (episodes.has(child) || !leavers.has(child)) continue;
        for (const at of positions) if (mothers[at] !== '') header.flag(flag, at, 'MOTHER');
      }
    },
  },
];
