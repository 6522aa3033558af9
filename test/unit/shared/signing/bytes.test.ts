import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBinary, sha256Hex, toBinary } from '../../../../shared/signing/bytes';

describe('signing bytes', () => {
  it('round-trips a report-sized file without overflowing the stack', () => {
    // 3 MB: forge's own encoder overflowed the stack on this in Chromium.
    const bytes = new Uint8Array(randomBytes(3 * 1024 * 1024));
    const text = toBinary(bytes);
    expect(text.length).toBe(bytes.length);
    // Buffer.compare: a deep toEqual over 3 MB takes seconds.
    expect(Buffer.compare(fromBinary(text), bytes)).toBe(0);
  });

  it('hashes like node:crypto, across its internal slices', () => {
    const bytes = new Uint8Array(randomBytes(200_000));
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(sha256Hex(new Uint8Array())).toBe(createHash('sha256').digest('hex'));
  });
});
