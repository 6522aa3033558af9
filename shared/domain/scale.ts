import { z } from 'zod';

/**
 * The four-point ILACS grading scale, best first. The same scale is used by
 * every ILACS framework (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018; test/fixtures/docs/ilacs.md §1.1b "Grade
 * vocabulary, exactly as printed").
 */
export const gradeIds = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;

/** One grade of the four-point scale. */
export type GradeId = (typeof gradeIds)[number];

/** Schema for a {@link GradeId}. */
export const gradeIdSchema = z.enum(gradeIds, {
  error: 'expected a grade: outstanding, good, requires-improvement or inadequate',
});

/** A grade with its printed label and its generic descriptor. */
export type Grade = {
  readonly id: GradeId;
  /** The label exactly as Ofsted prints it in the judgement table. */
  readonly label: string;
  /**
   * The generic grade descriptor in paraphrase (test/fixtures/docs/ilacs.md §1.1a "Generic grade
   * descriptors", from the SIF-era "What the inspection judgements mean: the
   * local authority", which ILACS keeps per LGA First).
   */
  readonly descriptor: string;
};

/** The scale as data, best grade first. */
export const grades: readonly Grade[] = [
  {
    id: 'outstanding',
    label: 'Outstanding',
    descriptor:
      'Leads highly effective services that "significantly improved outcomes" for children who need help, protection and care. Progress exceeds expectations and is sustained over time.',
  },
  {
    id: 'good',
    label: 'Good',
    descriptor:
      'Leads effective services that help, protect and care for children. Children in care and care leavers have their welfare safeguarded and promoted.',
  },
  {
    id: 'requires-improvement',
    label: 'Requires improvement to be good',
    descriptor:
      'There are no "widespread or serious failures" that leave children harmed or at risk of harm. The welfare of children in care is safeguarded and minimum requirements are met, but services are not yet good.',
  },
  {
    id: 'inadequate',
    label: 'Inadequate',
    descriptor:
      'There are "widespread or serious failures" that result in or leave children harmed or at risk of harm. Or children in care or care leavers do not have their welfare safeguarded and promoted.',
  },
];

/**
 * Position on the scale: 1 for outstanding down to 4 for inadequate, so a
 * larger number is a worse grade.
 */
export function gradeRank(grade: GradeId): number {
  return gradeIds.indexOf(grade) + 1;
}

/** True when `a` is a worse grade than `b`. */
export function isWorse(a: GradeId, b: GradeId): boolean {
  return gradeRank(a) > gradeRank(b);
}

/** The worst of some grades, or `undefined` when there are none. */
export function worstGrade(list: readonly GradeId[]): GradeId | undefined {
  let worst: GradeId | undefined;
  for (const grade of list) if (worst === undefined || isWorse(grade, worst)) worst = grade;
  return worst;
}

/** The label Ofsted prints in the judgement table, e.g. `Requires improvement to be good`. */
export function gradeLabel(grade: GradeId): string {
  return grades.find((entry) => entry.id === grade)?.label ?? grade;
}

/**
 * The grade as printed after a narrative section heading: the label in lower
 * case (test/fixtures/docs/ilacs.md §1.1b: "<heading>: <grade in lower case>").
 */
export function gradeInHeading(grade: GradeId): string {
  return gradeLabel(grade).toLowerCase();
}

/**
 * Reads a printed grade back to its id, ignoring case and surrounding space.
 * Accepts the descriptor table's "Requires improvement (to be good)" and the
 * short "Requires improvement" as well as the exact label.
 */
export function gradeForLabel(label: string): GradeId | undefined {
  const wanted = label
    .trim()
    .toLowerCase()
    .replace(/[()]/g, '')
    .replace(/\s+to be good$/, '');
  return grades.find((entry) => entry.label.toLowerCase().replace(/\s+to be good$/, '') === wanted)
    ?.id;
}
