import {
  cinCrossChecks,
  type CrossCheckFinding,
  type CrossCheckReport,
} from '../records/cin/cross-checks';
import type { AddEvidenceInput } from './evidence-commands';
import type { ImportedRecords } from './imported-records';

/** The CIN census cross-checks of a workbook's imported records (records/cin/cross-checks.ts). */
export function crossChecksFor(records: ImportedRecords): CrossCheckReport {
  return cinCrossChecks(records.owners);
}

/**
 * A cross-check finding as the evidence item it becomes with one action:
 * for the help-and-protection judgement, from the body whose records show
 * it, about that child; a plan kept while looked after is a concern, a
 * census missing children an area for improvement.
 */
export function crossCheckEvidence(finding: CrossCheckFinding): AddEvidenceInput {
  return {
    source: finding.owner,
    areas: ['help-and-protection'],
    finding: finding.kind === 'protection-and-care' ? 'concern' : 'improvement',
    text: `${finding.message} (Records: ${finding.files.join(', ')}.)`,
    kind: 'performance-data',
    childIds: [finding.child],
  };
}
