import type { IndicatorComparators } from '../../comparators/indicator-comparators';
import type { TableName } from '../ssda903/tables';

/**
 * The indicators engine's public input and output. Input
 * is the rows the record readers keep; output is the JSON of
 * `workbook indicators --json`.
 */

/** The SSDA903 tables, by the names the 903 readers give them (csc-validator-be-903 `config.py`). */
export type Ssda903TableName = TableName;

/** An Annex A list by its sheet name as the Annex A reader names it: `List 8`, `List 9`. */
export type AnnexAListName = `List ${number}`;

/** A table a source may hold: a 903 table or an Annex A list. */
export type IndicatorTableName = Ssda903TableName | AnnexAListName;

/**
 * One imported row, as both record readers keep it: its row number and its
 * values by column header. 903 rows hold text (`dd/mm/yyyy` dates, `''` for
 * blank); Annex A rows hold text (`YYYY-MM-DD` dates, codes without their
 * letter prefix), numbers (counts) or null (blank). The engine also accepts
 * Annex A answers still carrying their template prefix (`b) Out`) and dates
 * written `dd/mm/yyyy`.
 */
export type RecordRow = {
  readonly row: number;
  readonly values: Readonly<Record<string, string | number | null>>;
};

/**
 * The records imported for the council itself or for one delegated provider.
 * Several sources may share a kind and id (one per imported file, say): their
 * tables are pooled. A table that is present, even with no rows, counts as
 * imported; an absent table makes the indicators that need it "not
 * available" for that scope.
 */
export type IndicatorSource = {
  readonly kind: 'council' | 'provider';
  /** The provider's id (never `council`); for the council, any id. */
  readonly id: string;
  readonly name: string;
  readonly tables: Readonly<Partial<Record<IndicatorTableName, readonly RecordRow[]>>>;
  /**
   * CIN census files, each its own tables by the CIN reader's names
   * (`Header`, `CINdetails`, `Assessments`…): kept apart from `tables`, as
   * the census shares table names (`Header`, `Reviews`) with the 903.
   */
  readonly censuses?: readonly Readonly<Partial<Record<string, readonly RecordRow[]>>>[];
};

/** Choices that override what the engine would detect from the data. */
export type IndicatorOptions = {
  /** The collection year by its first calendar year: 2017 for 2017/18 (1 April 2017 – 31 March 2018). */
  readonly year?: number;
  /** The date the Annex A lists describe, `YYYY-MM-DD` (default: the latest date they hold). */
  readonly asAt?: string;
};

/** A DfE collection year, 1 April to 31 March. */
export type IndicatorYear = {
  /** `2017/18`. */
  readonly label: string;
  /** `2017-04-01`. */
  readonly start: string;
  /** `2018-03-31`. */
  readonly end: string;
  /** True when found from the data, false when set by {@link IndicatorOptions.year}. */
  readonly detected: boolean;
};

/** `council`, or the id of a delegated provider. */
export type IndicatorScope = string;

/**
 * How to read an indicator's value: `percent` (100 × numerator ÷
 * denominator) or `count` (the value is the numerator itself, a number of
 * referrals say, and there is no denominator).
 */
export type IndicatorUnit = 'percent' | 'count';

/** The records an indicator is computed from. */
export type IndicatorData = 'ssda903' | 'annex-a' | 'cin-census';

/** One indicator for one scope. */
export type IndicatorResult = {
  readonly id: string;
  readonly label: string;
  /** `council` (every source, each child counted once) or a provider's id. */
  readonly scope: IndicatorScope;
  /** The council's or provider's name. */
  readonly scopeName: string;
  /** Children counted in the numerator; null when not available. */
  readonly numerator: number | null;
  /** Children counted in the denominator; null when not available, and for a count. */
  readonly denominator: number | null;
  /**
   * A percentage: 100 × numerator ÷ denominator, rounded to one decimal
   * place (as DfE publishes these measures), null when the denominator is 0.
   * A count: the numerator. Null when the indicator is not available.
   */
  readonly value: number | null;
  readonly unit: IndicatorUnit;
  /** The DfE or Ofsted publication or guidance the definition follows. */
  readonly source: string;
  /** The definition in words: who is counted in the numerator and the denominator. */
  readonly definition: string;
  readonly data: IndicatorData;
  /** False when the records needed were not imported for this scope (see `reason`). */
  readonly available: boolean;
  /** Why the indicator is not available. */
  readonly reason?: string;
  /** A limit on an available figure the reader should know (children left out, and why). */
  readonly caveat?: string;
  /**
   * The DfE's published figures beside the council's (England, region,
   * statistical neighbours, the council's own), where the indicator has a
   * published measure; added by shared/comparators `withComparators`.
   */
  readonly comparators?: IndicatorComparators;
};

/** The output of {@link computeIndicators}: `workbook indicators --json`. */
export type IndicatorReport = {
  /** The collection year the 903 indicators cover; null when no 903 dates were imported and none was set. */
  readonly year: IndicatorYear | null;
  /** The date the Annex A indicators are measured at (`YYYY-MM-DD`); null without Annex A dates. */
  readonly asAt: string | null;
  /**
   * The census year the CIN census indicators cover (1 April to the 31 March
   * reference date): the year set, else the latest census imported; null
   * when no census was imported.
   */
  readonly census: IndicatorYear | null;
  /** Council first, then each provider in input order; within a scope, catalogue order. */
  readonly indicators: readonly IndicatorResult[];
  /** Rows left out of every indicator (no child id, no usable date), per table, and which CIN census is counted when several or another year's were imported, in words. */
  readonly notes: readonly string[];
};
