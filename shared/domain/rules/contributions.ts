import type { AreaId } from '../areas';
import { countedEvidence, type Evidence } from '../model/evidence';
import type { Workbook } from '../model/workbook';

/** How much of an area's evidence came from one entity, by finding. */
export type Contribution = {
  /** `council` or a delegated provider's id. */
  readonly source: string;
  readonly name: string;
  readonly strengths: number;
  readonly improvements: number;
  readonly concerns: number;
};

/**
 * The evidence bearing on an area: the items tagged with it, withdrawn items
 * left out. Overall
 * effectiveness has no narrative section of its own and draws on every other
 * judgement (test/fixtures/docs/ilacs.md §1.1a), so all evidence bears on `overall`.
 */
export function evidenceForArea(workbook: Workbook, area: AreaId): Evidence[] {
  const counted = countedEvidence(workbook.evidence);
  return area === 'overall' ? counted : counted.filter((item) => item.areas.includes(area));
}

/**
 * Counts an area's evidence findings by entity: the council first, then each
 * delegated provider in workbook order (zero counts included), so a reader
 * sees which entity drove a grade. A combined LA judgement is built from the
 * council's evidence plus every delegated provider's (test/fixtures/docs/ilacs.md §2.4
 * "Multi-entity inspection"; the LA stays accountable, SI 2014/2407, https://www.legislation.gov.uk/uksi/2014/2407).
 * Evidence from a source that is neither is counted under that source's id,
 * so the counts always add up to the area's evidence.
 */
export function contributions(workbook: Workbook, area: AreaId): Contribution[] {
  const rows = new Map<
    string,
    { name: string; strengths: number; improvements: number; concerns: number }
  >();
  rows.set('council', {
    name: workbook.inspection.council.name,
    strengths: 0,
    improvements: 0,
    concerns: 0,
  });
  for (const provider of workbook.providers) {
    if (!rows.has(provider.id)) {
      rows.set(provider.id, { name: provider.name, strengths: 0, improvements: 0, concerns: 0 });
    }
  }
  for (const item of evidenceForArea(workbook, area)) {
    let row = rows.get(item.source);
    if (row === undefined) {
      row = { name: `Unknown source "${item.source}"`, strengths: 0, improvements: 0, concerns: 0 };
      rows.set(item.source, row);
    }
    if (item.finding === 'strength') row.strengths += 1;
    else if (item.finding === 'improvement') row.improvements += 1;
    else row.concerns += 1;
  }
  return [...rows].map(([source, row]) => ({ source, ...row }));
}
