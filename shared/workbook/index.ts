/**
 * The workbook as an operation log: the domain model (shared/domain) kept
 * in the bundle's append-only log (shared/bundle), and the commands that
 * change it. Every command validates the whole workbook it would lead to and
 * refuses, writing nothing, if that workbook would be invalid.
 */
export { entityTypes, SUMMARY_ID, workbookEntities, workbookParts } from './entities';
export { workbookFromOperations } from './materialise';
export {
  checked,
  currentWorkbook,
  rememberFold,
  type CommandContext,
  type CommandOutcome,
} from './context';
export { createInspection, type NewInspectionInput } from './inspection-commands';
export {
  addProvider,
  editProvider,
  type AddProviderInput,
  type EditProviderInput,
} from './provider-commands';
export { addEvidence, type AddEvidenceInput } from './evidence-commands';
export {
  editEvidence,
  withdrawEvidence,
  type EditEvidenceInput,
  type WithdrawEvidenceInput,
} from './evidence-commands';
export { acceptRule, moderate, setGrade, type SetGradeInput } from './judgement-commands';
export {
  addFinding,
  addImprovement,
  addPriorityAction,
  setSummary,
  type AddFindingInput,
} from './report-commands';
export {
  areaFindings,
  editFinding,
  moveFinding,
  removeFinding,
  type EditFindingInput,
  type MoveDirection,
} from './finding-commands';
export {
  editImprovement,
  editPriorityAction,
  removeImprovement,
  removePriorityAction,
  setsPriorityActions,
  type EditImprovementInput,
} from './report-item-commands';
export { areaName, mayModerate } from './moderation';
export { reportCheck, type ReportCheckItem, type ReportCheckTarget } from './report-check';
export { createSession, type Session } from './session';
export {
  IMPORT_ENTITY,
  importKinds,
  importPartName,
  readPartName,
  importRecordSchema,
  inspectionWideKinds,
  periodOf,
  type ImportEntry,
  type ImportKind,
  type ImportMeta,
  type ImportPeriod,
} from './import-record';
export {
  importsFromOperations,
  recordImports,
  recordRecheck,
  removeImportEntry,
  type RecheckedImport,
} from './imports';
export { importsReplaced, replacedBy, type ImportShape } from './import-supersede';
export {
  recordReportVersion,
  REPORT_VERSION_ENTITY,
  reportBasisText,
  reportVersionFor,
  reportVersionRecordSchema,
  reportVersions,
  type ReportVersion,
  type ReportVersionRecord,
} from './report-version';
export {
  importedRecords,
  sourceReadCount,
  storedRead,
  storedReadBytes,
  type ImportedRecords,
  type OwnedFile,
  type OwnedRecords,
} from './imported-records';
export {
  decideLink,
  flagReviews,
  linkDecisions,
  linkKey,
  reviewFlag,
  undoLink,
  type DecidedLink,
  type LinkChange,
} from './conflicts';
export {
  conflictsBasis,
  conflictsFrom,
  conflictSourcesOf,
  runConflicts,
  unreviewedConflictsFrom,
  withFlagReviews,
  type ConflictSources,
  type PlacementFile,
  type RegisterFile,
} from './run-conflicts';
export {
  LINK_ENTITY,
  REVIEW_ENTITY,
  reviewStatuses,
  type LinkRecord,
  type ReviewRecord,
  type ReviewStatus,
} from './conflict-records';
export {
  conflictChanges,
  conflictInputs,
  flagGroups,
  leadLinks,
  type ConflictChanges,
  type ConflictInputs,
  type FlagGroup,
  type LeadLink,
} from './conflict-triage';
export { reportConflictsFrom, reportIndicatorsFrom } from './report-inputs';
export { importIndexOf, indexedOwnersFor, indicatorsFor, type OwnerIndexes } from './indicators';
export { keptIndexesOf } from './kept-indexes';
export { auditTrail, restoreChange } from './audit';
export { areaHistory } from './area-history';
export {
  givenYearOfReturn,
  is903,
  ownersWithReturn,
  previousTablesOf,
  providerListEntries,
  readOptionsFor,
  returnEntries,
  type CheckContext,
} from './check-context';
export { checkContextFromParts, inputOf, providersFromParts } from './context-from-parts';
export { recheckReturn, type RecheckedReturn } from './recheck-return';
export { crossCheckEvidence, crossChecksFor } from './cin-cross-checks';
export { MEMBER_KEY_ENTITY, type MemberKeyRecord } from './member-key-record';
export {
  memberKeys,
  setMemberKey,
  teamKeys,
  teamRecipients,
  type MemberKey,
  type MemberKeyInput,
  type TeamMemberKey,
} from './member-keys';
export {
  ROSTER_ENTITY,
  ROSTER_SEAL_ENTITY,
  rosterMemberSchema,
  type RosterMember,
} from './roster-record';
export {
  isRosterChange,
  memberWithKey,
  readRoster,
  rosterLead,
  type Roster,
  type RosterProblem,
} from './roster';
export {
  refusalOf,
  unsignedDigests,
  verifyLog,
  verifyLogFully,
  type LogProblem,
  type LogProblemReason,
  type LogVerification,
} from './signed-log';
export {
  addRosterMember,
  removeRosterMember,
  signRoster,
  type RosterKeys,
  type RosterMemberInput,
} from './roster-commands';
export { actingMember, isSignedLog, signOutcome, type OperationSigner } from './signing';
