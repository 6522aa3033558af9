/**
 * DfE 903 rules active in a year the workbook checks that it does not
 * implement, each with why. The README's table of rules left out is made
 * from this list, and a test checks every active rule is either
 * implemented or here.
 */

/** A rule left out and the reason. */
export type LeftOutRule = { readonly code: string; readonly why: string };

export const LEFT_OUT_RULES: readonly LeftOutRule[] = [
  // Rules 392a–454: the DfE's distance (PL_DISTANCE), placement LA (PL_LA)
  // and location (PL_LOCATION) are not in the return; the DfE's tools
  // derive them from HOME_POST and PL_POST with the national postcode
  // directory, which the workbook does not hold.
  {
    code: '392a',
    why: 'Needs the placement distance (PL_DISTANCE), which is worked out from the postcodes with the national postcode directory.',
  },
  {
    code: '392c',
    why: 'Whether a postcode exists needs the national postcode directory.',
  },
  {
    code: '406',
    why: 'Needs the placement distance (PL_DISTANCE), which is worked out from the postcodes with the national postcode directory.',
  },
  {
    code: '411',
    why: 'Needs the placement location and LA (PL_LOCATION, PL_LA), which are worked out from the placement postcode with the national postcode directory.',
  },
  {
    code: '420',
    why: 'Needs the LA of placement (PL_LA), which is worked out from the placement postcode with the national postcode directory.',
  },
  {
    code: '452',
    why: 'Needs the LA of placement (PL_LA) in both years, which is worked out from the placement postcode with the national postcode directory.',
  },
  {
    code: '453',
    why: 'Needs the placement distance (PL_DISTANCE) in both years, which is worked out from the postcodes with the national postcode directory.',
  },
  {
    code: '454',
    why: 'Needs the placement distance (PL_DISTANCE), which is worked out from the postcodes with the national postcode directory.',
  },
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
  {
    code: '1015',
    why: 'Needs the placement local authority (PL_LA), which the DfE derives from the placement postcode with a national postcode lookup the workbook does not hold.',
  },
  {
    code: '164',
    why: 'Checks the placement distance (PL_DISTANCE), which the DfE computes from the home and placement postcodes with a national postcode lookup the workbook does not hold.',
  },
  {
    code: '169',
    why: 'Checks the placement local authority (PL_LA), which the DfE derives from the placement postcode with a national postcode lookup the workbook does not hold.',
  },
  {
    code: '179',
    why: 'Checks the placement location code (PL_LOCATION, inside or outside the council), which the DfE derives from the placement postcode with a national postcode lookup the workbook does not hold.',
  },
  {
    code: '218',
    why: 'Exempts placements outside England by the placement local authority (PL_LA), which the DfE derives from the placement postcode with a national postcode lookup the workbook does not hold; without it every out-of-England placement would be flagged.',
  },
  {
    code: '229',
    why: "Needs the local authority code of the provider, which the DfE infers from the provider's postcode with a national postcode lookup the workbook does not hold.",
  },
];
