import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../../../shared/bundle';
import { addDemoRecords, buildDemo } from '../../../../shared/demo';
import {
  conflictsBasis,
  conflictSourcesOf,
  createSession,
  decideLink,
  importedRecords,
  reviewFlag,
  runConflicts,
  unreviewedConflictsFrom,
  withFlagReviews,
  workbookFromOperations,
  type ImportedRecords,
} from '../../../../shared/workbook';

let base: readonly Operation[] = [];
let records: ImportedRecords | undefined;
let counter = 0;
const ids = {
  newId: (prefix: string) => `${prefix}-${(counter += 1)}`,
  now: () => new Date(Date.UTC(2026, 9, 16, 9, 0, counter)).toISOString(),
};

beforeAll(() => {
  const demo = addDemoRecords(buildDemo('ilacs-2026', ids), {
    ...ids,
    sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  });
  base = demo.operations;
  records = importedRecords(base, demo.parts);
}, 120_000);

function workbookOf(operations: readonly Operation[]) {
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return workbook.data;
}

function imported(): ImportedRecords {
  if (records === undefined) throw new Error('no demo records');
  return records;
}

describe('the conflicts kept before reviews', () => {
  it('with the log’s reviews added, are the conflicts found with them', () => {
    const before = runConflicts(workbookOf(base), base, imported());
    const flag = before.conflicts[0];
    if (flag === undefined) throw new Error('the demo has no flag');
    const s = createSession({ ...ids, operations: base });
    s.run('Amara Okafor', (c) => reviewFlag(c, flag.id, 'Clause 14 manages it', 'mitigated'));
    s.run('Amara Okafor', (c) => reviewFlag(c, 'conflict:gone:SC999999', 'An old flag'));
    const reviewed = s.operations;
    // A review changes nothing the check reads: the kept report stands, and gets the reviews.
    expect(conflictsBasis(workbookOf(reviewed), reviewed)).toEqual(
      conflictsBasis(workbookOf(base), base),
    );
    const kept = unreviewedConflictsFrom(workbookOf(base), base, conflictSourcesOf(imported()));
    const shown = withFlagReviews(kept, reviewed);
    expect(shown).toEqual(runConflicts(workbookOf(reviewed), reviewed, imported()));
    expect(shown.conflicts.find((c) => c.id === flag.id)?.review).toMatchObject({
      status: 'mitigated',
      by: 'Amara Okafor',
    });
    expect(shown.unmatchedReviews.map((r) => r.flagId)).toEqual(['conflict:gone:SC999999']);
    expect(kept.conflicts.every((c) => c.review === null)).toBe(true);
  });

  it('are found again after a link decision, which the check reads', () => {
    const before = runConflicts(workbookOf(base), base, imported());
    const lead = before.leads[0];
    if (lead === undefined) throw new Error('the demo has no lead');
    const s = createSession({ ...ids, operations: base });
    s.run('Amara Okafor', (c) =>
      decideLink(c, { owner: lead.owner.name, company: '01234567', decision: 'rejected' }),
    );
    expect(conflictsBasis(workbookOf(s.operations), s.operations)).not.toEqual(
      conflictsBasis(workbookOf(base), base),
    );
  });
});
