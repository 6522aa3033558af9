import { describe, expect, it } from 'vitest';
import {
  clashFieldName,
  clashValue,
} from '../../../../../renderer/src/features/inspections/clash-labels';

describe('a clashing edit in words', () => {
  it('names fields as the record pages do, and keeps a field it does not know', () => {
    expect(clashFieldName('evidenceIds')).toBe('Evidence');
    expect(clashFieldName('relatesTo')).toBe('Date it relates to');
    expect(clashFieldName('somethingNew')).toBe('somethingNew');
  });

  it('gives labels and dates instead of codes', () => {
    expect(clashValue('grade', 'requires-improvement')).toBe('Requires improvement to be good');
    expect(clashValue('kind', 'case-sampling')).toBe('Case sampling');
    expect(clashValue('finding', 'concern')).toBe('Serious concern');
    expect(clashValue('status', 'mitigated')).toBe('Confirmed, with mitigation in place');
    expect(clashValue('relatesTo', '2026-10-07')).toBe('7 October 2026');
  });

  it('lists arrays, says (none) for nothing, and keeps a code it does not know', () => {
    expect(clashValue('evidenceIds', ['ev-1', 'ev-2'])).toBe('ev-1, ev-2');
    expect(clashValue('evidenceIds', [])).toBe('(none)');
    expect(clashValue('rationale', null)).toBe('(none)');
    expect(clashValue('grade', 'not-a-grade')).toBe('not-a-grade');
    expect(clashValue('$deleted', true)).toBe('Yes');
  });
});
