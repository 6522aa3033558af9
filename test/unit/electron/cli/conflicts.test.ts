import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { json, run, workDir } from './helpers';

const entrySchema = z.object({
  id: z.string(),
  kind: z.string(),
  severity: z.string(),
  delegatedProvider: z.object({ id: z.string(), name: z.string() }),
  setting: z.object({ urn: z.string(), name: z.string().nullable() }),
  owner: z.object({ name: z.string() }),
  children: z.array(z.string()),
  review: z.object({ by: z.string(), reason: z.string() }).nullable(),
});

/** The entries of `conflicts --json`, checked against the fields the issue names. */
function entries(report: unknown, key: 'conflicts' | 'leads') {
  const list = typeof report === 'object' && report !== null ? Reflect.get(report, key) : undefined;
  return z.array(entrySchema).parse(list);
}

let file = '';
beforeAll(async () => {
  file = path.join(await workDir(), 'demo.inspection');
  const made = await run(['demo', '--out', file]);
  if (made.code !== 0) throw new Error(made.stderr);
}, 60_000);

describe('workbook conflicts on the demo', () => {
  it('finds the planted same-entity and same-group conflicts, and only leads for the look-alike owner', async () => {
    const report = json(await run(['conflicts', file, '--json']));
    const flags = entries(report, 'conflicts');
    const sameEntity = flags.filter((f) => f.kind === 'same-entity');
    const sameGroup = flags.filter((f) => f.kind === 'same-group');
    // The trust's own homes and fostering agency, under both spellings of its name.
    expect(sameEntity.map((f) => f.delegatedProvider.name)).toContain(
      "Northmoor Children's Trust CIC",
    );
    expect(new Set(sameEntity.map((f) => f.owner.name)).size).toBeGreaterThanOrEqual(1);
    // Harbour Lane shares its parent with the Kestrel homes (Companies House PSC data).
    expect(
      sameGroup.some(
        (f) =>
          f.delegatedProvider.name === 'Harbour Lane Social Work Practice Ltd' &&
          f.owner.name.startsWith('Kestrel'),
      ),
    ).toBe(true);
    // Northmoor Children's Services Ltd is unrelated: never flagged, at most a lead.
    expect(flags.some((f) => f.owner.name === "Northmoor Children's Services Ltd")).toBe(false);
    expect(
      entries(report, 'leads').some((l) => l.owner.name === "Northmoor Children's Services Ltd"),
    ).toBe(true);
    for (const flag of flags) {
      expect(flag.children.length).toBeGreaterThan(0);
      expect(['high', 'medium', 'low']).toContain(flag.severity);
      expect(flag.review).toBeNull();
    }
  });

  it('keeps a review with its reason, and a rejected link removes the lead', async () => {
    const [first] = entries(json(await run(['conflicts', file, '--json'])), 'conflicts');
    if (first === undefined) throw new Error('the demo has no flag');
    expect(
      (
        await run([
          'review',
          file,
          '--flag',
          first.id,
          '--reason',
          'Placements commissioned before delegation; contract clause 14 manages it',
          '--as',
          'Amara Okafor',
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          'link',
          file,
          '--owner',
          "Northmoor Children's Services Ltd",
          '--company',
          '11223344',
          '--reject',
        ])
      ).code,
    ).toBe(0);
    const after = json(await run(['conflicts', file, '--json']));
    expect(entries(after, 'conflicts').find((f) => f.id === first.id)?.review).toMatchObject({
      by: 'Amara Okafor',
      reason: expect.stringContaining('clause 14'),
    });
    expect(
      entries(after, 'leads').some((l) => l.owner.name === "Northmoor Children's Services Ltd"),
    ).toBe(false);
  });

  it('a confirmed link makes a tie count', async () => {
    const before = entries(json(await run(['conflicts', file, '--json'])), 'conflicts').length;
    // Suppose an inspector establishes that Pennine Pathways' homes belong to Keystone's company.
    expect(
      (await run(['link', file, '--owner', 'Pennine Pathways Ltd', '--company', '12345678'])).code,
    ).toBe(0);
    const after = entries(json(await run(['conflicts', file, '--json'])), 'conflicts');
    expect(after.length).toBeGreaterThan(before);
    expect(
      after.some(
        (f) =>
          f.delegatedProvider.name === 'Keystone Family Support Ltd' && f.kind === 'same-entity',
      ),
    ).toBe(true);
  });

  it('refuses a review without a reason and a malformed company number', async () => {
    expect((await run(['review', file, '--flag', 'conflict:x:y', '--reason', '  '])).code).toBe(2);
    expect((await run(['link', file, '--owner', 'X', '--company', 'not-a-number'])).code).toBe(1);
  });
});

describe('workbook link --undo and review --status', () => {
  it('undoes a rejected link so its leads come back, and changes a review’s status', async () => {
    const lookAlike = "Northmoor Children's Services Ltd";
    const leadsOf = async () =>
      entries(json(await run(['conflicts', file, '--json'])), 'leads').filter(
        (l) => l.owner.name === lookAlike,
      );
    // The earlier test rejected this link; undo it.
    expect(await leadsOf()).toEqual([]);
    const undone = await run([
      'link',
      file,
      '--owner',
      lookAlike,
      '--company',
      '11223344',
      '--undo',
      '--as',
      'Tom Hargreaves',
    ]);
    expect(undone.code).toBe(0);
    expect((await leadsOf()).length).toBeGreaterThan(0);
    // Nothing left to undo: a clear one-line refusal, exit 1.
    const again = await run([
      'link',
      file,
      '--owner',
      lookAlike,
      '--company',
      '11223344',
      '--undo',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/nothing to undo/);
    expect(
      (
        await run([
          'link',
          file,
          '--owner',
          lookAlike,
          '--company',
          '11223344',
          '--undo',
          '--reject',
        ])
      ).code,
    ).toBe(2);
    const log = JSON.stringify(
      json(await run(['log', file, '--entity', 'company-link', '--json'])),
    );
    expect(log).toContain('undecided');
    expect(log).toContain('rejected');

    const [first] = entries(json(await run(['conflicts', file, '--json'])), 'conflicts');
    if (first === undefined) throw new Error('the demo has no flag');
    const changed = await run([
      'review',
      file,
      '--flag',
      first.id,
      '--reason',
      'The homes were sold before delegation',
      '--status',
      'dismissed',
    ]);
    expect(changed.code).toBe(0);
    // Read the raw JSON: the entry schema above names only the fields every entry has.
    const raw = z
      .object({
        conflicts: z.array(z.object({ id: z.string(), review: z.unknown() })),
      })
      .parse(json(await run(['conflicts', file, '--json'])));
    expect(raw.conflicts.find((f) => f.id === first.id)?.review).toMatchObject({
      status: 'dismissed',
      reason: 'The homes were sold before delegation',
    });
    expect(
      (await run(['review', file, '--flag', first.id, '--reason', 'x', '--status', 'maybe'])).code,
    ).toBe(2);
  });
});
