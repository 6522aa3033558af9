import { z } from 'zod';
import { teamRoles } from '../domain';
import { recipientProblem } from '../crypto/recipient';
import { ed25519FromSsh } from '../crypto/ssh-key';

/*
 * The team roster's records in the log (roster.ts reads them, roster-commands.ts
 * records them), apart so the entity registry can check them without
 * importing the commands. One record per member, keyed by their name; the
 * lead signs every change to it (signed-log.ts checks that).
 */

/** The log's entity type of a roster member. */
export const ROSTER_ENTITY = 'roster-member';
/** The log's entity type of the lead's seal over the unsigned changes made before the roster. */
export const ROSTER_SEAL_ENTITY = 'roster-seal';
/** The key of the one seal record. */
export const ROSTER_SEAL_ID = 'unsigned-before-roster';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 in hex' });

/** A member of the roster as recorded. */
export const rosterMemberSchema = z.object({
  member: z.string().min(1),
  role: z.enum(teamRoles),
  /** Their Ed25519 public key, `ssh-ed25519 AAAA…`: what their changes are checked against. */
  signingKey: z.string().refine((text) => ed25519FromSsh(text) !== undefined, {
    error: 'not an Ed25519 public key (one starts "ssh-ed25519 AAAA")',
  }),
  /** Their age public key, to which bundles are encrypted; null if none given. */
  recipient: z
    .string()
    .refine((text) => recipientProblem(text) === undefined, {
      error: 'not an age public key (one starts "age1")',
    })
    .nullable(),
  /** For whoever signs reports: the SHA-256 of their signing certificate (DER), in hex. */
  certificateSha256: sha256Hex.nullable(),
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});

export type RosterMember = z.output<typeof rosterMemberSchema>;

/** Per author: how many unsigned changes, and the SHA-256 over their hashes (signed-log.ts). */
export const sealedChangesSchema = z.object({
  count: z.number().int().min(0),
  digest: sha256Hex,
});

/** The lead's seal over the changes made before the roster, which carry no signature. */
export const rosterSealSchema = z.object({
  unsigned: z.record(z.string(), sealedChangesSchema),
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});

export type RosterSeal = z.output<typeof rosterSealSchema>;
