import { err, ok, type Result } from '../../util/result';
import { areaIdSchema, type AreaId } from '../areas';
import type { Framework, FrameworkArea } from '../frameworks/types';
import { inspectionKind, type InspectionKindId } from '../kinds';
import { gradeIdSchema, type GradeId } from '../scale';

/** A judgement area that may be graded, and whether a grade is expected. */
export type GradableArea = { readonly area: FrameworkArea; readonly required: boolean };

/**
 * The areas an inspection of `kind` may grade under `framework`, in
 * judgement-table order.
 *
 * - Standard and short inspections grade the framework's judgements.
 * - A council self-assessment grades the same judgements, and may also give
 *   overall effectiveness as a single summary where Ofsted no longer grades it
 *   (test/fixtures/docs/ilacs.md §1.1a: "Keep it … for self-assessments that want a single
 *   summary").
 * - Focused and monitoring visits give no grades (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
export function gradableAreas(
  framework: Framework,
  kind: InspectionKindId,
): readonly GradableArea[] {
  const gradedBy = inspectionKind(kind).gradedBy;
  if (gradedBy === null) return [];
  const required = framework.areas.map((area) => ({ area, required: true }));
  if (gradedBy === 'ofsted') return required;
  return [...required, ...framework.selfAssessmentOnly.map((area) => ({ area, required: false }))];
}

/** Why a framework lacks an area, where the documents say (test/fixtures/docs/ilacs.md §1.0). */
function missingAreaHint(framework: Framework, area: AreaId): string {
  if (area === 'overall' && !framework.gradesOverall) {
    return ' Overall effectiveness is not graded for inspections on site from 1 April 2026.';
  }
  if (area === 'care-leavers' || area === 'children-in-care') {
    return ' Before January 2023 children in care and care leavers were judged together as children-in-care-and-care-leavers.';
  }
  if (area === 'children-in-care-and-care-leavers') {
    return ' From January 2023 children in care and care leavers are judged separately.';
  }
  return '';
}

function describeAreas(framework: Framework): string {
  return framework.areas.map((area) => `${area.id} ("${area.label}")`).join(', ');
}

/**
 * Checks that `grade` may be given for `area` in an inspection of `kind`
 * under `framework`, returning the parsed pair or an error whose message says
 * what is wrong and what is allowed. Error codes:
 * `grade.unknown-area`, `grade.unknown-grade`, `grade.not-graded-kind`,
 * `grade.area-not-graded`.
 */
export function validateGrade(
  framework: Framework,
  kind: InspectionKindId,
  area: string,
  grade: string,
): Result<{ readonly area: AreaId; readonly grade: GradeId }> {
  const kindInfo = inspectionKind(kind);
  if (kindInfo.gradedBy === null) {
    return err(
      'grade.not-graded-kind',
      `A ${kindInfo.label.toLowerCase()} gives no grades; record findings instead.`,
    );
  }
  const parsedArea = areaIdSchema.safeParse(area);
  if (!parsedArea.success) {
    return err(
      'grade.unknown-area',
      `"${area}" is not a judgement area. ${framework.id} grades: ${describeAreas(framework)}.`,
    );
  }
  const parsedGrade = gradeIdSchema.safeParse(grade);
  if (!parsedGrade.success) {
    return err(
      'grade.unknown-grade',
      `"${grade}" is not a grade: use outstanding, good, requires-improvement or inadequate.`,
    );
  }
  const allowed = gradableAreas(framework, kind).some((entry) => entry.area.id === parsedArea.data);
  if (!allowed) {
    return err(
      'grade.area-not-graded',
      `${framework.id} does not grade ${parsedArea.data}.${missingAreaHint(framework, parsedArea.data)} It grades: ${describeAreas(framework)}.`,
    );
  }
  return ok({ area: parsedArea.data, grade: parsedGrade.data });
}
