import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyNumberSchema, normaliseCompanyNumber } from '../../../../shared/domain';

describe('Companies House numbers', () => {
  it('keeps well-formed numbers as 8-character text', () => {
    expect(normaliseCompanyNumber('01234567')).toBe('01234567');
    expect(normaliseCompanyNumber('SC123456')).toBe('SC123456');
    expect(normaliseCompanyNumber('NI012345')).toBe('NI012345');
  });

  it('left-pads digits with zeros, tidies spaces and case', () => {
    expect(normaliseCompanyNumber('1234567')).toBe('01234567');
    expect(normaliseCompanyNumber('12345')).toBe('00012345');
    expect(normaliseCompanyNumber('sc 12345')).toBe('SC012345');
    expect(normaliseCompanyNumber(' 0123 4567 ')).toBe('01234567');
  });

  it('rejects anything else', () => {
    for (const text of [
      '',
      '123456789',
      'SC1234567',
      'S1234567',
      'ABC12345',
      '0000000',
      '12-34-56',
      'SCABCDEF',
    ]) {
      expect(normaliseCompanyNumber(text)).toBeUndefined();
    }
  });

  it('the schema outputs the normalised number and explains a rejection', () => {
    expect(companyNumberSchema.parse('4567')).toBe('00004567');
    const result = companyNumberSchema.safeParse('123456789');
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    expect(message).toContain('"123456789" is not a Companies House number');
    expect(message).toContain('01234567');
    expect(message).toContain('SC123456');
  });

  it('normalising is idempotent and always yields 8 characters (property)', () => {
    const input = fc.oneof(
      fc.stringMatching(/^\d{1,8}$/),
      fc.stringMatching(/^[A-Za-z]{2}\d{1,6}$/),
      fc.string(),
    );
    fc.assert(
      fc.property(input, (text) => {
        const once = normaliseCompanyNumber(text);
        if (once === undefined) return;
        expect(once).toMatch(/^(\d{8}|[A-Z]{2}\d{6})$/);
        expect(normaliseCompanyNumber(once)).toBe(once);
      }),
    );
  });

  it('keeps the digits’ value when padding (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (value) => {
        const normalised = normaliseCompanyNumber(String(value));
        expect(Number(normalised)).toBe(value);
      }),
    );
  });
});
