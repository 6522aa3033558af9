import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../../../shared/domain';
import {
  coverageCount,
  criteriaCoverage,
} from '../../../../../renderer/src/features/judgements/criteria-coverage';
import { evidence } from '../../../shared/domain/builders';

const checklist: readonly ChecklistItem[] = [
  { id: 'x-note', group: 'note', text: 'About the judgement', points: [] },
  { id: 'x-bad', group: 'inadequate', text: 'Children left at risk', points: [] },
  { id: 'x-one', group: 'good', text: 'Visits are timely', points: [] },
  { id: 'x-two', group: 'good', text: 'Plans are reviewed', points: ['At least yearly'] },
];

describe('criteriaCoverage', () => {
  it('counts only linked evidence tagged with a criterion', () => {
    const linked = evidence('council', ['leaders'], 'strength', {
      id: 'ev-a',
      checklistItems: ['x-one', 'x-bad'],
    });
    const unlinked = evidence('council', ['leaders'], 'concern', {
      id: 'ev-b',
      checklistItems: ['x-two'],
    });
    const also = evidence('wct', ['leaders'], 'improvement', {
      id: 'ev-c',
      checklistItems: ['x-one'],
    });
    const groups = criteriaCoverage(checklist, [linked, unlinked, also], ['ev-a', 'ev-c']);
    // Guidance notes are not criteria and are left out.
    expect(groups.map((g) => g.group)).toEqual(['good', 'inadequate']);
    expect(groups[0]?.criteria.map((c) => [c.item.id, c.coveredBy])).toEqual([
      ['x-one', ['ev-a', 'ev-c']],
      ['x-two', []],
    ]);
    expect(groups[1]?.criteria[0]?.coveredBy).toEqual(['ev-a']);
    expect(coverageCount(groups)).toEqual({ covered: 2, total: 3 });
  });

  it('covers nothing when no evidence is linked', () => {
    const item = evidence('council', ['leaders'], 'strength', { checklistItems: ['x-one'] });
    expect(coverageCount(criteriaCoverage(checklist, [item], []))).toEqual({
      covered: 0,
      total: 3,
    });
  });
});
