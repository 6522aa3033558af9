/**
 * The DfE's 20 ethnicity codes, shared by every return the workbook reads:
 * the SSDA903 Header's ETHNIC, the CIN census's <Ethnicity> and Annex A's
 * ethnicity column. The codes and their meanings are the DfE's common basic
 * data set ("Ethnicity: main categories", as in the children looked after
 * return guidance, https://www.gov.uk/guidance/children-looked-after-return).
 */
export const DFE_ETHNICITY_CODES: readonly string[] = [
  'WBRI',
  'WIRI',
  'WIRT',
  'WOTH',
  'WROM',
  'MWBC',
  'MWBA',
  'MWAS',
  'MOTH',
  'AIND',
  'APKN',
  'ABAN',
  'AOTH',
  'BCRB',
  'BAFR',
  'BOTH',
  'CHNE',
  'OOTH',
  'REFU',
  'NOBT',
];
