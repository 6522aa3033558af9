import { gradeLabel, type GradeId } from '../../../../shared/domain';

/** A grade as a GOV.UK tag: its printed label and the tag colour. */
export type GradeTag = { readonly text: string; readonly className: string };

/**
 * Tag colours follow the GOV.UK tag guidance: green for the best outcome, red
 * for the worst, grey for "not started"
 * (https://design-system.service.gov.uk/components/tag/). The text is Ofsted's
 * printed label, so colour never carries the meaning on its own.
 */
const colours: Readonly<Record<GradeId, string>> = {
  outstanding: 'govuk-tag--green',
  good: 'govuk-tag--turquoise',
  'requires-improvement': 'govuk-tag--yellow',
  inadequate: 'govuk-tag--red',
};

/** The tag for a grade, or for an area not graded yet (`null`). */
export function gradeTag(grade: GradeId | null): GradeTag {
  if (grade === null) return { text: 'Not graded', className: 'govuk-tag govuk-tag--grey' };
  return { text: gradeLabel(grade), className: `govuk-tag ${colours[grade]}` };
}
