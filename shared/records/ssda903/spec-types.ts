/**
 * The shape of the liia-tools SSDA903 schema YAML (`column_map`), so the
 * generated spec module is checked by the compiler as well as by its test.
 */

/** One column's entry: exactly one of `string`, `date`, `numeric` or `category`, plus `canbeblank`. */
export type SpecColumn = {
  /** Free text. The YAML only ever says `alphanumeric`; liia-tools does not check characters. */
  readonly string?: string;
  /** A strptime format; always `%d/%m/%Y` in the 2024 schema. */
  readonly date?: string;
  /** Always `integer` in the 2024 schema. */
  readonly numeric?: string;
  /** The allowed codes, some with a label. */
  readonly category?: ReadonlyArray<{ readonly code: string; readonly name?: string }>;
  /** liia-tools' cleaning map from labels (`Male`) to codes (`1`). The DfE return itself wants codes. */
  readonly dictionary?: Readonly<Record<string, string>>;
  /** Whether a blank cell is allowed. */
  readonly canbeblank: boolean;
};

/** `column_map`: section name (e.g. `Episodes`) → column name → entry. */
export type SpecSections = Readonly<Record<string, Readonly<Record<string, SpecColumn>>>>;
