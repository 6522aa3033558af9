import { z } from 'zod';

/** Schema for a record id: any non-empty text (ids are strings; domain brief). */
export const entityIdSchema = z.string().trim().min(1, { error: 'an id must not be empty' });

/** Schema for text that must say something: not empty and not only spaces. */
export const nonBlankSchema = z
  .string()
  .refine((value) => value.trim().length > 0, { error: 'must not be blank' });

/** True when `value` is empty or only white space. */
export function isBlank(value: string): boolean {
  return value.trim().length === 0;
}

/** The values that occur more than once in `values`, each listed once. */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

/** An array schema whose entries must be distinct. */
export function distinctArray<T extends z.ZodType<string>>(item: T, what: string) {
  return z.array(item).refine((values) => duplicates(values).length === 0, {
    error: `each ${what} may be listed only once`,
  });
}
