import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { newIdentity, signWith } from '../../../../shared/crypto';
import {
  authorId,
  decodeSegment,
  encodeSegment,
  signedBytes,
  type SegmentHeader,
} from '../../../../shared/sync';
import { baseLog, evidence, inspectionOf, member } from './sync-helpers';

// Signing segments is reserved for the team roster (each member's key); a reader already
// verifies a signature that is present, so a signed segment altered afterwards is refused.
describe('a segment’s reserved signature', () => {
  it('is verified when present: intact it is read, altered it is refused as damaged', async () => {
    const identity = await newIdentity();
    const m = member('Amara Okafor', baseLog());
    evidence(m, 'Signed note');
    const changes = m.ops.filter((op) => op.author === 'Amara Okafor');
    const header: SegmentHeader = {
      format: 'inspection-workbook-segment',
      formatVersion: 1,
      inspectionId: inspectionOf(m),
      author: 'Amara Okafor',
      authorId: authorId('Amara Okafor'),
      seq: 1,
      operations: changes.length,
      through: changes.at(-1)?.hlc ?? null,
      files: [],
    };
    const signature = {
      algorithm: 'ed25519' as const,
      key: identity.signingKey,
      value: base64.encode(signWith(identity.secretKey, signedBytes(header, changes))),
    };
    const place = { inspectionId: header.inspectionId, authorId: header.authorId, seq: 1 };
    const now = Date.UTC(2030, 0, 1);
    const write = (ops: typeof changes) =>
      encodeSegment({ ...header, changes: ops, signature, writtenAt: '2026-10-05T09:00:00Z' });
    expect(decodeSegment(write(changes), place, now).ok).toBe(true);
    const altered = changes.map((op) => (op.field === 'text' ? { ...op, value: 'Rewritten' } : op));
    const refused = decodeSegment(write(altered), place, now);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.error.message).toMatch(/signature does not match/);
  });
});
