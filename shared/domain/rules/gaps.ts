import type { AreaId } from '../areas';
import type { Framework } from '../frameworks/types';
import { isBlank } from '../model/common';
import type { Workbook } from '../model/workbook';
import { evidenceForArea } from './contributions';
import { gradableAreas } from './grading';

/** Why an area is not ready: no evidence, no grade, or a grade without a rationale. */
export type GapReason = 'no-evidence' | 'no-grade' | 'no-rationale';

/** Something still missing for an area. Gaps are work to do, never warnings. */
export type Gap = { readonly area: AreaId; readonly reason: GapReason };

/**
 * What is still missing, area by area, in judgement-table order:
 *
 * - `no-grade`: an area the inspection must grade has no judgement yet;
 * - `no-rationale`: a judgement whose rationale is blank;
 * - `no-evidence`: a graded or required area with no evidence bearing on it
 *   (see `evidenceForArea`).
 *
 * Optional areas (overall effectiveness in a self-assessment under
 * ilacs-2026) have gaps only once graded. Visits that give no grades have no
 * gaps.
 */
export function gaps(workbook: Workbook, framework: Framework): Gap[] {
  const found: Gap[] = [];
  for (const { area, required } of gradableAreas(framework, workbook.inspection.kind)) {
    const judgement = workbook.judgements.find((entry) => entry.area === area.id);
    if (judgement === undefined && !required) continue;
    if (evidenceForArea(workbook, area.id).length === 0) {
      found.push({ area: area.id, reason: 'no-evidence' });
    }
    if (judgement === undefined) found.push({ area: area.id, reason: 'no-grade' });
    else if (isBlank(judgement.rationale)) found.push({ area: area.id, reason: 'no-rationale' });
  }
  return found;
}
