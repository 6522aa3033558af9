import { z } from 'zod';

/**
 * Normalises a Companies House company number to its 8-character text form,
 * or returns `undefined` when it cannot be one.
 *
 * Company numbers are 8-character strings with leading zeros and, for some
 * registers, a two-letter prefix such as SC (Scotland) or NI (Northern
 * Ireland); they must be kept as text (Ofsted provider lists, https://www.gov.uk/government/statistical-data-sets/childrens-social-care-data-in-england).
 * Spaces are dropped and letters upper-cased; digits are left-padded with
 * zeros, so `1234567` becomes `01234567` and `sc12345` becomes `SC012345`.
 */
export function normaliseCompanyNumber(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  const digitsOnly = /^\d{1,8}$/.exec(compact);
  if (digitsOnly !== null) {
    return /^0+$/.test(compact) ? undefined : compact.padStart(8, '0');
  }
  const prefixed = /^([A-Z]{2})(\d{1,6})$/.exec(compact);
  if (prefixed === null) return undefined;
  const [, prefix = '', digits = ''] = prefixed;
  return `${prefix}${digits.padStart(6, '0')}`;
}

/**
 * Schema for a Companies House number: accepts the forms
 * {@link normaliseCompanyNumber} understands and outputs the normalised text.
 */
export const companyNumberSchema = z.string().transform((value, ctx) => {
  const normalised = normaliseCompanyNumber(value);
  if (normalised === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a Companies House number: use up to 8 digits (e.g. 01234567) or a two-letter prefix and up to 6 digits (e.g. SC123456)`,
    });
    return z.NEVER;
  }
  return normalised;
});
