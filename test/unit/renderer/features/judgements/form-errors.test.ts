import { describe, expect, it } from 'vitest';
import {
  acceptError,
  gradeFormErrors,
  gradeSummary,
} from '../../../../../renderer/src/features/judgements/form-errors';

describe('grade form errors', () => {
  it('asks for a grade and a rationale, linking each to its field', () => {
    const errors = gradeFormErrors('', '   ');
    expect(gradeSummary(errors)).toEqual([
      { text: 'Select a grade', href: '#grade-0' },
      { text: 'Enter the rationale for the grade', href: '#rationale' },
    ]);
  });

  it('has nothing to say when both are given', () => {
    expect(gradeFormErrors('good', 'Evidence shows it.')).toEqual({});
    expect(gradeSummary({})).toEqual([]);
  });
});

describe('acceptError', () => {
  it('refuses a blank rationale only', () => {
    expect(acceptError(' \n')).toBe('Enter why the grades stand despite the warning');
    expect(acceptError('The new DCS has already acted.')).toBeUndefined();
  });
});
