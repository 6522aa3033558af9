/**
 * The shape of the liia-tools SSDA903 schema YAML (`column_map`), so the
 * generated spec modules are checked by the compiler as well as by their tests.
 */
import type { TableName } from './tables';

/** How a whole number is specified: the older module says `integer`, the per-year YAML an object. */
export type SpecNumeric =
  | string
  | {
      readonly type: string;
      /** The smallest allowed value (SDQ_SCORE: 0). */
      readonly min_value?: number;
      /** The largest allowed value (SDQ_SCORE: 40). */
      readonly max_value?: number;
    };

/** One code of a code list; `name` is a label or accepted alternative spellings (liia-tools). */
export type SpecCode = { readonly code: string; readonly name?: string | readonly string[] };

/** One column's entry: exactly one of `string`, `date`, `numeric` or `category`, plus `canbeblank`. */
export type SpecColumn = {
  /** Free text: `alphanumeric` or `postcode`; liia-tools does not check characters. */
  readonly string?: string;
  /** A strptime format; always `%d/%m/%Y`. */
  readonly date?: string;
  readonly numeric?: SpecNumeric;
  /** The allowed codes, some with a label. */
  readonly category?: readonly SpecCode[];
  /** liia-tools' cleaning map from labels (`Male`) to codes (`1`). The DfE return itself wants codes. */
  readonly dictionary?: Readonly<Record<string, string>>;
  /** Whether a blank cell is allowed. */
  readonly canbeblank: boolean;
};

/** `column_map`: section name (e.g. `Episodes`) → column name → entry. */
export type SpecSections = Readonly<Record<string, Readonly<Record<string, SpecColumn>>>>;

/** One collection year's spec, by the readers' table names (a table absent that year is left out). */
export type YearSpec = Readonly<Partial<Record<TableName, Readonly<Record<string, SpecColumn>>>>>;
