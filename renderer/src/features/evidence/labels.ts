import type { EvidenceFinding, EvidenceKind } from '../../../../shared/domain';

/**
 * How each way of gathering evidence reads on screen (the ILACS framework's
 * methods: https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services).
 */
export const kindLabels: Readonly<Record<EvidenceKind, string>> = {
  'case-tracking': 'Case tracking',
  'case-sampling': 'Case sampling',
  audit: 'Audit',
  'performance-data': 'Performance data',
  meeting: 'Meeting or discussion',
  document: 'Document',
  observation: 'Observation of practice',
};

/**
 * What each finding is called, in the report's words: strengths, "What needs
 * to improve?" and, in visits, "areas for priority action" (Ofsted's published reports,
 * https://reports.ofsted.gov.uk/).
 */
export const findingLabels: Readonly<Record<EvidenceFinding, string>> = {
  strength: 'Strength',
  improvement: 'Area for improvement',
  concern: 'Serious concern',
};

/** GOV.UK tag colour per finding (https://design-system.service.gov.uk/components/tag/). */
export const findingTagClasses: Readonly<Record<EvidenceFinding, string>> = {
  strength: 'govuk-tag--green',
  improvement: 'govuk-tag--yellow',
  concern: 'govuk-tag--red',
};

const pad = (n: number) => String(n).padStart(2, '0');

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A YYYY-MM-DD date as GOV.UK writes dates: "5 October 2026" (GOV.UK style guide, Dates). */
export function formatDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : longDate.format(time);
}

/** Today on this device as YYYY-MM-DD: the local calendar day, not UTC's. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
