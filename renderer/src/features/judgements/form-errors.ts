import type { ErrorItem } from '../../components/govuk/ErrorSummary';

/** Field errors of the grade form, by field. */
export type GradeFormErrors = Partial<Record<'grade' | 'rationale', string>>;

/** Ids of the grade form's fields; the error summary links to them. */
export const gradeFieldIds = {
  /** The first grade radio: GOV.UK links a radios error to the first option. */
  grade: 'grade-0',
  rationale: 'rationale',
} as const;

/**
 * Checks the grade form before saving. A rationale is required here although
 * the engine accepts a blank one as a draft (reported as a gap): the screen
 * saves a judgement only when it can stand, with the reason written down
 * (test/fixtures/docs/ilacs.md "What users of comparable systems ask for",
 * item 5).
 */
export function gradeFormErrors(grade: string, rationale: string): GradeFormErrors {
  const errors: GradeFormErrors = {};
  if (grade === '') errors.grade = 'Select a grade';
  if (rationale.trim() === '') errors.rationale = 'Enter the rationale for the grade';
  return errors;
}

/** The error-summary entries for the grade form's field errors, in field order. */
export function gradeSummary(errors: GradeFormErrors): ErrorItem[] {
  return (['grade', 'rationale'] as const).flatMap((field) => {
    const text = errors[field];
    return text === undefined ? [] : [{ text, href: `#${gradeFieldIds[field]}` }];
  });
}

/** The message for an acceptance without a rationale, or `undefined` when it has one. */
export function acceptError(rationale: string): string | undefined {
  return rationale.trim() === '' ? 'Enter why the grades stand despite the warning' : undefined;
}
