/**
 * DfE 903 rules 101–196 that check one cell: a code from the year's list or
 * a date. Code lists are the DfE rule's own (its text names the item; the
 * list is the one the DfE's published rule accepts), which match the
 * liia-tools SSDA903 schema for the year (test/fixtures/ssda903/spec-by-year)
 * except where a comment says otherwise. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { dateOf, rowsOf, yearDays } from './helpers';
import { always, codeCellRule, dateCellRule } from './helpers-1xx-cells';
import type { DfeRule } from './rule';
import { view } from './view';
import { ACCOM, ACTIV, ETHNIC, PLACE_BY_YEAR, REC, REVIEW_CODES } from './codes-1xx';

/** Rule 101: sex was `1`/`2` until 2023/24; from 2024/25 it is `M`, `F` or `U` (schema 2025 diff). */
const SEX_BEFORE_2024: ReadonlySet<string> = new Set(['1', '2']);
const SEX_FROM_2024: ReadonlySet<string> = new Set(['M', 'F', 'U']);

export const RULES_1XX_CODES: readonly DfeRule[] = [
  codeCellRule({
    code: '101',
    table: 'Header',
    column: 'SEX',
    blankFails: true,
    codes: (year) => (year === '2022/23' || year === '2023/24' ? SEX_BEFORE_2024 : SEX_FROM_2024),
  }),
  dateCellRule({ code: '102', table: 'Header', column: 'DOB', blankFails: true }),
  // "either not valid or has not been entered": a blank breaks it.
  codeCellRule({
    code: '103',
    table: 'Header',
    column: 'ETHNIC',
    blankFails: true,
    codes: always(ETHNIC),
  }),
  // The DfE's rule also treats a UASC-ceased date before the collection year
  // as not valid for this return (a status that ended before the year is not
  // reported); a blank DUC passes (the child is still UASC).
  {
    code: '104',
    covers: [{ table: 'UASC', column: 'DUC', kind: 'date' }],
    check: ({ tables, year }, flag) => {
      const { start } = yearDays(year);
      for (const [source, row] of rowsOf(tables.UASC)) {
        if ((row.values.DUC ?? '').trim() === '') continue;
        const ceased = dateOf(row, 'DUC');
        if (ceased === undefined || ceased < start) flag(source, row, 'DUC');
      }
    },
  },
  // Header UASC exists only in an XML return (tables.ts xmlColumns). The XML
  // has `1` or an empty element, and the DfE's tool writes the empty one as
  // 0 (not UASC), so a blank passes and anything but 0 or 1 breaks it.
  codeCellRule({
    code: '105',
    table: 'Header',
    column: 'UASC',
    blankFails: false,
    codes: always(['0', '1']),
  }),
  dateCellRule({ code: '112', table: 'AD1', column: 'DATE_INT', blankFails: false }),
  dateCellRule({ code: '113', table: 'AD1', column: 'DATE_MATCH', blankFails: false }),
  codeCellRule({
    code: '114',
    table: 'AD1',
    column: 'FOSTER_CARE',
    blankFails: false,
    codes: always(['0', '1']),
  }),
  dateCellRule({ code: '115', table: 'PlacedAdoption', column: 'DATE_PLACED', blankFails: false }),
  dateCellRule({
    code: '116',
    table: 'PlacedAdoption',
    column: 'DATE_PLACED_CEASED',
    blankFails: false,
  }),
  codeCellRule({
    code: '120',
    table: 'PlacedAdoption',
    column: 'REASON_PLACED_CEASED',
    blankFails: false,
    codes: always(['RD1', 'RD2', 'RD3', 'RD4']),
  }),
  // 131–133: an OC3 row reports on a care leaver, so each item must be given
  // (schema: IN_TOUCH, ACTIV, ACCOM cannot be blank).
  codeCellRule({
    code: '131',
    table: 'OC3',
    column: 'IN_TOUCH',
    blankFails: true,
    codes: always(['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM']),
  }),
  codeCellRule({
    code: '132',
    table: 'OC3',
    column: 'ACTIV',
    blankFails: true,
    codes: always(ACTIV),
  }),
  codeCellRule({
    code: '133',
    table: 'OC3',
    column: 'ACCOM',
    blankFails: true,
    codes: always(ACCOM),
  }),
  dateCellRule({ code: '141', table: 'Episodes', column: 'DECOM', blankFails: false }),
  codeCellRule({
    code: '143',
    table: 'Episodes',
    column: 'RNE',
    blankFails: false,
    codes: always(['S', 'L', 'P', 'T', 'B', 'U']),
  }),
  codeCellRule({
    code: '144',
    table: 'Episodes',
    column: 'LS',
    blankFails: false,
    codes: always(['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3']),
  }),
  codeCellRule({
    code: '145',
    table: 'Episodes',
    column: 'CIN',
    blankFails: false,
    codes: always(['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']),
  }),
  codeCellRule({
    code: '146',
    table: 'Episodes',
    column: 'PLACE',
    blankFails: false,
    codes: (year) => PLACE_BY_YEAR[year],
  }),
  dateCellRule({ code: '147', table: 'Episodes', column: 'DEC', blankFails: false }),
  codeCellRule({
    code: '149',
    table: 'Episodes',
    column: 'REC',
    blankFails: false,
    codes: always(REC),
  }),
  dateCellRule({ code: '166', table: 'Reviews', column: 'REVIEW', blankFails: true }),
  // "invalid or blank": a review (a dated Reviews row) needs a participation
  // code; a row with neither date nor code is left to rule 166.
  {
    code: '167',
    covers: [
      { table: 'Reviews', column: 'REVIEW_CODE', kind: 'code' },
      { table: 'Reviews', column: 'REVIEW_CODE', kind: 'blank' },
    ],
    check: ({ tables }, flag) => {
      const reviews = view(tables.Reviews);
      const dates = reviews.code('REVIEW');
      reviews.code('REVIEW_CODE').forEach((participation, at) => {
        const reviewGiven = dates[at] !== '';
        const fine = reviewGiven ? REVIEW_CODES.has(participation) : participation === '';
        if (!fine) reviews.flag(flag, at, 'REVIEW_CODE');
      });
    },
  },
  dateCellRule({ code: '171', table: 'Header', column: 'MC_DOB', blankFails: false }),
  codeCellRule({
    code: '175',
    table: 'AD1',
    column: 'NB_ADOPTR',
    blankFails: false,
    codes: always(['1', '2']),
  }),
  codeCellRule({
    code: '176',
    table: 'AD1',
    column: 'SEX_ADOPTR',
    blankFails: false,
    codes: always(['M1', 'F1', 'MM', 'FF', 'MF']),
  }),
  codeCellRule({
    code: '177',
    table: 'AD1',
    column: 'LS_ADOPTR',
    blankFails: false,
    codes: always(['L0', 'L11', 'L12', 'L2', 'L3', 'L4']),
  }),
  // A score is a whole number 0–40 (the SDQ's total difficulties score; schema
  // oc2.SDQ_SCORE min 0, max 40). Blank is allowed (a reason is given instead).
  {
    code: '180',
    covers: [{ table: 'OC2', column: 'SDQ_SCORE', kind: 'integer' }],
    check: ({ tables }, flag) => {
      for (const [source, row] of rowsOf(tables.OC2)) {
        const score = (row.values.SDQ_SCORE ?? '').trim();
        if (score === '') continue;
        const valid = /^\d{1,2}$/.test(score) && Number(score) <= 40;
        if (!valid) flag(source, row, 'SDQ_SCORE');
      }
    },
  },
  codeCellRule({
    code: '196',
    table: 'OC2',
    column: 'SDQ_REASON',
    blankFails: false,
    codes: always(['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5']),
  }),
];
