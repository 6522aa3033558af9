/**
 * DfE 903 rules active in a year the workbook checks that it does not
 * implement, each with why. The README's table of rules left out is made
 * from this list, and a test checks every active rule is either
 * implemented or here.
 */

/** A rule left out and the reason. */
export type LeftOutRule = { readonly code: string; readonly why: string };

export const LEFT_OUT_RULES: readonly LeftOutRule[] = [
  // 503G, 503H, 503J compare fields the DfE derives from postcodes when the
  // return is loaded (PL_DISTANCE, PL_LA, PL_LOCATION); the return's
  // Episodes table does not carry them and the workbook holds no postcode
  // lookup to derive them.
  {
    code: '503G',
    why: 'Compares the placement distance (PL_DISTANCE), which the DfE derives from the home and placement postcodes; the workbook has no postcode lookup.',
  },
  {
    code: '503H',
    why: 'Compares the placement local authority (PL_LA), which the DfE derives from the placement postcode; the workbook has no postcode lookup.',
  },
  {
    code: '503J',
    why: 'Compares the placement location (PL_LOCATION, in or out of the council area), which the DfE derives from the placement postcode; the workbook has no postcode lookup.',
  },
];
