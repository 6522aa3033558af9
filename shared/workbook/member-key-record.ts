import { z } from 'zod';
import { recipientProblem } from '../crypto/recipient';

/*
 * The log's record of a team member's public key (member-keys.ts records
 * and reads it), apart so that the entity registry can check it without
 * importing the commands.
 */

/** The log's entity type of a member's key. */
export const MEMBER_KEY_ENTITY = 'member-key';

/** A member's key as recorded; `recipient: null` is a key removed. */
export const memberKeyRecordSchema = z.object({
  member: z.string().min(1),
  recipient: z
    .string()
    .refine((text) => recipientProblem(text) === undefined, {
      error: 'not an age public key (one starts "age1")',
    })
    .nullable(),
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});

export type MemberKeyRecord = z.output<typeof memberKeyRecordSchema>;
