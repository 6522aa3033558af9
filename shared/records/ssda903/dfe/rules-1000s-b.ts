/**
 * DfE 903 rules 1008–3001 (1015 is left out: left-out.ts). Each rule's text
 * is in catalogue.ts; a comment gives the reading where the text leaves a
 * choice. DfE guidance: https://www.gov.uk/guidance/children-looked-after-return
 */
import type { TableName } from '../tables';
import { ageOn, blank, byChild, code, dateOf, rowsOf, yearDays, rowsByChild } from './helpers';
import { always, codeCellRule } from './helpers-1xx-cells';
import {
  episodesInYear,
  given,
  latestEpisode,
  latestPosition,
  yearsAfter,
} from './helpers-1xx-care';
import { view } from './view';
import { REASON_PLACE_CHANGE } from './codes-1xx';
import type { DfeRule } from './rule';
import { LEAVER_FIELDS } from './rules-1000s';

/** The URN the DfE's guidance has returned when a placement has none. */
const NO_URN = 'XXXXXXX';

/** The tables that hold looked-after children's data other than OC3 (rule 1012). */
const CARE_TABLES: readonly TableName[] = [
  'PlacedAdoption',
  'Missing',
  'Reviews',
  'AD1',
  'PrevPerm',
  'OC2',
];

/** OC3 ACCOM Z1, Z2: with former foster carer(s) (DfE SSDA903 guidance). */
const WITH_FORMER_FOSTER_CARERS: ReadonlySet<string> = new Set(['Z1', 'Z2']);

export const RULES_1000S_B: readonly DfeRule[] = [
  {
    // Checked against the Ofsted provider lists imported for the inspection;
    // without them nothing is flagged. A blank URN and the placeholder
    // XXXXXXX are not URNs to look up.
    code: '1008',
    check: ({ tables, providers }, flag) => {
      if (providers === undefined) return;
      for (const [source, row] of rowsOf(tables.Episodes)) {
        const urn = (row.values.URN ?? '').trim();
        if (urn === '' || urn.toUpperCase() === NO_URN) continue;
        if (!providers.has(urn) && !providers.has(urn.toUpperCase())) flag(source, row, 'URN');
      }
    },
  },
  codeCellRule({
    code: '1009',
    table: 'Episodes',
    column: 'REASON_PLACE_CHANGE',
    blankFails: false,
    codes: always(REASON_PLACE_CHANGE),
  }),
  {
    // Needs last year's return: an OC3 child with no episode this year whose
    // latest episode last year (by start) was still open.
    code: '1010',
    check: ({ tables, previous }, flag) => {
      if (tables.Episodes === undefined || previous?.Episodes === undefined) return;
      const current = byChild(tables.Episodes);
      const last = byChild(previous.Episodes);
      for (const [child, rows] of byChild(tables.OC3)) {
        if (current.has(child)) continue;
        const final = latestEpisode(last.get(child) ?? []);
        if (final === undefined || !blank(final[1], 'DEC')) continue;
        for (const [source, row] of rows) {
          const filled = given(row, LEAVER_FIELDS);
          if (filled.length > 0) flag(source, row, filled);
        }
      }
    },
  },
  {
    // The final episode is the one that started last; REC E3 is "care
    // transferred to another local authority".
    code: '1011',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      const decoms = episodes.date('DECOM');
      const recs = episodes.code('REC');
      for (const [child, rows] of byChild(tables.OC3)) {
        const final = latestPosition(decoms, children.get(child) ?? []);
        if (final === undefined || recs[final] !== 'E3') continue;
        for (const [source, row] of rows) {
          const filled = given(row, LEAVER_FIELDS);
          if (filled.length > 0) flag(source, row, filled);
        }
      }
    },
  },
  {
    // A child with no episode this year may appear only in OC3 (and Header):
    // their rows in the other children-looked-after tables are flagged.
    // Without an Episodes table nothing is judged.
    code: '1012',
    check: ({ tables }, flag) => {
      if (tables.Episodes === undefined) return;
      const episodes = view(tables.Episodes).byChild();
      for (const table of CARE_TABLES) {
        const rows = view(tables[table]);
        rows.child.forEach((child, at) => {
          if (child !== '' && !episodes.has(child)) rows.flag(flag, at, 'CHILD');
        });
      }
    },
  },
  {
    // A care leaver here is a child with OC3 information and no episode in
    // the year (none at all, or none overlapping it); their UASC row is the
    // information not required, and is flagged.
    code: '1014',
    check: ({ tables, year }, flag) => {
      const episodes = view(tables.Episodes);
      const children = episodes.byChild();
      const during = episodesInYear(episodes, year);
      const leavers = new Set<string>();
      for (const [child, rows] of byChild(tables.OC3)) {
        const hasLeaverData = rows.some(([, row]) => given(row, LEAVER_FIELDS).length > 0);
        const inCare = (children.get(child) ?? []).some((at) => during[at] === true);
        if (hasLeaverData && !inCare) leavers.add(child);
      }
      for (const [child, rows] of byChild(tables.UASC)) {
        if (!leavers.has(child)) continue;
        for (const [source, row] of rows) flag(source, row, ['DUC', 'CHILD']);
      }
    },
  },
  {
    // An OC3 child aged 17 or 18 at 31 March (age from the OC3 DOB) one of
    // whose episodes ended on or after their 17th birthday has care leaver
    // information filled in.
    code: '1016',
    check: ({ tables, year }, flag) => {
      const { end } = yearDays(year);
      const episodes = rowsByChild(tables.Episodes);
      for (const [child, rows] of byChild(tables.OC3)) {
        for (const [source, row] of rows) {
          const dob = dateOf(row, 'DOB');
          const filled = given(row, LEAVER_FIELDS);
          if (dob === undefined || filled.length === 0) continue;
          const age = ageOn(dob, end);
          if (age < 17 || age > 18) continue;
          const seventeen = yearsAfter(dob, 17);
          const ceasedAfter = (episodes.get(child) ?? []).some(([, episode]) => {
            const ceased = dateOf(episode, 'DEC');
            return ceased !== undefined && ceased >= seventeen;
          });
          if (ceasedAfter) flag(source, row, filled);
        }
      }
    },
  },
  {
    // A child whose 17th birthday falls in the collection year (DOB from
    // Header, else from the OC3 row) cannot have accommodation Z1 or Z2
    // (with former foster carers: "staying put" begins at 18).
    code: '3001',
    check: ({ tables, year }, flag) => {
      const { start, end } = yearDays(year);
      const header = byChild(tables.Header);
      for (const [child, rows] of byChild(tables.OC3)) {
        const fromHeader = (header.get(child) ?? [])
          .map(([, row]) => dateOf(row, 'DOB'))
          .find((day) => day !== undefined);
        for (const [source, row] of rows) {
          if (!WITH_FORMER_FOSTER_CARERS.has(code(row, 'ACCOM'))) continue;
          const dob = fromHeader ?? dateOf(row, 'DOB');
          if (dob === undefined) continue;
          const seventeen = yearsAfter(dob, 17);
          if (seventeen >= start && seventeen <= end) flag(source, row, 'ACCOM');
        }
      }
    },
  },
];
