import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeForLabel,
  gradeIds,
  gradeInHeading,
  gradeLabel,
  gradeRank,
  isWorse,
  worstGrade,
} from '../../../../shared/domain';

describe('the four-point scale', () => {
  it('uses the labels exactly as Ofsted prints them, best first', () => {
    expect(gradeIds.map(gradeLabel)).toEqual([
      'Outstanding',
      'Good',
      'Requires improvement to be good',
      'Inadequate',
    ]);
  });

  it('ranks outstanding best and inadequate worst', () => {
    expect(gradeRank('outstanding')).toBe(1);
    expect(gradeRank('inadequate')).toBe(4);
    expect(isWorse('requires-improvement', 'good')).toBe(true);
    expect(isWorse('good', 'good')).toBe(false);
  });

  it('prints the grade in lower case after a section heading', () => {
    expect(gradeInHeading('requires-improvement')).toBe('requires improvement to be good');
  });

  it('reads printed grades back, including the short and bracketed forms', () => {
    expect(gradeForLabel('Requires improvement to be good')).toBe('requires-improvement');
    expect(gradeForLabel('Requires improvement (to be good)')).toBe('requires-improvement');
    expect(gradeForLabel(' requires improvement ')).toBe('requires-improvement');
    expect(gradeForLabel('GOOD')).toBe('good');
    expect(gradeForLabel('Adequate')).toBeUndefined();
  });

  it('finds the worst grade, or nothing for no grades', () => {
    expect(worstGrade([])).toBeUndefined();
    expect(worstGrade(['good', 'inadequate', 'outstanding'])).toBe('inadequate');
  });

  it('worstGrade is a member no better than any other (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...gradeIds), { minLength: 1 }), (list) => {
        const worst = worstGrade(list);
        expect(worst).toBeDefined();
        if (worst === undefined) return;
        expect(list).toContain(worst);
        for (const grade of list) expect(isWorse(grade, worst)).toBe(false);
      }),
    );
  });
});
