export {
  filesToReadWith,
  importOwner,
  readImportCall,
  readImportFiles,
  recordImportCall,
  type HashedParsedFile,
  type ImportCallMeta,
  type ImportCallRead,
} from './import-records';
export {
  addEvidence,
  editEvidence,
  evidenceAreas,
  futureEvidenceDate,
  withdrawEvidence,
  type AddEvidenceInput,
  type EditEvidenceInput,
} from './evidence';
export {
  certificateAllowed,
  whoMaySign,
  whoMaySignByKey,
  type RosterSigner,
  type SignerRole,
} from './who-signs';
export {
  reportInputs,
  reportNeedsRecords,
  type ReportInputs,
  type WantedInputs,
} from './report-inputs';
export { mergeWorkbooks, openBundleBytes, type MergedWorkbook, type OpenedBundle } from './bundles';
export { acceptRule, moderate, setGrade, type SetGradeInput } from './judgements';
export { dataQualityEvidence } from './data-quality-evidence';
export { signTeamRoster, type LeadIdentity } from './team-roster';
export { recordTeamKey, teamKeysInForce, type TeamKeySource, type TeamKeys } from './team-keys';
export { keysFromText, signingKeyFingerprint, type PastedKeys } from './roster-keys';
export { rosterView, type RosterRow, type RosterStatus, type RosterView } from './roster-view';
export { changeMarks, knownChangeMarks, type ChangeMarks } from './change-marks';
