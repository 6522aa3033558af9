/**
 * DfE 903 rules 511–525: the adopters (AD1) and the dates of the decisions
 * to place a child for adoption. Each rule's text is in catalogue.ts; a
 * comment gives the reading where the text leaves a choice.
 *
 * AD1 codes (DfE SSDA903 guidance, https://www.gov.uk/guidance/children-looked-after-return):
 * SEX_ADOPTR M1/F1 a single male/female adopter, MM/FF/MF a couple;
 * LS_ADOPTR L0 single adopter, L11 married couple of different genders,
 * L12 married couple of the same gender, L2 civil partners, L3 unmarried
 * couple of different genders, L4 unmarried couple of the same gender.
 */
import type { DfeRule } from './rule';
import { blank, byChild, code, dateOf, rowsOf } from './helpers';
import { view } from './view';
import { ADOPTION_PLACES, currentDecision } from './helpers-5xx';

const SINGLE: ReadonlySet<string> = new Set(['M1', 'F1']);
const COUPLE: ReadonlySet<string> = new Set(['MM', 'FF', 'MF']);
const SAME_GENDER: ReadonlySet<string> = new Set(['MM', 'FF']);
const DIFFERENT_GENDER: ReadonlySet<string> = new Set(['MF']);

/** REC E45/E46: a special guardianship order made to the child's former foster carers. */
const FORMER_FOSTER_CARERS: ReadonlySet<string> = new Set(['E45', 'E46']);
/** PLACE U1–U6: foster placements. */
const FOSTERED: ReadonlySet<string> = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** The AD1 fields that record an adoption (all but CHILD and DOB). */
const ADOPTION_FIELDS = [
  'DATE_INT',
  'DATE_MATCH',
  'FOSTER_CARE',
  'NB_ADOPTR',
  'SEX_ADOPTR',
  'LS_ADOPTR',
] as const;

/**
 * An AD1 rule: when LS_ADOPTR is `status`, SEX_ADOPTR must be one of
 * `genders` (a blank SEX_ADOPTR is not one, so it is flagged too).
 */
function adopterGenders(rule: string, status: string, genders: ReadonlySet<string>): DfeRule {
  return {
    code: rule,
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.AD1)) {
        if (code(row, 'LS_ADOPTR') === status && !genders.has(code(row, 'SEX_ADOPTR'))) {
          flag(source, row, ['SEX_ADOPTR', 'LS_ADOPTR']);
        }
      }
    },
  };
}

export const RULES_5XX_B: readonly DfeRule[] = [
  {
    // NB_ADOPTR 2 with a single adopter's code (M1, F1).
    code: '511',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.AD1)) {
        if (code(row, 'NB_ADOPTR') === '2' && SINGLE.has(code(row, 'SEX_ADOPTR'))) {
          flag(source, row, ['SEX_ADOPTR', 'NB_ADOPTR']);
        }
      }
    },
  },
  // A single adopter (L0) must have a single adopter's gender code.
  adopterGenders('514', 'L0', SINGLE),
  {
    // E45/E46 say the child left care under a special guardianship order to
    // former foster carers, so the episode that ended that way must be a
    // foster placement (U1–U6).
    code: '516',
    check: ({ tables }, flag) => {
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      episodes.code('REC').forEach((rec, at) => {
        if (FORMER_FOSTER_CARERS.has(rec) && !FOSTERED.has(places[at] ?? '')) {
          episodes.flag(flag, at, ['PLACE', 'REC']);
        }
      });
    },
  },
  adopterGenders('517', 'L3', DIFFERENT_GENDER),
  adopterGenders('518', 'L4', SAME_GENDER),
  adopterGenders('519', 'L2', COUPLE),
  adopterGenders('520', 'L11', DIFFERENT_GENDER),
  {
    // Every episode placed for adoption (A3–A6) must start on or after the
    // AD1 DATE_INT; both the episode and the AD1 row are flagged.
    code: '521',
    check: ({ tables }, flag) => {
      const ad1 = byChild(tables.AD1);
      const episodes = view(tables.Episodes);
      const places = episodes.code('PLACE');
      const decoms = episodes.date('DECOM');
      for (const [child, positions] of episodes.byChild()) {
        for (const at of positions) {
          if (!ADOPTION_PLACES.has(places[at] ?? '')) continue;
          const decom = decoms[at];
          if (decom === undefined) continue;
          for (const [adSource, adRow] of ad1.get(child) ?? []) {
            const decided = dateOf(adRow, 'DATE_INT');
            if (decided === undefined || decided <= decom) continue;
            flag(
              adSource,
              adRow,
              'DATE_INT',
              `placed for adoption ${episodes.rows[at]?.values.DECOM ?? ''}`,
            );
            episodes.flag(flag, at, ['DECOM', 'PLACE'], `DATE_INT ${adRow.values.DATE_INT ?? ''}`);
          }
        }
      }
    },
  },
  {
    code: '522',
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.PlacedAdoption)) {
        const placed = dateOf(row, 'DATE_PLACED');
        const ceased = dateOf(row, 'DATE_PLACED_CEASED');
        if (placed !== undefined && ceased !== undefined && placed > ceased) {
          flag(source, row, ['DATE_PLACED', 'DATE_PLACED_CEASED']);
        }
      }
    },
  },
  {
    // The child's current decision (currentDecision) must carry the AD1
    // DATE_INT; an earlier, revoked decision naturally has another date.
    // Both rows are flagged when both dates are given and differ.
    code: '523',
    check: ({ tables }, flag) => {
      const decisions = byChild(tables.PlacedAdoption);
      for (const [child, rows] of byChild(tables.AD1)) {
        const current = currentDecision(decisions.get(child) ?? []);
        if (current === undefined) continue;
        const placed = dateOf(current[1], 'DATE_PLACED');
        if (placed === undefined) continue;
        for (const [source, row] of rows) {
          const decided = dateOf(row, 'DATE_INT');
          if (decided === undefined || decided === placed) continue;
          flag(current[0], current[1], 'DATE_PLACED', `DATE_INT ${row.values.DATE_INT ?? ''}`);
          flag(source, row, 'DATE_INT', `DATE_PLACED ${current[1].values.DATE_PLACED ?? ''}`);
        }
      }
    },
  },
  adopterGenders('524', 'L12', SAME_GENDER),
  {
    // A child whose current decision (currentDecision) has a
    // DATE_PLACED_CEASED must have no adoption recorded in AD1; the AD1 row
    // is flagged on its filled fields, and the decision row too. A revoked
    // earlier decision followed by a new one does not count.
    code: '525',
    check: ({ tables }, flag) => {
      const decisions = byChild(tables.PlacedAdoption);
      for (const [child, rows] of byChild(tables.AD1)) {
        const current = currentDecision(decisions.get(child) ?? []);
        if (current === undefined || blank(current[1], 'DATE_PLACED_CEASED')) continue;
        for (const [source, row] of rows) {
          const filled = ADOPTION_FIELDS.filter((field) => !blank(row, field));
          if (filled.length === 0) continue;
          flag(source, row, filled, 'the decision to place for adoption has ceased');
          flag(current[0], current[1], 'DATE_PLACED_CEASED');
        }
      }
    },
  },
];
