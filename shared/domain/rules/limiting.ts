import { areaIds, isExperiencesArea, type AreaId } from '../areas';
import type { WarningRuleId } from '../model/acceptance';
import { gradeLabel, gradeRank, worstGrade, type GradeId } from '../scale';

/** The grades given so far, by area; an absent area is not graded yet. */
export type GradesSoFar = Readonly<Partial<Record<AreaId, GradeId>>>;

/** A limiting-rule warning that fires on the grades given so far. */
export type LimitingWarning = {
  readonly rule: WarningRuleId;
  readonly message: string;
  /** The sub-judgements whose grades set the warning off (overall is always involved). */
  readonly areas: readonly AreaId[];
};

type Graded = { readonly area: AreaId; readonly grade: GradeId };

function describe(entry: Graded, labelOf: (area: AreaId) => string): string {
  return `${labelOf(entry.area)} (${gradeLabel(entry.grade)})`;
}

/**
 * The limiting-rule warnings for the grades given so far (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018,
 * "Limiting rules"; test/fixtures/docs/ilacs.md §1.1a, overall effectiveness). The patterns come
 * from all 271 standard and short inspections in Ofsted's outcome data, 2018
 * to March 2025 **[inferred]**, so they are warnings, not hard rules, until
 * the framework text is checked:
 *
 * - overall is never below the worst sub-judgement (it equals it in 194
 *   inspections and is one grade better in 77): `overall-below-worst`,
 *   `overall-above-worst-plus-one`;
 * - whenever an "experiences and progress" judgement was inadequate, overall
 *   was inadequate (27/27, 19/19, 7/7): `experiences-inadequate`;
 * - when leaders alone were inadequate, overall was requires improvement in
 *   4 of 29 cases and never better: `leaders-inadequate`.
 *
 * A warning fires only among the areas graded so far: nothing fires until
 * overall and at least one other judgement are graded.
 */
export function limitingWarnings(
  grades: GradesSoFar,
  labelOf: (area: AreaId) => string,
): LimitingWarning[] {
  const overall = grades.overall;
  if (overall === undefined) return [];
  const others: Graded[] = [];
  for (const area of areaIds) {
    const grade = grades[area];
    if (area !== 'overall' && grade !== undefined) others.push({ area, grade });
  }
  const worst = worstGrade(others.map((entry) => entry.grade));
  if (worst === undefined) return [];
  const worstAreas = others.filter((entry) => entry.grade === worst);
  const overallText = `Overall effectiveness (${gradeLabel(overall)})`;
  const warnings: LimitingWarning[] = [];

  if (gradeRank(overall) > gradeRank(worst)) {
    warnings.push({
      rule: 'overall-below-worst',
      message: `${overallText} is worse than every other judgement; the worst is ${worstAreas.map((entry) => describe(entry, labelOf)).join(' and ')}. Overall has never been below the worst sub-judgement.`,
      areas: worstAreas.map((entry) => entry.area),
    });
  }
  if (gradeRank(worst) - gradeRank(overall) > 1) {
    warnings.push({
      rule: 'overall-above-worst-plus-one',
      message: `${overallText} is more than one grade better than ${worstAreas.map((entry) => describe(entry, labelOf)).join(' and ')}. Overall has never been more than one grade better than the worst sub-judgement.`,
      areas: worstAreas.map((entry) => entry.area),
    });
  }
  const inadequateExperiences = others.filter(
    (entry) => isExperiencesArea(entry.area) && entry.grade === 'inadequate',
  );
  if (inadequateExperiences.length > 0 && overall !== 'inadequate') {
    warnings.push({
      rule: 'experiences-inadequate',
      message: `${overallText} is not inadequate although ${inadequateExperiences.map((entry) => labelOf(entry.area)).join(' and ')} is inadequate. Every inspection with an inadequate practice judgement was inadequate overall.`,
      areas: inadequateExperiences.map((entry) => entry.area),
    });
  }
  if (grades.leaders === 'inadequate' && gradeRank(overall) < gradeRank('requires-improvement')) {
    warnings.push({
      rule: 'leaders-inadequate',
      message: `${overallText} is better than requires improvement although ${labelOf('leaders')} is inadequate. Where leaders were inadequate, overall was never better than requires improvement.`,
      areas: ['leaders'],
    });
  }
  return warnings;
}
