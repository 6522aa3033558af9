import { describe, expect, it } from 'vitest';
import {
  evidenceChoices,
  filterEvidence,
  pageOf,
} from '../../../../../renderer/src/features/judgements/evidence-choices';
import { emptyWorkbook, evidence, trust } from '../../../shared/domain/builders';

describe('evidenceChoices', () => {
  const leaders = evidence('council', ['leaders'], 'strength', { id: 'ev-l' });
  const care = evidence('wct', ['care-leavers'], 'concern', { id: 'ev-c' });
  const workbook = { ...emptyWorkbook(), providers: [trust()], evidence: [leaders, care] };

  it('offers the evidence bearing on the area', () => {
    expect(evidenceChoices(workbook, 'leaders', []).map((e) => e.id)).toEqual(['ev-l']);
  });

  it('offers all evidence for overall effectiveness, which draws on every judgement', () => {
    expect(evidenceChoices(workbook, 'overall', []).map((e) => e.id)).toEqual(['ev-l', 'ev-c']);
  });

  it('keeps an item already linked that no longer bears on the area, after the others', () => {
    expect(evidenceChoices(workbook, 'leaders', ['ev-c']).map((e) => e.id)).toEqual([
      'ev-l',
      'ev-c',
    ]);
  });
});

function name(source: string): string {
  return source === 'wct' ? 'Wessex Children’s Trust' : 'Wessex CC';
}

describe('filterEvidence', () => {
  const items = [
    evidence('council', ['leaders'], 'strength', { id: 'a', text: 'Audits drive improvement' }),
    evidence('wct', ['leaders'], 'concern', { id: 'b', text: 'Supervision is irregular' }),
  ];

  it('keeps everything for a blank query', () => {
    expect(filterEvidence(items, '  ', name)).toHaveLength(2);
  });

  it('needs every word, in any field, ignoring case', () => {
    expect(filterEvidence(items, 'AUDITS', name).map((e) => e.id)).toEqual(['a']);
    expect(filterEvidence(items, 'trust concern', name).map((e) => e.id)).toEqual(['b']);
    expect(filterEvidence(items, 'trust strength', name)).toEqual([]);
  });
});

describe('pageOf', () => {
  const numbers = Array.from({ length: 10_000 }, (_, i) => i + 1);

  it('slices one page with its 1-based positions', () => {
    expect(pageOf(numbers, 3, 25)).toMatchObject({ page: 3, pages: 400, from: 51, to: 75 });
    expect(pageOf(numbers, 3, 25).items).toHaveLength(25);
  });

  it('clamps a page past the end, and below 1', () => {
    expect(pageOf(numbers.slice(0, 30), 9, 25)).toMatchObject({ page: 2, from: 26, to: 30 });
    expect(pageOf(numbers, 0, 25).page).toBe(1);
  });

  it('has one empty page for an empty list', () => {
    expect(pageOf([], 1, 25)).toEqual({ items: [], page: 1, pages: 1, from: 0, to: 0 });
  });
});
