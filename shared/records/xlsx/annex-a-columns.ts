import type { CodeList, OptionList } from './annex-a-codes';
import { YES_NO } from './annex-a-codes';

/**
 * What an Annex A column holds and how its cells are read, and the helpers
 * annex-a-lists.ts builds the template's lists with (ILACS Annex A,
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */

/** What a column holds and how its cells are read. */
export type ColumnKind =
  | { readonly type: 'id' | 'text' | 'date' | 'age' | 'count' | 'urn' }
  | { readonly type: 'code'; readonly codes: CodeList }
  | { readonly type: 'option'; readonly options: OptionList | null };

/** One column of a list: its header as the template writes it, and other headers accepted for it. */
export type ListColumn = {
  /** Exactly as in the sample workbook, including `))`, curly quotes and trailing spaces. */
  readonly header: string;
  readonly kind: ColumnKind;
  /** Other spellings seen in liia-tools' maps (ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018), matched after normalising. */
  readonly aliases?: readonly string[];
  /**
   * True for a column the current template added to a list, so a workbook on
   * the older template lacks it: its absence is a note, not a warning.
   */
  readonly newer?: true;
};

export const id = (header: string): ListColumn => ({ header, kind: { type: 'id' } });
export const text = (header: string): ListColumn => ({ header, kind: { type: 'text' } });
export const date = (header: string): ListColumn => ({ header, kind: { type: 'date' } });
export const count = (header: string): ListColumn => ({ header, kind: { type: 'count' } });
export const code = (header: string, codes: CodeList, aliases?: readonly string[]): ListColumn => ({
  header,
  kind: { type: 'code', codes },
  ...(aliases === undefined ? {} : { aliases }),
});
export const option = (
  header: string,
  options: OptionList | null,
  aliases?: readonly string[],
): ListColumn => ({
  header,
  kind: { type: 'option', options },
  ...(aliases === undefined ? {} : { aliases }),
});
export const yesNo = (header: string, aliases?: readonly string[]): ListColumn =>
  option(header, YES_NO, aliases);

/** A column of the current template that an older template's list lacks. */
export const newer = (column: ListColumn): ListColumn => ({ ...column, newer: true });

// `Age` in Lists 1–9 and `Age of Child (Years)` in List 10 are one column:
// liia-tools' annex-a-merge.yml names it `Age of Child (Years)` and matches
// any header containing "age".
const AGE_ALIASES = ['Age', 'Age of Child (Years)', 'Age of Child', 'Age (Years)'];
export const age = (header: string): ListColumn => ({
  header,
  kind: { type: 'age' },
  aliases: AGE_ALIASES,
});
