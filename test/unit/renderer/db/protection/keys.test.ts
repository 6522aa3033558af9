import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  newRecoverySecret,
  parseRecoveryKey,
} from '../../../../../renderer/src/db/protection/recovery-key';
import { waitAfter } from '../../../../../renderer/src/db/protection/throttle';
import { isDataKeyMessage } from '../../../../../renderer/src/workers/key-messages';
import {
  dataKeySettled,
  takeDataKey,
  workerKeys,
} from '../../../../../renderer/src/workers/worker-keys';
import { parseLockAfter } from '../../../../../renderer/src/features/protection/lock-after';

describe('the recovery key', () => {
  it('is 160 random bits shown as eight groups of four, read back however it is typed', () => {
    const secret = newRecoverySecret();
    const shown = formatRecoveryKey(secret);
    expect(shown).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(shown)).toEqual(secret);
    expect(parseRecoveryKey(` ${shown.toLowerCase().replaceAll('-', ' ')} `)).toEqual(secret);
    // Crockford's Base32 reads O as 0 and I or L as 1, as a person copying from paper might.
    expect(parseRecoveryKey(shown.replaceAll('0', 'O').replaceAll('1', 'L'))).toEqual(secret);
    expect(parseRecoveryKey(shown.slice(0, -1))).toBeUndefined();
    expect(parseRecoveryKey(`${shown.slice(0, -1)}U`)).toBeUndefined();
  });
});

describe('wrong tries in a row', () => {
  it('are free up to four, then each waits twice as long, up to 15 minutes', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7].map(waitAfter)).toEqual([30_000, 60_000, 120_000]);
    expect(waitAfter(40)).toBe(15 * 60_000);
  });
});

describe('the idle minutes setting', () => {
  it('takes a whole number of minutes from 1 to 240', () => {
    expect(parseLockAfter('15')).toBe(15);
    expect(parseLockAfter(' 5 ')).toBe(5);
    expect(['0', '241', '1.5', '', 'ten', null].map(parseLockAfter)).toEqual(
      Array.from({ length: 6 }, () => undefined),
    );
  });
});

describe("a worker's data key", () => {
  it('comes with the page’s message and goes with the lock message, which drops what the worker kept', async () => {
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const sent = { type: 'data-key', key: raw.slice(), acceptsPlain: false };
    expect(isDataKeyMessage(sent)).toBe(true);
    expect(isDataKeyMessage({ type: 'data-key', key: 'not bytes' })).toBe(false);
    let dropped = 0;
    expect(takeDataKey(sent, () => (dropped += 1))).toBe(true);
    expect(takeDataKey({ kind: 'indicators' }, () => (dropped += 1))).toBe(false);
    await dataKeySettled();
    expect(workerKeys.current()?.raw).toEqual(raw);
    // The posted copy is wiped once taken.
    expect(sent.key.every((byte) => byte === 0)).toBe(true);
    takeDataKey({ type: 'data-key', key: null, acceptsPlain: false }, () => (dropped += 1));
    await dataKeySettled();
    expect(workerKeys.current()).toBeUndefined();
    expect(dropped).toBe(1);
  });
});
