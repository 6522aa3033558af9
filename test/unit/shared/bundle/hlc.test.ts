import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  createClock,
  decodeNode,
  encodeNode,
  formatHlc,
  hlcSchema,
  MAX_COUNTER,
  MAX_WALL_MS,
  parseHlc,
} from '../../../../shared/bundle';

const node = fc.string({ unit: 'binary', minLength: 1, maxLength: 100 });
const wall = fc.integer({ min: 0, max: MAX_WALL_MS });
const counter = fc.integer({ min: 0, max: MAX_COUNTER });
const parts = fc.record({ wallMs: wall, counter, node });

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

describe('HLC timestamps', () => {
  it('spells a known timestamp as fixed-width base 36 with the node escaped', () => {
    // 36³ + 35 is "100z" in base 36 and 37 is "11": easy to check by hand.
    expect(formatHlc(36 ** 3 + 35, 37, 'Jane Smith')).toBe('0000000100z-00011-Jane~0020Smith');
  });

  it('round-trips wall time, counter and any node name, even lone surrogates', () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseHlc(formatHlc(p.wallMs, p.counter, p.node))).toEqual(p);
      }),
    );
  });

  it('sorts as strings exactly as (wall, counter) sort as numbers', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        fc.pre(a.wallMs !== b.wallMs || a.counter !== b.counter);
        const numeric = a.wallMs !== b.wallMs ? a.wallMs - b.wallMs : a.counter - b.counter;
        const text = compareHlc(
          formatHlc(a.wallMs, a.counter, a.node),
          formatHlc(b.wallMs, b.counter, b.node),
        );
        expect(text).toBe(sign(numeric));
      }),
    );
  });

  it('encodes node names injectively into a safe ASCII alphabet', () => {
    fc.assert(
      fc.property(node, node, (a, b) => {
        expect(encodeNode(a)).toMatch(/^(?:[A-Za-z0-9._-]|~[0-9a-f]{4})+$/);
        expect(decodeNode(encodeNode(a))).toBe(a);
        expect(encodeNode(a) === encodeNode(b)).toBe(a === b);
      }),
    );
  });

  it.each([
    ['empty', ''],
    ['upper-case base 36', '000LP0G0JGG-00011-x'],
    ['short wall', '0lp0g0jgg-00011-x'],
    ['no node', '000lp0g0jgg-00011-'],
    ['a raw space in the node', '000lp0g0jgg-00011-a b'],
    ['a needless escape (two spellings of one node)', '000lp0g0jgg-00011-~0041'],
    ['a wall time past what Date holds', 'zzzzzzzzzzz-00000-x'],
  ])('rejects a malformed timestamp: %s', (_label, text) => {
    expect(parseHlc(text)).toBeUndefined();
    expect(hlcSchema.safeParse(text).success).toBe(false);
  });

  it('refuses empty and over-long node names', () => {
    expect(() => createClock('')).toThrow(RangeError);
    expect(() => createClock('n'.repeat(101))).toThrow(RangeError);
  });
});

describe('clock', () => {
  type Step = { kind: 'tick'; now: number } | { kind: 'receive'; now: number; remote: string };
  const nowArb = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000_000_000 }),
    fc.constantFrom(Number.NaN, -5, Number.POSITIVE_INFINITY),
  );
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('tick' as const), now: nowArb }),
    fc.record({
      kind: fc.constant('receive' as const),
      now: nowArb,
      remote: fc
        .record({ w: fc.integer({ min: 0, max: 2_000_000_000_000 }), c: counter, n: node })
        .map(({ w, c, n }) => formatHlc(w, c, n)),
    }),
  );

  it('never goes backwards, whatever the system clock does, and stays ahead of what it receives', () => {
    fc.assert(
      fc.property(node, fc.array(step, { maxLength: 60 }), (name, steps) => {
        let now = 0;
        const clock = createClock(name, () => now);
        let last = '';
        for (const s of steps) {
          now = s.now;
          const stamp = s.kind === 'tick' ? clock.tick() : clock.receive(s.remote);
          expect(stamp > last).toBe(true);
          expect(stamp > (s.kind === 'receive' ? s.remote : '')).toBe(true);
          // The next local event sorts after the step, and so after anything received.
          last = clock.tick();
          expect(last > stamp).toBe(true);
          expect(parseHlc(last)?.node).toBe(name);
        }
      }),
    );
  });

  it('follows the wall clock when it moves forward, and counts within one millisecond', () => {
    let now = 1_000;
    const clock = createClock('n', () => now);
    expect(parseHlc(clock.tick())).toEqual({ wallMs: 1_000, counter: 0, node: 'n' });
    expect(parseHlc(clock.tick())).toEqual({ wallMs: 1_000, counter: 1, node: 'n' });
    now = 900; // the system clock was set back
    expect(parseHlc(clock.tick())).toEqual({ wallMs: 1_000, counter: 2, node: 'n' });
    now = 1_001;
    expect(parseHlc(clock.tick())).toEqual({ wallMs: 1_001, counter: 0, node: 'n' });
  });

  it('jumps to a remote wall time that is ahead, so the next local edit sorts after it', () => {
    const clock = createClock('behind', () => 1_000);
    const remote = formatHlc(5_000, 7, 'ahead');
    expect(parseHlc(clock.receive(remote))).toEqual({ wallMs: 5_000, counter: 8, node: 'behind' });
    expect(parseHlc(clock.tick())).toEqual({ wallMs: 5_000, counter: 9, node: 'behind' });
  });

  it('borrows the next millisecond rather than overflow the counter', () => {
    const clock = createClock('n', () => 1_000);
    const remote = formatHlc(1_000, MAX_COUNTER, 'm');
    const stamp = clock.receive(remote);
    expect(parseHlc(stamp)).toEqual({ wallMs: 1_001, counter: 0, node: 'n' });
    expect(stamp > remote).toBe(true);
  });

  it('refuses a remote time past the end of year 9999, so it can never be dragged to overflow', () => {
    const clock = createClock('n', () => Date.UTC(2026, 0, 10));
    expect(() => clock.receive(formatHlc(MAX_WALL_MS, MAX_COUNTER, 'm'))).toThrow(
      /later than any clock reaches/,
    );
    const end = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    expect(parseHlc(clock.receive(formatHlc(end, 3, 'm')))?.wallMs).toBe(end);
  });

  it('cannot overflow even when the system clock reads the last moment a Date holds', () => {
    const clock = createClock('n', () => MAX_WALL_MS);
    clock.receive(formatHlc(Date.UTC(9999, 11, 31, 23, 59, 59, 999), MAX_COUNTER, 'm'));
    for (let i = 0; i < 1_000; i += 1) expect(() => clock.tick()).not.toThrow();
    expect(parseHlc(clock.tick())?.wallMs).toBeLessThan(MAX_WALL_MS);
  });

  it('rejects a malformed remote timestamp', () => {
    expect(() => createClock('n').receive('yesterday')).toThrow(RangeError);
  });
});
