/**
 * DfE 903 rules active in a year the workbook checks that it does not
 * implement, each with why. The README's table of rules left out is made
 * from this list, and a test checks every active rule is either
 * implemented or here.
 */

/** A rule left out and the reason. */
export type LeftOutRule = { readonly code: string; readonly why: string };

export const LEFT_OUT_RULES: readonly LeftOutRule[] = [
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
    code: '219',
    why: "Compares the placement type with the placement codes the DfE's URN lookup gives each provider; the Ofsted provider lists the workbook imports do not carry those codes.",
  },
  {
    code: '224',
    why: "Compares the placement provider code with the provider sector the DfE's URN lookup gives each provider; the Ofsted provider lists the workbook imports do not carry it.",
  },
  {
    code: '229',
    why: "Needs the local authority code of the provider, which the DfE infers from the provider's postcode with a national postcode lookup the workbook does not hold.",
  },
];
