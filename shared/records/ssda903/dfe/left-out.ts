/**
 * DfE 903 rules active in a year the workbook checks that it does not
 * implement, each with why. The README's table of rules left out is made
 * from this list, and a test checks every active rule is either
 * implemented or here.
 */

/** A rule left out and the reason. */
export type LeftOutRule = { readonly code: string; readonly why: string };

export const LEFT_OUT_RULES: readonly LeftOutRule[] = [];
