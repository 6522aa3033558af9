import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClock, createRecorder, type Operation } from '../../../../shared/bundle';
import type { ConflictReport } from '../../../../shared/conflicts';
import { addDemoRecords, buildDemo } from '../../../../shared/demo';
import {
  auditTrail,
  conflictChanges,
  conflictInputs,
  createSession,
  decideLink,
  importedRecords,
  flagGroups,
  leadLinks,
  linkDecisions,
  LINK_ENTITY,
  reportConflictsFrom,
  reviewFlag,
  runConflicts,
  undoLink,
  workbookFromOperations,
  type Session,
} from '../../../../shared/workbook';

// The demo's look-alike owner: unrelated to the trust, so it is only ever a lead.
const LOOK_ALIKE = "Northmoor Children's Services Ltd";

let base: readonly Operation[] = [];
let parts: Readonly<Record<string, Uint8Array>> = {};
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
  parts = demo.parts;
}, 120_000);

function session(): Session {
  return createSession({ ...ids, operations: base });
}

function check(operations: readonly Operation[], whatIf?: Parameters<typeof runConflicts>[3]) {
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return runConflicts(workbook.data, operations, importedRecords(operations, parts), whatIf);
}

/** The company number a names-alike lead of the look-alike owner points at. */
function lookAlikeCompany(report: ConflictReport): string {
  const lead = report.leads.find((l) => l.owner.name === LOOK_ALIKE);
  const step = lead?.chain.find((link) => link.via.startsWith('names alike'));
  const number = step === undefined ? undefined : /\(([A-Z0-9]{8})\)$/.exec(step.to)?.[1];
  if (number === undefined) throw new Error('the demo has no names-alike lead');
  return number;
}

describe('link decisions and their undo', () => {
  it('a what-if rejection predicts exactly what recording it does, and undo brings the leads back', () => {
    const before = check(base);
    const company = lookAlikeCompany(before);
    const rejection = { owner: LOOK_ALIKE, company, decision: 'rejected' } as const;
    const predicted = conflictChanges(before, check(base, rejection));
    expect(predicted.leadsRemoved.length).toBeGreaterThan(0);
    expect(predicted.leadsRemoved.every((l) => l.owner.name === LOOK_ALIKE)).toBe(true);
    expect(predicted.flagsAdded).toEqual([]);

    const s = session();
    s.run('Amara Okafor', (c) => decideLink(c, rejection));
    const rejected = check(s.operations);
    expect(conflictChanges(before, rejected)).toEqual(predicted);
    expect(linkDecisions(s.operations)).toMatchObject([
      { owner: LOOK_ALIKE, company, decision: 'rejected', by: 'Amara Okafor' },
    ]);

    // Undo: the link is undecided again, the same leads are back, the log keeps both changes.
    s.run('Tom Hargreaves', (c) => undoLink(c, { owner: LOOK_ALIKE, company }));
    expect(linkDecisions(s.operations)).toEqual([]);
    expect(check(s.operations).leads.map((l) => l.id)).toEqual(before.leads.map((l) => l.id));
    const decisions = auditTrail(s.operations, { entity: LINK_ENTITY })
      .filter((entry) => entry.field === 'decision')
      .map((entry) => [entry.author, entry.after]);
    expect(decisions).toEqual([
      ['Amara Okafor', 'rejected'],
      ['Tom Hargreaves', 'undecided'],
    ]);

    // Deciding again after an undo changes the same record.
    s.run('Amara Okafor', (c) => decideLink(c, { ...rejection, decision: 'confirmed' }));
    expect(linkDecisions(s.operations).map((l) => l.decision)).toEqual(['confirmed']);
  });

  it('a what-if confirmation turns the leads it rests on into flags', () => {
    const before = check(base);
    const company = lookAlikeCompany(before);
    const changes = conflictChanges(
      before,
      check(base, { owner: LOOK_ALIKE, company, decision: 'confirmed' }),
    );
    expect(changes.flagsAdded.length).toBeGreaterThan(0);
    expect(changes.flagsAdded.every((f) => f.owner.name === LOOK_ALIKE)).toBe(true);
    expect(changes.flagsRemoved).toEqual([]);
  });

  it('refuses to undo a link nobody decided, and a malformed company number, writing nothing', () => {
    const s = session();
    const length = s.operations.length;
    const context = {
      operations: s.operations,
      recorder: createRecorder(createClock('Amara Okafor'), s.operations),
      author: 'Amara Okafor',
      now: ids.now,
      newId: ids.newId,
    };
    const none = undoLink(context, { owner: LOOK_ALIKE, company: '99999999' });
    expect(none.ok ? '' : none.error.message).toMatch(/No decided link .* nothing to undo/);
    const bad = undoLink(context, { owner: LOOK_ALIKE, company: 'abc' });
    expect(bad.ok ? '' : bad.error.message).toMatch(/not a Companies House number/);
    expect(s.operations).toHaveLength(length);
  });
});

