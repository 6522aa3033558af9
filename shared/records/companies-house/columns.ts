const PREVIOUS_NAMES = Array.from({ length: 10 }, (_, index) => [
  ` PreviousName_${index + 1}.CONDATE`,
  ` PreviousName_${index + 1}.CompanyName`,
]).flat();

/**
 * The header row of Companies House's BasicCompanyData CSV exactly as the
 * monthly file writes it, leading spaces on some names included
 * (Companies House bulk data, https://download.companieshouse.gov.uk/en_output.html): used to write the demo's extract and test files in
 * the published shape. The reader trims names before matching.
 */
export const BASIC_COMPANY_DATA_HEADER: readonly string[] = [
  'CompanyName',
  ' CompanyNumber',
  'RegAddress.CareOf',
  'RegAddress.POBox',
  'RegAddress.AddressLine1',
  ' RegAddress.AddressLine2',
  'RegAddress.PostTown',
  'RegAddress.County',
  'RegAddress.Country',
  'RegAddress.PostCode',
  'CompanyCategory',
  'CompanyStatus',
  'CountryOfOrigin',
  'DissolutionDate',
  'IncorporationDate',
  'Accounts.AccountRefDay',
  'Accounts.AccountRefMonth',
  'Accounts.NextDueDate',
  'Accounts.LastMadeUpDate',
  'Accounts.AccountCategory',
  'Returns.NextDueDate',
  'Returns.LastMadeUpDate',
  'Mortgages.NumMortCharges',
  'Mortgages.NumMortOutstanding',
  'Mortgages.NumMortPartSatisfied',
  'Mortgages.NumMortSatisfied',
  'SICCode.SicText_1',
  'SICCode.SicText_2',
  'SICCode.SicText_3',
  'SICCode.SicText_4',
  'LimitedPartnerships.NumGenPartners',
  'LimitedPartnerships.NumLimPartners',
  'URI',
  ...PREVIOUS_NAMES,
  'ConfStmtNextDueDate',
  ' ConfStmtLastMadeUpDate',
];
