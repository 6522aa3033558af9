import { describe, expect, it } from 'vitest';
import { gradeTag } from '../../../../../renderer/src/features/judgements/grade-tag';

describe('gradeTag', () => {
  it('prints Ofsted’s label, coloured from green (best) to red (worst)', () => {
    expect(gradeTag('outstanding')).toEqual({
      text: 'Outstanding',
      className: 'govuk-tag govuk-tag--green',
    });
    expect(gradeTag('requires-improvement').text).toBe('Requires improvement to be good');
    expect(gradeTag('inadequate').className).toBe('govuk-tag govuk-tag--red');
  });

  it('shows an ungraded area as a grey “Not graded” tag', () => {
    expect(gradeTag(null)).toEqual({ text: 'Not graded', className: 'govuk-tag govuk-tag--grey' });
  });

  it('gives each grade its own colour', () => {
    const classes = (['outstanding', 'good', 'requires-improvement', 'inadequate'] as const).map(
      (grade) => gradeTag(grade).className,
    );
    expect(new Set(classes).size).toBe(4);
  });
});
