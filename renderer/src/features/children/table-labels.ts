/**
 * What each SSDA903 table and Annex A list holds, in words, so a table's
 * name is never the only thing shown (DfE "Children looked after return
 * 2024 to 2025: guide", https://www.gov.uk/government/publications/children-looked-after-return-2024-to-2025-guide;
 * Ofsted ILACS Annex A, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
const descriptions: Readonly<Record<string, string>> = {
  Header: 'child’s details',
  Episodes: 'periods of care and placements',
  Reviews: 'reviews of the care plan',
  UASC: 'unaccompanied asylum-seeking child',
  OC2: 'health and offending, children in care 12 months',
  OC3: 'care leavers',
  AD1: 'adoption',
  PlacedAdoption: 'placed for adoption',
  PrevPerm: 'previous permanence',
  Missing: 'missing or away from placement',
  SW_Episodes: 'social workers',
  DoLo: 'deprivation of liberty',
  'List 1': 'contacts',
  'List 2': 'early help',
  'List 3': 'referrals',
  'List 4': 'assessments',
  'List 5': 'section 47 enquiries',
  'List 6': 'children in need',
  'List 7': 'child protection plans',
  'List 8': 'children in care',
  'List 9': 'care leavers',
  'List 10': 'adoption',
  'List 11': 'adopters',
};

/** A table's name with what it holds: "Episodes (periods of care and placements)". */
export function tableLabel(table: string): string {
  const description = descriptions[table];
  const name = table.startsWith('List ') ? `Annex A ${table}` : `SSDA903 ${table}`;
  return description === undefined ? table : `${name} (${description})`;
}