describe('reviews', () => {
  it('records a status with the reason, can be changed, and the report prints the latest', () => {
    const [flag] = check(base).conflicts;
    if (flag === undefined) throw new Error('the demo has no flag');
    const s = session();
    s.run('Amara Okafor', (c) => reviewFlag(c, flag.id, 'Clause 14 manages it', 'mitigated'));
    s.run('Tom Hargreaves', (c) =>
      reviewFlag(c, flag.id, 'Not the same body after all', 'dismissed'),
    );
    const reviewed = check(s.operations).conflicts.find((f) => f.id === flag.id);
    expect(reviewed?.review).toMatchObject({
      status: 'dismissed',
      by: 'Tom Hargreaves',
      reason: 'Not the same body after all',
    });
    const report = reportConflictsFrom(check(s.operations), '2026-10-05');
    expect(report.flags.find((f) => f.id === flag.id)?.review).toMatchObject({
      status: 'dismissed',
      note: 'Not the same body after all',
    });
    const statuses = auditTrail(s.operations, { id: flag.id })
      .filter((e) => e.field === 'status')
      .map((e) => e.after);
    expect(statuses).toEqual(['mitigated', 'dismissed']);
  });

  it('refuses an unknown status and a blank reason', () => {
    const s = session();
    expect(() => s.run('A', (c) => reviewFlag(c, 'conflict:x:y', 'why', 'maybe'))).toThrow(
      /"maybe" is not a review status/,
    );
    expect(() => s.run('A', (c) => reviewFlag(c, 'conflict:x:y', '  '))).toThrow(/needs a reason/);
  });
});

describe('what the check has to work with', () => {
  it('says not checked, and what is missing, before anything is imported', () => {
    const bare = buildDemo('ilacs-2026', ids);
    const workbook = workbookFromOperations(bare);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const inputs = conflictInputs(workbook.data, bare);
    expect(inputs.checked).toBe(false);
    expect(inputs.missing.join(' ')).toMatch(/No placement records/);
    expect(inputs.missing.join(' ')).toMatch(/No Ofsted provider list/);
    expect(inputs.missing.join(' ')).toMatch(/No ownership data/);
    expect(inputs.missing.join(' ')).not.toMatch(/No delegated providers/);
  });

  it('is checked once the demo records are in', () => {
    const workbook = workbookFromOperations(base);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const inputs = conflictInputs(workbook.data, base);
    expect(inputs.checked).toBe(true);
    expect(inputs.missing.join(' ')).not.toMatch(/placement records|provider list/);
  });
});

describe('flag groups', () => {
  it('gathers every flag once, by corporate group, keeping the check’s order inside a group', () => {
    const flags = check(base).conflicts;
    const groups = flagGroups(flags);
    expect(
      groups
        .flatMap((g) => g.flags)
        .map((f) => f.id)
        .sort(),
    ).toEqual(flags.map((f) => f.id).sort());
    for (const group of groups) {
      const order = group.flags.map((f) => flags.indexOf(f));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const parents = new Set(group.flags.map((f) => f.group.parent?.name ?? f.owner.name));
      expect([...parents]).toEqual([group.name]);
    }
    // Kestrel's homes sit in Harbour Lane's group: one group holds more than one flag somewhere.
    expect(groups.length).toBeLessThan(flags.length);
  });
});

describe('lead links', () => {
  it('offers each names-alike link once, with every lead resting on it', () => {
    const { links, other } = leadLinks(check(base).leads);
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link).toMatchObject({
      owner: LOOK_ALIKE,
      company: lookAlikeCompany(check(base)),
      companyName: "NORTHMOOR CHILDREN'S TRUST CIC",
    });
    expect(link?.leads.map((l) => l.setting.name).sort()).toEqual([
      'Brightwater Court',
      'Brightwater House',
    ]);
    expect(other).toEqual([]);
  });
});
