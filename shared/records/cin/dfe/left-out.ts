/**
 * DfE CIN census rules in force that the workbook does not implement, each
 * with why. A test checks every rule in force in the latest census years is
 * implemented or here. Every rule is implemented today, so the list is empty.
 */
export type LeftOutCinRule = { readonly code: string; readonly why: string };

export const LEFT_OUT_CIN_RULES: readonly LeftOutCinRule[] = [];
