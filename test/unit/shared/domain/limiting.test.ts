import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaIds,
  gradeIds,
  gradeRank,
  limitingWarnings,
  type AreaId,
  type GradeId,
  type GradesSoFar,
} from '../../../../shared/domain';

const label = (area: AreaId): string => area;
const rules = (grades: GradesSoFar): string[] => limitingWarnings(grades, label).map((w) => w.rule);

const grade = fc.constantFrom(...gradeIds);
const subAreas = ['leaders', 'help-and-protection', 'children-in-care', 'care-leavers'] as const;
/** Any grades given so far under ilacs-2023: each area graded or not. */
const gradesSoFar = fc.record(
  {
    overall: grade,
    leaders: grade,
    'help-and-protection': grade,
    'children-in-care': grade,
    'care-leavers': grade,
  },
  { requiredKeys: [] },
);

describe('limiting rules: examples from domain.md §1.1', () => {
  it('stay quiet when overall equals the worst or is one grade better', () => {
    expect(
      rules({
        overall: 'requires-improvement',
        leaders: 'requires-improvement',
        'help-and-protection': 'good',
      }),
    ).toEqual([]);
    expect(
      rules({ overall: 'good', leaders: 'requires-improvement', 'children-in-care': 'good' }),
    ).toEqual([]);
  });

  it('fire overall-below-worst when overall is worse than every other grade', () => {
    expect(
      rules({ overall: 'requires-improvement', leaders: 'good', 'care-leavers': 'outstanding' }),
    ).toEqual(['overall-below-worst']);
  });

  it('fire overall-above-worst-plus-one when overall is two grades better than the worst', () => {
    expect(rules({ overall: 'outstanding', leaders: 'requires-improvement' })).toEqual([
      'overall-above-worst-plus-one',
    ]);
  });

  it('fire experiences-inadequate when a practice judgement is inadequate and overall is not', () => {
    expect(
      rules({
        overall: 'requires-improvement',
        'children-in-care': 'inadequate',
        leaders: 'requires-improvement',
      }),
    ).toEqual(['experiences-inadequate']);
  });

  it('fire leaders-inadequate only when overall is better than requires improvement', () => {
    // Four of 29 councils with only leaders inadequate were requires improvement overall.
    expect(rules({ overall: 'requires-improvement', leaders: 'inadequate' })).toEqual([]);
    expect(rules({ overall: 'good', leaders: 'inadequate' })).toEqual([
      'overall-above-worst-plus-one',
      'leaders-inadequate',
    ]);
  });

  it('need overall and another grade before anything fires', () => {
    expect(rules({ leaders: 'inadequate', 'help-and-protection': 'outstanding' })).toEqual([]);
    expect(rules({ overall: 'outstanding' })).toEqual([]);
  });

  it('name the judgements involved in the message', () => {
    const [warning] = limitingWarnings(
      { overall: 'good', 'help-and-protection': 'inadequate' },
      (area) =>
        area === 'help-and-protection'
          ? 'The experiences and progress of children who need help and protection'
          : area,
    );
    expect(warning?.message).toContain('Overall effectiveness (Good)');
    expect(warning?.message).toContain(
      'The experiences and progress of children who need help and protection (Inadequate)',
    );
  });
});

describe('limiting rules: properties', () => {
  it('never fire when every grade is equal', () => {
    fc.assert(
      fc.property(grade, fc.subarray([...areaIds], { minLength: 1 }), (same, areas) => {
        const grades: Partial<Record<AreaId, GradeId>> = {};
        for (const area of areas) grades[area] = same;
        expect(rules(grades)).toEqual([]);
      }),
    );
  });

  it('all disappear when the overall grade is removed', () => {
    fc.assert(
      fc.property(gradesSoFar, (grades) => {
        const { overall: _removed, ...rest } = grades;
        expect(rules(rest)).toEqual([]);
      }),
    );
  });

  it('experiences-inadequate disappears when the inadequate practice grades are removed', () => {
    fc.assert(
      fc.property(gradesSoFar, (grades) => {
        const kept = Object.fromEntries(
          Object.entries(grades).filter(
            ([area, value]) => area === 'leaders' || area === 'overall' || value !== 'inadequate',
          ),
        );
        expect(rules(kept)).not.toContain('experiences-inadequate');
      }),
    );
  });

  it('leaders-inadequate disappears when the leaders grade is removed', () => {
    fc.assert(
      fc.property(gradesSoFar, (grades) => {
        const { leaders: _removed, ...rest } = grades;
        expect(rules(rest)).not.toContain('leaders-inadequate');
      }),
    );
  });

  it('the two distance rules match a direct comparison with the worst sub-judgement', () => {
    fc.assert(
      fc.property(gradesSoFar, (grades) => {
        const subs = subAreas.flatMap((area) =>
          grades[area] === undefined ? [] : [gradeRank(grades[area])],
        );
        const fired = rules(grades);
        const worst = Math.max(...subs);
        const overall = grades.overall;
        const below = overall !== undefined && subs.length > 0 && gradeRank(overall) > worst;
        const above = overall !== undefined && subs.length > 0 && worst - gradeRank(overall) >= 2;
        expect(fired.includes('overall-below-worst')).toBe(below);
        expect(fired.includes('overall-above-worst-plus-one')).toBe(above);
      }),
    );
  });
});
