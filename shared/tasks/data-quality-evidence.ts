import { mappingFor } from '../comparators/mapping';
import type { Workbook } from '../domain';
import type { IndicatorResult } from '../records/indicators';
import { evidenceAreas } from '../workbook/evidence-commands';
import type { AddEvidenceInput } from '../workbook/evidence-commands';

/**
 * A data-quality note as evidence the inspector can record with the evidence
 * task (`addEvidence`): about the council, performance data, an area for
 * improvement, in the judgement area the indicator belongs to (the first of
 * the mapping's areas this inspection judges). Undefined when the indicator
 * has no note.
 */
export function dataQualityEvidence(
  workbook: Workbook,
  result: IndicatorResult,
): AddEvidenceInput | undefined {
  const note = result.comparators?.dataQuality;
  const mapping = mappingFor(result.id);
  if (note === undefined || mapping === undefined) return undefined;
  const judged = new Set<string>(evidenceAreas(workbook).map((area) => area.id));
  const area = mapping.areas.find((id) => judged.has(id));
  return {
    source: 'council',
    areas: area === undefined ? [] : [area],
    finding: 'improvement',
    kind: 'performance-data',
    text: `Data-quality note. ${note.message}`,
  };
}
