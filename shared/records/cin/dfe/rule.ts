/**
 * What a DfE CIN census rule is given and how it reports. Each rule is
 * written from the DfE rule's text (catalogue.ts): it reads the census
 * grouped by child and flags the rows that break it, naming the columns the
 * rule is about.
 */
import type { CinTable } from '../tables';
import type { CinRow, CinTables, CinYear } from '../types';
import type { ChildRecord, Episode } from './model';
import type { CinRuleYear } from './years';

export type CinRuleInput = {
  readonly tables: CinTables;
  readonly children: readonly ChildRecord[];
  readonly year: CinYear;
  readonly ruleYear: CinRuleYear;
  /** The census year's first and last days, as day numbers (dates.ts). */
  readonly start: number;
  readonly end: number;
  /** A date cell as a day number; undefined when blank or not a date. */
  readonly day: (text: string | undefined) => number | undefined;
  /** Every episode of `children`, with its child, in order. */
  readonly episodes: readonly (readonly [ChildRecord, Episode])[];
};

/**
 * Flags `row` of `table` as breaking the rule: the first of `columns` is
 * named as the problem's column, with its value; `note` adds what the rule
 * found. A flag with no row is about the whole table (a rule about the
 * return as a whole).
 */
export type CinFlag = (
  table: CinTable,
  row: CinRow | undefined,
  columns: string | readonly string[],
  note?: string,
) => void;

/**
 * A schema check of the reader (a required element, a date, a code from the
 * year's code set; check-values.ts, read-xml.ts) that a DfE rule does
 * itself, from the ruleset `from` on when the rule's text changed.
 */
export type CinCoveredCheck = {
  readonly table: CinTable;
  readonly column: string;
  readonly kind: 'required' | 'date' | 'code';
  readonly from?: CinRuleYear;
};

/** Which of an episode's lists a rule reads item by item (`episode`: the episode itself). */
export type CinEpisodeItems = 'episode' | 'assessments' | 'plans' | 's47' | 'cpps';

/**
 * A rule that reads one episode at a time, item by item: the runner visits
 * each episode itself and skips the rule for an episode with no items of
 * its kind (most episodes have no plan, enquiry or protection plan).
 */
export type CinEpisodeCheck = {
  readonly items: CinEpisodeItems;
  readonly visit: (
    input: CinRuleInput,
    child: ChildRecord,
    episode: Episode,
    flag: CinFlag,
  ) => void;
};

export type CinRule = {
  /** The DfE code, exactly as catalogue.ts spells it. */
  readonly code: string;
  /**
   * Checks `input.children`. Unless the rule reads the census as a whole,
   * it is given one child at a time (with the census's tables and year), so
   * every rule looks at a child while its rows are at hand.
   */
  readonly check: (input: CinRuleInput, flag: CinFlag) => void;
  /**
   * The rule compares children with each other or reads whole tables
   * (duplicates, proportions, the header): it is given every child at once.
   */
  readonly census?: true;
  /** The rule checks each episode on its own: `check` is `visit` on every episode, in order. */
  readonly each?: CinEpisodeCheck;
  /**
   * The reader's schema checks this rule makes itself: while the rule is in
   * force, those are not also reported, so one bad cell is one problem,
   * with its DfE code.
   */
  readonly covers?: readonly CinCoveredCheck[];
};
