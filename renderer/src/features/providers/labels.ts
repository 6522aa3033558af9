import type { LegalForm } from '../../../../shared/domain';

/** Legal forms in words, as Companies House and the Charity Commission name them. */
export const legalFormLabels: Readonly<Record<LegalForm, string>> = {
  cic: 'Community interest company (CIC)',
  'company-limited-by-guarantee': 'Company limited by guarantee',
  'company-limited-by-shares': 'Company limited by shares',
  charity: 'Charity',
  mutual: 'Mutual',
  'council-owned-company': 'Council-owned company',
  other: 'Other',
};
