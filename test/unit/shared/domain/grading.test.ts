import { describe, expect, it } from 'vitest';
import { frameworkById, gradableAreas, validateGrade } from '../../../../shared/domain';

const ilacs2026 = frameworkById('ilacs-2026');
const ilacs2023 = frameworkById('ilacs-2023');
const ilacs2018 = frameworkById('ilacs-2018');

describe('validateGrade', () => {
  it('accepts a grade the framework gives', () => {
    expect(validateGrade(ilacs2023, 'ilacs-standard', 'overall', 'good')).toEqual({
      ok: true,
      data: { area: 'overall', grade: 'good' },
    });
  });

  it('refuses overall under ilacs-2026 and says why', () => {
    const result = validateGrade(ilacs2026, 'ilacs-short', 'overall', 'good');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('grade.area-not-graded');
    expect(result.error.message).toContain('not graded for inspections on site from 1 April 2026');
    expect(result.error.message).toContain('The experiences and progress of care leavers');
  });

  it('refuses separate care-leaver grades under ilacs-2018 and the combined grade after 2023', () => {
    const before = validateGrade(ilacs2018, 'ilacs-standard', 'care-leavers', 'good');
    expect(before.ok ? '' : before.error.message).toContain(
      'judged together as children-in-care-and-care-leavers',
    );
    const after = validateGrade(
      ilacs2023,
      'ilacs-standard',
      'children-in-care-and-care-leavers',
      'good',
    );
    expect(after.ok ? '' : after.error.message).toContain('judged separately');
  });

  it('refuses every grade in focused and monitoring visits', () => {
    for (const kind of ['focused-visit', 'monitoring-visit'] as const) {
      const result = validateGrade(ilacs2023, kind, 'leaders', 'good');
      expect(result.ok ? '' : result.error.code).toBe('grade.not-graded-kind');
    }
  });

  it('refuses unknown areas and grades', () => {
    const area = validateGrade(ilacs2023, 'ilacs-standard', 'adoption', 'good');
    expect(area.ok ? '' : area.error.code).toBe('grade.unknown-area');
    const grade = validateGrade(ilacs2023, 'ilacs-standard', 'leaders', 'adequate');
    expect(grade.ok ? '' : grade.error.message).toBe(
      '"adequate" is not a grade: use outstanding, good, requires-improvement or inadequate.',
    );
  });

  it('lets a council self-assessment give overall as an optional summary under ilacs-2026', () => {
    expect(validateGrade(ilacs2026, 'self-assessment', 'overall', 'good').ok).toBe(true);
    const areas = gradableAreas(ilacs2026, 'self-assessment');
    expect(areas.map(({ area, required }) => [area.id, required])).toEqual([
      ['leaders', true],
      ['help-and-protection', true],
      ['children-in-care', true],
      ['care-leavers', true],
      ['overall', false],
    ]);
  });
});
