import {
  frameworkById,
  gradableAreas,
  type AreaId,
  type GapReason,
  type GradeId,
  type JudgeResult,
  type Workbook,
} from '../../../../shared/domain';

/** One row of the judgements overview: an area the inspection may grade. */
export type AreaRow = {
  readonly area: AreaId;
  readonly label: string;
  readonly grade: GradeId | null;
  readonly preparedBy: string | null;
  readonly moderatedBy: string | null;
  /** Whether a grade is expected (false for a self-assessment's optional overall effectiveness). */
  readonly required: boolean;
  readonly gaps: readonly GapReason[];
  /** How many findings its report section has, or null when it has no section (overall). */
  readonly findings: number | null;
};

/** The printed label of an area under the workbook's framework (self-assessment extras included). */
export function areaLabel(workbook: Workbook, area: AreaId): string {
  const framework = frameworkById(workbook.inspection.framework);
  return (
    [...framework.areas, ...framework.selfAssessmentOnly].find((entry) => entry.id === area)
      ?.label ?? area
  );
}

/**
 * The overview rows: every area `judge()` lists (the required ones, graded or
 * not, and optional ones once graded), then the optional areas not yet graded,
 * so a council can see it may still give a single overall summary
 * (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services;
 * test/fixtures/docs/ilacs.md §1.1a). Who prepared and moderated comes from the judgement
 * itself; `judge()` reports grades only.
 */
export function areaRows(workbook: Workbook, result: JudgeResult): AreaRow[] {
  const gradable = gradableAreas(
    frameworkById(workbook.inspection.framework),
    workbook.inspection.kind,
  );
  const listed = new Set(result.judgements.map((entry) => entry.area));
  const optional = gradable.filter((entry) => !listed.has(entry.area.id)).map((e) => e.area.id);
  const required = new Map(gradable.map((entry) => [entry.area.id, entry.required]));
  const sections = frameworkById(workbook.inspection.framework).reportOrder;
  return [...result.judgements.map((entry) => entry.area), ...optional].map((area) => {
    const judged = result.judgements.find((entry) => entry.area === area);
    const judgement = workbook.judgements.find((entry) => entry.area === area);
    return {
      area,
      label: areaLabel(workbook, area),
      grade: judged?.grade ?? null,
      preparedBy: judged?.grade == null ? null : (judgement?.preparedBy ?? null),
      moderatedBy: judged?.grade == null ? null : (judgement?.moderatedBy ?? null),
      required: required.get(area) ?? true,
      gaps: result.gaps.filter((gap) => gap.area === area).map((gap) => gap.reason),
      findings: sections.includes(area)
        ? workbook.findings.filter((finding) => finding.area === area).length
        : null,
    };
  });
}
