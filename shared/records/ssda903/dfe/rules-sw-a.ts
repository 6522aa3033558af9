/**
 * DfE 903 social worker rules on one episode at a time (SW_Episodes, from
 * 2023/24): complete, an ID of the right form, valid dates within the
 * reporting period. Each rule's text is in catalogue.ts; a comment gives the
 * reading where the text leaves a choice. DfE guidance:
 * https://www.gov.uk/guidance/children-looked-after-return
 */
import { dayNumber } from '../dates';
import { collectionDays, swEnds, swStarts, type PartialDay } from './helpers-r4';
import { view } from './view';
import type { DfeRule } from './rule';

/** 1 April 2023: social worker episodes from then must give a reason for the change (SW01b). */
const REASONS_FROM = dayNumber(2023, 4, 1);

/**
 * Whether the episode surely began on or after 1 April 2023. A date with
 * parts not known (ZZ) counts by its earliest possible day; one that cannot
 * be read does not.
 */
function fromApril2023(when: PartialDay | undefined): boolean {
  return when !== undefined && when.known && when.earliest >= REASONS_FROM;
}

/** Social worker IDs begin `SW`, or `XX` when not known (rule SW02STG1). */
const ID_PREFIXES = new Set(['SW', 'XX']);

export const RULES_SW_A: readonly DfeRule[] = [
  {
    // Every episode needs its start date; one that did not begin on or
    // after 1 April 2023 (before it, or a start that cannot be read) needs
    // the social worker's ID too (the reason may be blank). A blank start is
    // reported here only, not again by SW01b or SW04.
    code: 'SW01aSTG1',
    covers: [
      { table: 'SW_Episodes', column: 'SW_DECOM', kind: 'blank' },
      { table: 'SW_Episodes', column: 'SW_ID', kind: 'blank' },
    ],
    check: ({ tables }, flag) => {
      const episodes = view(tables.SW_Episodes);
      const starts = swStarts(episodes);
      const ids = episodes.code('SW_ID');
      episodes.code('SW_DECOM').forEach((start, at) => {
        if (start !== '' && ids[at] !== '') return;
        const missing = [
          ...(start === '' ? ['SW_DECOM'] : []),
          ...(ids[at] === '' && !fromApril2023(starts[at]) ? ['SW_ID'] : []),
        ];
        if (missing.length > 0) episodes.flag(flag, at, missing);
      });
    },
  },
  {
    // An episode that began on or after 1 April 2023 needs the social
    // worker's ID and the reason for the change.
    code: 'SW01bSTG1',
    check: ({ tables }, flag) => {
      const episodes = view(tables.SW_Episodes);
      const ids = episodes.code('SW_ID');
      const reasons = episodes.code('SW_REASON');
      swStarts(episodes).forEach((start, at) => {
        if (!fromApril2023(start) || (ids[at] !== '' && reasons[at] !== '')) return;
        const missing = [
          ...(ids[at] === '' ? ['SW_ID'] : []),
          ...(reasons[at] === '' ? ['SW_REASON'] : []),
        ];
        if (missing.length > 0) episodes.flag(flag, at, missing);
      });
    },
  },
  {
    // Compared upper-cased, as the DfE's checks compare text; a blank ID is
    // SW01's.
    code: 'SW02STG1',
    check: ({ tables }, flag) => {
      const episodes = view(tables.SW_Episodes);
      episodes.code('SW_ID').forEach((id, at) => {
        if (id !== '' && !ID_PREFIXES.has(id.slice(0, 2))) episodes.flag(flag, at, 'SW_ID');
      });
    },
  },
  {
    // SW_DECOM must be a date; parts not known may be ZZ, as the DfE's check
    // accepts. A blank one is SW01a's.
    code: 'SW04STG1',
    covers: [{ table: 'SW_Episodes', column: 'SW_DECOM', kind: 'date' }],
    check: ({ tables }, flag) => {
      const episodes = view(tables.SW_Episodes);
      const starts = swStarts(episodes);
      episodes.code('SW_DECOM').forEach((start, at) => {
        if (start !== '' && starts[at] === undefined) episodes.flag(flag, at, 'SW_DECOM');
      });
    },
  },
  {
    // SW_DEC, when given, must be a date (parts may be ZZ). The rule's text
    // repeats SW04's words but its field is the end date.
    code: 'SW05STG1',
    covers: [{ table: 'SW_Episodes', column: 'SW_DEC', kind: 'date' }],
    check: ({ tables }, flag) => {
      const episodes = view(tables.SW_Episodes);
      const ends = swEnds(episodes);
      episodes.code('SW_DEC').forEach((ended, at) => {
        if (ended !== '' && ends[at] === undefined) episodes.flag(flag, at, 'SW_DEC');
      });
    },
  },
  {
    // An episode cannot begin after the reporting year ends (31 March); an
    // episode that began in an earlier year and is still open belongs in it.
    code: 'SW06STG2',
    check: (input, flag) => {
      const { end } = collectionDays(input);
      const episodes = view(input.tables.SW_Episodes);
      swStarts(episodes).forEach((when, at) => {
        if (when?.known === true && when.earliest > end) episodes.flag(flag, at, 'SW_DECOM');
      });
    },
  },
  {
    // The social worker reporting period begins a year before the
    // collection year (the previous 1 April): an end date before that, or
    // after 31 March, is flagged.
    code: 'SW07STG2',
    check: (input, flag) => {
      const { end } = collectionDays(input);
      const startYear = Number(input.year.start.slice(0, 4));
      const periodStart = dayNumber(startYear - 1, 4, 1);
      const episodes = view(input.tables.SW_Episodes);
      episodes.date('SW_DEC').forEach((ended, at) => {
        if (ended !== undefined && (ended < periodStart || ended > end))
          episodes.flag(
            flag,
            at,
            'SW_DEC',
            ended > end ? 'after 31 March' : 'before the reporting period',
          );
      });
    },
  },
];
