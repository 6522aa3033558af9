/**
 * The inspection domain: ILACS frameworks as data, the workbook model as zod
 * schemas, and the rules that combine a council's and its delegated
 * providers' evidence into one judgement. Pure: imports only zod.
 */
export { areaIds, areaIdSchema, isExperiencesArea, type AreaId } from './areas';
export {
  checklistItem,
  checklists,
  careLeaversChecklist,
  childrenInCareAndCareLeaversChecklist,
  childrenInCareChecklist,
  helpAndProtectionChecklist,
  leadersChecklist,
  overallChecklist,
  type ChecklistGroup,
  type ChecklistItem,
} from './checklists';
export {
  isCalendarDate,
  isOnOrBefore,
  isoDateSchema,
  timestampSchema,
  type IsoDate,
} from './dates';
export {
  areaForLabel,
  frameworkArea,
  frameworkById,
  frameworkForDate,
  frameworkIds,
  frameworkIdSchema,
  frameworks,
  ilacs2018,
  ilacs2023,
  ilacs2026,
  type Framework,
  type FrameworkArea,
  type FrameworkId,
} from './frameworks';
export {
  judge,
  type JudgedArea,
  type JudgeNote,
  type JudgeResult,
  type JudgeWarning,
} from './judge';
export {
  inspectionKind,
  inspectionKindIds,
  inspectionKindIdSchema,
  inspectionKinds,
  type InspectionKind,
  type InspectionKindId,
} from './kinds';
export {
  acceptanceSchema,
  warningRuleIds,
  type Acceptance,
  type WarningRuleId,
} from './model/acceptance';
export { companyNumberSchema, normaliseCompanyNumber } from './model/company-number';
export {
  countedEvidence,
  countedEvidenceIds,
  evidenceWindowDays,
  isWithdrawn,
  questionEvidenceDate,
  withdrawalSchema,
  type EvidenceDateQuestion,
  type Withdrawal,
  evidenceFindings,
  evidenceKinds,
  evidenceSchema,
  type Attachment,
  type Evidence,
  type EvidenceFinding,
  type EvidenceKind,
} from './model/evidence';
export {
  inspectionSchema,
  laCodeSchema,
  teamRoles,
  type Council,
  type Inspection,
  type TeamMember,
} from './model/inspection';
export { checkIntegrity, type IntegrityIssue } from './model/integrity';
export { judgementSchema, type Judgement } from './model/judgement';
export { parseWorkbook } from './model/parse';
export {
  delegatedFunctions,
  legalForms,
  providerSchema,
  type DelegatedFunction,
  type LegalForm,
  type Provider,
} from './model/provider';
export {
  findingSchema,
  improvementSchema,
  priorityActionSchema,
  type Finding,
  type Improvement,
  type PriorityAction,
} from './model/report';
export { workbookShapeSchema, type Workbook, type WorkbookInput } from './model/workbook';
export {
  formatImprovementTag,
  improvementTagSchema,
  nationalFrameworkTags,
  type ImprovementTag,
} from './national-framework';
export { reportSections, type ReportParagraph, type ReportSection } from './report-sections';
export { acceptanceFor, acceptWarning, type AcceptedBy } from './rules/acceptance';
export { contributions, evidenceForArea, type Contribution } from './rules/contributions';
export { gaps, type Gap, type GapReason } from './rules/gaps';
export { gradableAreas, validateGrade, type GradableArea } from './rules/grading';
export { limitingWarnings, type GradesSoFar, type LimitingWarning } from './rules/limiting';
export { moderationNotes, type ModerationNote } from './rules/moderation';
export { providerFlags, type ProviderFlag, type ProviderRuleId } from './rules/providers';
export {
  gradeForLabel,
  gradeIds,
  gradeIdSchema,
  gradeInHeading,
  gradeLabel,
  gradeRank,
  grades,
  isWorse,
  worstGrade,
  type Grade,
  type GradeId,
} from './scale';
export { selfEvaluationQuestions, type SelfEvaluationQuestionId } from './self-evaluation';
export {
  focusedVisitThemeIdSchema,
  focusedVisitThemes,
  type FocusedVisitTheme,
  type FocusedVisitThemeId,
} from './themes';
