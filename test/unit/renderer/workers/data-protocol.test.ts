import { describe, expect, it } from 'vitest';
import { isDataRequest } from '../../../../renderer/src/workers/data-protocol';

describe('the data worker protocol', () => {
  const base = { dbName: 'workbook', inspectionId: 'insp-1' };

  it('takes each kind of request the screens send, the warm-up on opening an inspection among them', () => {
    for (const kind of ['indicators', 'conflicts', 'cross-checks', 'warm']) {
      expect(isDataRequest({ ...base, kind })).toBe(true);
    }
  });

  it('refuses an unknown kind, a missing store or inspection, and a malformed link decision', () => {
    expect(isDataRequest({ ...base, kind: 'report' })).toBe(false);
    expect(isDataRequest({ kind: 'warm', inspectionId: 'insp-1' })).toBe(false);
    expect(isDataRequest({ kind: 'warm', dbName: 'workbook' })).toBe(false);
    expect(
      isDataRequest({
        ...base,
        kind: 'conflicts',
        whatIf: { owner: 'A', company: 'B', decision: 'maybe' },
      }),
    ).toBe(false);
    expect(
      isDataRequest({
        ...base,
        kind: 'conflicts',
        whatIf: { owner: 'A', company: 'B', decision: 'rejected' },
      }),
    ).toBe(true);
  });
});
