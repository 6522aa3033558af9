/**
 * Adding and changing evidence, as one task for the command and the app: the
 * shared evidence commands are the single implementation (a known source,
 * areas of the inspection's framework, a date not in the future, a note that
 * is not blank), so the task is them. The app's capture form checks the date
 * with {@link futureEvidenceDate} too, to show the same message on the field.
 */
export {
  addEvidence,
  editEvidence,
  evidenceAreas,
  futureEvidenceDate,
  withdrawEvidence,
  type AddEvidenceInput,
  type EditEvidenceInput,
} from '../workbook/evidence-commands';
