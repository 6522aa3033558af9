import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../../../../shared/domain';
import {
  acceptanceDetail,
  formatWhen,
} from '../../../../../renderer/src/features/judgements/acceptance-detail';

const base: Acceptance = {
  rule: 'leaders-inadequate',
  rationale: 'New DCS in post',
  by: 'Asha Patel',
  at: '2025-03-10T09:00:00.000Z',
};

describe('acceptanceDetail', () => {
  it('adds when the accepted rationale was recorded: the latest matching acceptance', () => {
    const acceptances: Acceptance[] = [
      base,
      { ...base, at: '2025-03-12T16:30:00.000Z' },
      { ...base, rationale: 'Something else', at: '2025-03-13T08:00:00.000Z' },
      { ...base, rule: 'overall-below-worst', at: '2025-03-14T08:00:00.000Z' },
    ];
    expect(
      acceptanceDetail(
        'leaders-inadequate',
        { by: base.by, rationale: base.rationale },
        acceptances,
      ),
    ).toEqual({ by: 'Asha Patel', rationale: 'New DCS in post', at: '2025-03-12T16:30:00.000Z' });
  });

  it('says when no record matches', () => {
    expect(
      acceptanceDetail('leaders-inadequate', { by: 'X', rationale: 'Y' }, [base]).at,
    ).toBeNull();
  });
});

describe('formatWhen', () => {
  it('reads a UTC time in UK local time (BST in summer)', () => {
    expect(formatWhen('2025-06-10T13:05:00.000Z')).toBe('10 June 2025 at 14:05');
    expect(formatWhen('2025-01-10T13:05:00.000Z')).toBe('10 January 2025 at 13:05');
  });

  it('leaves an unreadable time as it is', () => {
    expect(formatWhen('soon')).toBe('soon');
  });
});
