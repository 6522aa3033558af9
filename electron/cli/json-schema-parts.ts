import { z } from 'zod';

/** Building blocks the commands' `--json` schemas share. */
export const count = z.number().int().nonnegative();
export const nullableString = z.string().nullable();
