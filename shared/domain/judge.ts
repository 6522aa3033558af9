import type { AreaId } from './areas';
import { frameworkById, frameworkForDate, type FrameworkId } from './frameworks';
import type { WarningRuleId } from './model/acceptance';
import type { Judgement } from './model/judgement';
import type { Workbook } from './model/workbook';
import { acceptanceFor, type AcceptedBy } from './rules/acceptance';
import { contributions, type Contribution } from './rules/contributions';
import { gaps, type Gap } from './rules/gaps';
import { gradableAreas, validateGrade } from './rules/grading';
import { limitingWarnings, type GradesSoFar } from './rules/limiting';
import { moderationNotes } from './rules/moderation';
import { providerFlags, type ProviderFlag } from './rules/providers';
import type { GradeId } from './scale';

/** One area of the combined judgement. `grade` and `rationale` are `null` until graded. */
export type JudgedArea = {
  readonly area: AreaId;
  readonly grade: GradeId | null;
  readonly rationale: string | null;
  readonly contributions: readonly Contribution[];
};

/** A limiting-rule warning with its acceptance, if any. */
export type JudgeWarning = {
  readonly rule: WarningRuleId;
  readonly message: string;
  readonly accepted: AcceptedBy | null;
  /** Extra: the sub-judgements involved. */
  readonly areas: readonly AreaId[];
};

/** Something worth a second look that is neither a warning nor a gap. */
export type JudgeNote = {
  readonly rule: 'same-preparer-and-moderator' | 'framework-not-for-date';
  readonly area: AreaId | null;
  readonly message: string;
};

/**
 * The combined judgement of a council and its delegated providers: a
 * JSON-ready public interface that councils script against. The field names
 * `framework`, `judgements`, `warnings` and `gaps` and their entries' fields
 * are fixed; `providerFlags`, `notes` and `rejected` are extras.
 */
export type JudgeResult = {
  readonly framework: FrameworkId;
  readonly judgements: readonly JudgedArea[];
  readonly warnings: readonly JudgeWarning[];
  readonly gaps: readonly Gap[];
  readonly providerFlags: readonly ProviderFlag[];
  readonly notes: readonly JudgeNote[];
  /** Judgements left out because the framework or kind of inspection refuses them. */
  readonly rejected: readonly { readonly area: string; readonly message: string }[];
};

/**
 * Combines a workbook into one judgement of the council (the LA is the
 * inspected and graded body; delegated providers are judged inside its
 * inspection: SI 2014/2407, https://www.legislation.gov.uk/uksi/2014/2407, test/fixtures/docs/ilacs.md §1.1c).
 *
 * Every area the inspection must grade is listed, graded or not, in
 * judgement-table order, with each entity's evidence counts. Limiting-rule
 * warnings fire among the grades given so far; missing grades, evidence and
 * rationales are gaps. Focused and monitoring visits give no grades, so they
 * list no judgements. The function never throws: a judgement the framework
 * refuses (or a second one for an area) is left out and listed in `rejected`.
 */
export function judge(workbook: Workbook): JudgeResult {
  const { inspection } = workbook;
  const framework = frameworkById(inspection.framework);
  const rejected: { area: string; message: string }[] = [];
  const accepted = new Map<AreaId, Judgement>();
  for (const judgement of workbook.judgements) {
    const checked = validateGrade(framework, inspection.kind, judgement.area, judgement.grade);
    if (!checked.ok) rejected.push({ area: judgement.area, message: checked.error.message });
    else if (accepted.has(judgement.area)) {
      rejected.push({
        area: judgement.area,
        message: `${judgement.area} is graded more than once; the first judgement is used.`,
      });
    } else accepted.set(judgement.area, judgement);
  }

  const judgements = gradableAreas(framework, inspection.kind)
    .filter(({ area, required }) => required || accepted.has(area.id))
    .map(({ area }) => {
      const judgement = accepted.get(area.id);
      return {
        area: area.id,
        grade: judgement?.grade ?? null,
        rationale: judgement?.rationale ?? null,
        contributions: contributions(workbook, area.id),
      };
    });

  const grades: Partial<Record<AreaId, GradeId>> = {};
  for (const [area, judgement] of accepted) grades[area] = judgement.grade;
  const labelOf = (area: AreaId): string =>
    [...framework.areas, ...framework.selfAssessmentOnly].find((entry) => entry.id === area)
      ?.label ?? area;
  const warnings = limitingWarnings(grades satisfies GradesSoFar, labelOf).map((warning) => ({
    rule: warning.rule,
    message: warning.message,
    accepted: acceptanceFor(warning.rule, workbook.acceptances),
    areas: warning.areas,
  }));

  const notes: JudgeNote[] = moderationNotes([...accepted.values()]);
  const dated = frameworkForDate(inspection.onSite.start);
  if (dated?.id !== framework.id) {
    notes.push({
      rule: 'framework-not-for-date',
      area: null,
      message: `The workbook uses ${framework.id}, but ${dated === undefined ? 'no ILACS framework' : dated.id} applies to an inspection on site from ${inspection.onSite.start}.`,
    });
  }

  return {
    framework: framework.id,
    judgements,
    warnings,
    gaps: gaps({ ...workbook, judgements: [...accepted.values()] }, framework),
    providerFlags: providerFlags(workbook.providers, inspection.council.laCode),
    notes,
    rejected,
  };
}
