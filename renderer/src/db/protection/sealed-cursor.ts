import type { DBCoreCursor } from 'dexie';

/**
 * A cursor whose value is opened before the caller sees it. Dexie walks some
 * queries (`anyOf`, `inAnyRange`, filters) with a cursor and reads `value`
 * synchronously in its step callback, so each step is held back until the
 * record has opened (inside the transaction, see keep-alive.ts), then passed
 * on with the plain value in place. Moving on delegates to the real cursor,
 * looked up at call time since Dexie swaps its methods as a walk starts and stops.
 */
export function sealedCursor(
  inner: DBCoreCursor,
  open: (value: unknown, primaryKey: unknown) => Promise<unknown>,
): DBCoreCursor {
  let value: unknown;
  const cursor: DBCoreCursor = {
    get trans() {
      return inner.trans;
    },
    get key(): unknown {
      return inner.key;
    },
    get primaryKey(): unknown {
      return inner.primaryKey;
    },
    get value(): unknown {
      return value;
    },
    get done() {
      return inner.done === true;
    },
    continue: (key?: unknown) => inner.continue(key),
    continuePrimaryKey: (key: unknown, primaryKey: unknown) =>
      inner.continuePrimaryKey(key, primaryKey),
    advance: (count: number) => inner.advance(count),
    stop: (result?: unknown) => inner.stop(result),
    fail: (error: Error) => inner.fail(error),
    start(onNext) {
      return inner.start(() => {
        open(inner.value, inner.primaryKey).then(
          (opened) => {
            value = opened;
            try {
              onNext();
            } catch (error: unknown) {
              inner.fail(error instanceof Error ? error : new Error(String(error)));
            }
          },
          (error: unknown) => inner.fail(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
    next() {
      let first = true;
      return cursor
        .start(() => {
          if (first) {
            first = false;
            cursor.continue();
          } else cursor.stop();
        })
        .then(() => cursor);
    },
  };
  return cursor;
}
