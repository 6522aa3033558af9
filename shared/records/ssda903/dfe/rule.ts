/**
 * What a DfE 903 validation rule is given and how it reports. Each rule is
 * written from the DfE rule's text (catalogue.ts); it reads the return's
 * tables (and the previous year's return, where the rule compares years),
 * and flags the rows that break it, naming the columns the rule is about.
 */
import type { Ssda903Row, Ssda903Tables, TableSource, CollectionYear } from '../types';
import type { TableName } from '../tables';
import type { DfeRuleYear } from './years';

/** An Ofsted-registered provider as the provider lists give it, for the URN rules. */
export type RegisteredProvider = {
  readonly urn: string;
  /** ISO dates, when the list gives them. */
  readonly registered?: string;
  readonly closed?: string;
  /** The setting type as the list names it (e.g. "Children's home"). */
  readonly settingType?: string;
  /** The placing or owning local authority, when the list gives it. */
  readonly localAuthority?: string;
  /** The provider's postcode, when the list gives it. */
  readonly postcode?: string;
  /** The 903 placement types (PLACE) the list gives the provider, upper-cased, when it gives any. */
  readonly placementCodes?: readonly string[];
  /** The 903 placement provider codes (PLACE_PROVIDER, PR0–PR5) the list gives it, when any. */
  readonly providerCodes?: readonly string[];
};

/** What every rule is given. */
export type DfeInput = {
  /** The return being checked, every file of the owner pooled by table. */
  readonly tables: Ssda903Tables;
  /** The same owner's return for the previous collection year, when imported. */
  readonly previous?: Ssda903Tables;
  readonly year: CollectionYear;
  /** The ruleset in force (the year's, or the nearest published; years.ts). */
  readonly ruleYear: DfeRuleYear;
  /** The Ofsted provider lists imported for the inspection, by URN. */
  readonly providers?: ReadonlyMap<string, RegisteredProvider>;
  /** The placing council's DfE LA code (3 digits), when the inspection records it. */
  readonly laCode?: string;
};

/**
 * Flags `row` of `source` as breaking the rule: `columns` are the fields the
 * finding is about (the first is named as the problem's column, with its
 * value); `note` adds what the rule found (e.g. the other row's date).
 * A flag with no row marks the whole table (a rule about a missing table).
 */
export type DfeFlag = (
  source: TableSource,
  row: Ssda903Row | undefined,
  columns: string | readonly string[],
  note?: string,
) => void;

/** A reader's cell check (shared/records/ssda903/spec.ts) that a DfE rule makes redundant. */
export type CoveredCheck = {
  readonly table: TableName;
  readonly column: string;
  readonly kind: 'blank' | 'date' | 'integer' | 'code';
};

/** One implemented DfE rule. */
export type DfeRule = {
  /** The DfE code, exactly as catalogue.ts spells it. */
  readonly code: string;
  readonly check: (input: DfeInput, flag: DfeFlag) => void;
  /**
   * The readers' cell checks this rule does itself (a DfE rule that a code
   * is valid, a date is a date): while the rule is in force, those checks
   * are not also reported, so one bad cell is one problem, with its DfE code.
   */
  readonly covers?: readonly CoveredCheck[];
};
