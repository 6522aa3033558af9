import { z } from 'zod';
import { compareHlc, hlcSchema, parseHlc, type Hlc } from './hlc';
import { jsonEqual, jsonValueSchema, type JsonValue } from './json';

/**
 * One change to one field of one entity: the unit of the append-only log.
 * The log is both how replicas converge (hybrid logical clocks, https://cse.buffalo.edu/tech-reports/2014-04.pdf) and the audit
 * trail (who, when, old → new), so an operation is never edited or removed.
 */

/** The reserved field whose value `true` marks an entity deleted (`false` revives it). */
export const DELETED_FIELD = '$deleted';

/** An operation as stored in `operations.jsonl`. */
export type Operation = {
  /** Stable unique id. The recorder uses the op's HLC, which is unique per replica. */
  readonly id: string;
  /** The replica that made the change; always the node encoded in `hlc`. */
  readonly author: string;
  /** When, as an HLC timestamp; orders ops for last-writer-wins. */
  readonly hlc: Hlc;
  /** Entity type, a key of the entity registry (e.g. `evidence`). */
  readonly entity: string;
  /** The entity's id within its type. */
  readonly entityId: string;
  /** The field changed, or {@link DELETED_FIELD}. */
  readonly field: string;
  /** The new value. */
  readonly value: JsonValue;
  /**
   * The `hlc` of the op whose value this one replaced, as the author saw it;
   * `null` for the first write. Two ops with one `prev` are concurrent edits.
   */
  readonly prev: Hlc | null;
  /**
   * On a signed op (signatures.ts): the SHA-256 of the author's previous op
   * ({@link operationHash}), `null` for the author's first. It chains each
   * author's ops, so a removed or reordered op breaks the chain.
   */
  readonly chain?: string | null | undefined;
  /** On a signed op: the author's Ed25519 signature (base64) over its canonical bytes. */
  readonly sig?: string | undefined;
};

const name = (max: number) =>
  z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

/**
 * Zod schema for an operation. Beyond shapes it checks what the merge relies
 * on: the author is the node in the HLC, `prev` is earlier than `hlc`, field
 * names starting with `$` are reserved, and `$deleted` holds a boolean.
 */
export const operationSchema = z
  .strictObject({
    id: name(200),
    author: name(200),
    hlc: hlcSchema,
    entity: name(100),
    entityId: name(200),
    field: name(200),
    value: jsonValueSchema,
    prev: hlcSchema.nullable(),
    // Lengths only, not each character: a log has over a hundred thousand changes, and a
    // chain that is not a hash names no change, a signature that is not base64 checks out
    // as no one's (shared/bundle/signatures.ts): either is refused when the log is checked.
    chain: z
      .string()
      .length(64, { error: 'must be a SHA-256 digest in hex' })
      .nullable()
      .optional(),
    sig: z.string().length(88, { error: 'must be an Ed25519 signature in base64' }).optional(),
  })
  .superRefine((op, ctx) => {
    if ((op.sig === undefined) !== (op.chain === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [op.sig === undefined ? 'sig' : 'chain'],
        message: 'a signed change has both chain and sig',
      });
    }
    if (parseHlc(op.hlc)?.node !== op.author) {
      ctx.addIssue({
        code: 'custom',
        path: ['author'],
        message: 'must be the node named in hlc',
      });
    }
    if (op.prev !== null && compareHlc(op.prev, op.hlc) >= 0) {
      ctx.addIssue({ code: 'custom', path: ['prev'], message: 'must be earlier than hlc' });
    }
    if (op.field === DELETED_FIELD) {
      if (typeof op.value !== 'boolean') {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${DELETED_FIELD} is true or false`,
        });
      }
    } else if (op.field.startsWith('$')) {
      ctx.addIssue({
        code: 'custom',
        path: ['field'],
        message: `names starting with $ are reserved (only ${DELETED_FIELD} exists)`,
      });
    }
  });

/**
 * The last-writer-wins order: by HLC, then by id so that ops with equal
 * timestamps (possible only if two devices share a node name) still have one
 * deterministic winner.
 */
export function compareOperations(a: Operation, b: Operation): number {
  const byHlc = compareHlc(a.hlc, b.hlc);
  if (byHlc !== 0) return byHlc;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Whether two ops are the same log entry (same id and identical content). */
export function sameOperation(a: Operation, b: Operation): boolean {
  return (
    a.id === b.id &&
    a.author === b.author &&
    a.hlc === b.hlc &&
    a.entity === b.entity &&
    a.entityId === b.entityId &&
    a.field === b.field &&
    a.prev === b.prev &&
    a.chain === b.chain &&
    a.sig === b.sig &&
    jsonEqual(a.value, b.value)
  );
}

/** A key naming one field of one entity; unambiguous whatever the names contain. */
export function fieldKey(entity: string, entityId: string, field: string): string {
  return JSON.stringify([entity, entityId, field]);
}

/** An op as shown to a reviewer: its value, who, when and its id (for `restore`). */
export type ClashSide = {
  readonly value: JsonValue;
  readonly author: string;
  readonly hlc: Hlc;
  readonly opId: string;
};

/** The reviewer's view of `op`. */
export function sideOf(op: Operation): ClashSide {
  return { value: op.value, author: op.author, hlc: op.hlc, opId: op.id };
}
