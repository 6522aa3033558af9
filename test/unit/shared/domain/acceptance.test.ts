import { describe, expect, it } from 'vitest';
import { acceptanceFor, acceptWarning, type Acceptance } from '../../../../shared/domain';

const accepted: Acceptance = {
  rule: 'leaders-inadequate',
  rationale: 'Leaders were new in post; practice had held up.',
  by: 'Asha Patel',
  at: '2025-03-13T16:00:00Z',
};

describe('acceptWarning', () => {
  it('records an acceptance with a rationale and keeps earlier ones', () => {
    const result = acceptWarning([accepted], { ...accepted, at: '2025-03-14T09:00:00Z' });
    expect(result.ok ? result.data : []).toHaveLength(2);
  });

  it('refuses a blank rationale or a missing name', () => {
    const blank = acceptWarning([], { ...accepted, rationale: ' \n ' });
    expect(blank.ok ? '' : blank.error.code).toBe('warning.no-rationale');
    const anonymous = acceptWarning([], { ...accepted, by: '' });
    expect(anonymous.ok ? '' : anonymous.error.code).toBe('warning.no-name');
  });
});

describe('acceptanceFor', () => {
  it('is null until a warning is accepted', () => {
    expect(acceptanceFor('leaders-inadequate', [])).toBeNull();
    expect(acceptanceFor('overall-below-worst', [accepted])).toBeNull();
  });

  it('uses the latest acceptance by time, whatever the zone', () => {
    const later = {
      ...accepted,
      by: 'Tom Reed',
      rationale: 'Confirmed at moderation.',
      at: '2025-03-13T17:30:00+01:00',
    };
    // 17:30+01:00 is 16:30Z, after 16:00Z.
    expect(acceptanceFor('leaders-inadequate', [later, accepted])).toEqual({
      by: 'Tom Reed',
      rationale: 'Confirmed at moderation.',
    });
  });
});
