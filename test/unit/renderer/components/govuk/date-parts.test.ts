import { describe, expect, it } from 'vitest';
import { datePartsOf, readDate } from '../../../../../renderer/src/components/govuk/date-parts';

describe('GOV.UK date input reading', () => {
  it('reads day, month (number or name) and year to YYYY-MM-DD', () => {
    expect(readDate({ day: '5', month: '10', year: '2026' }, 'the date')).toEqual({
      ok: true,
      iso: '2026-10-05',
    });
    expect(readDate({ day: '05', month: 'Oct', year: '2026' }, 'the date')).toEqual({
      ok: true,
      iso: '2026-10-05',
    });
    expect(readDate({ day: '29', month: 'february', year: '2028' }, 'the date')).toEqual({
      ok: true,
      iso: '2028-02-29',
    });
  });

  it("uses the pattern's messages, naming the field that is wrong", () => {
    expect(readDate({ day: '', month: '', year: '' }, 'the first day on site')).toMatchObject({
      ok: false,
      empty: true,
      message: 'Enter the first day on site',
    });
    expect(readDate({ day: '5', month: '', year: '2026' }, 'the first day on site')).toMatchObject({
      message: 'The first day on site must include a month',
      parts: ['month'],
    });
    expect(readDate({ day: '29', month: '2', year: '2027' }, 'the date')).toMatchObject({
      message: 'The date must be a real date',
      parts: ['day'],
    });
    expect(readDate({ day: '1', month: '13', year: '2027' }, 'the date')).toMatchObject({
      parts: ['month'],
    });
    expect(readDate({ day: '1', month: '1', year: '27' }, 'the date')).toMatchObject({
      message: 'Year must include 4 numbers',
    });
  });

  it('splits a stored date back into its fields', () => {
    expect(datePartsOf('2026-03-09')).toEqual({ day: '9', month: '3', year: '2026' });
    expect(datePartsOf('nonsense')).toEqual({ day: '', month: '', year: '' });
  });
});
