import type { AreaId, DelegatedFunction, LegalForm, Provider, Workbook } from '../domain';
import type { Indicator } from './inputs';

/** Legal forms as the report prints them (CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study; test/fixtures/docs/ilacs.md §1.1c). */
export const legalFormLabels: Readonly<Record<LegalForm, string>> = {
  cic: 'Community interest company',
  'company-limited-by-guarantee': 'Company limited by guarantee',
  'company-limited-by-shares': 'Company limited by shares',
  charity: 'Charity',
  mutual: 'Mutual',
  'council-owned-company': 'Company owned by the council',
  other: 'Other body corporate',
};

/** Delegated functions as the report prints them (CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study). */
export const functionLabels: Readonly<Record<DelegatedFunction, string>> = {
  'relevant-care': 'Relevant care functions (Children and Young Persons Act 2008, Part 1)',
  wider: 'Wider children’s social care functions (SI 2014/2407)',
};

/** Short names of the judgement areas, for table cells. */
export const areaShortLabels: Readonly<Record<AreaId, string>> = {
  overall: 'Overall effectiveness',
  leaders: 'Impact of leaders',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  'care-leavers': 'Care leavers',
  'children-in-care-and-care-leavers': 'Children in care and care leavers',
};

/** The name of an evidence source: the council, or a delegated provider by id. */
export function sourceName(workbook: Workbook, source: string): string {
  if (source === 'council') return workbook.inspection.council.name;
  return workbook.providers.find((p) => p.id === source)?.name ?? source;
}

/** The name of an indicator's source: the whole council, or a provider. */
export function indicatorSourceName(workbook: Workbook, source: string): string {
  return source === 'council' ? 'Whole council' : sourceName(workbook, source);
}

/** A provider's contract period as prose. */
export function contractText(provider: Provider, long: (date: string) => string): string {
  const end = provider.contract.end;
  return end === undefined
    ? `From ${long(provider.contract.start)}, open-ended`
    : `${long(provider.contract.start)} to ${long(end)}`;
}

function trimmed(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** A formatter for an indicator's values: `24%`, `1,204`, `18 days`. */
export function formatterFor(unit: Indicator['unit']): (value: number) => string {
  switch (unit) {
    case 'percent':
      return (value) => `${trimmed(value)}%`;
    case 'days':
      return (value) => `${trimmed(value)} days`;
    default:
      return (value) => trimmed(value);
  }
}
