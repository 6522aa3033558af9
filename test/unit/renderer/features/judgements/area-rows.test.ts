import { describe, expect, it } from 'vitest';
import { judge } from '../../../../../shared/domain';
import { areaLabel, areaRows } from '../../../../../renderer/src/features/judgements/area-rows';
import { emptyWorkbook, evidence, judgement } from '../../../shared/domain/builders';

describe('areaRows', () => {
  it('lists every area ilacs-2023 grades, in judgement-table order, with who prepared and moderated', () => {
    const workbook = {
      ...emptyWorkbook(),
      evidence: [evidence('council', ['leaders'], 'strength')],
      judgements: [judgement('leaders', 'good', { moderatedBy: 'Tom Reed' })],
    };
    const rows = areaRows(workbook, judge(workbook));
    expect(rows.map((row) => row.area)).toEqual([
      'leaders',
      'help-and-protection',
      'children-in-care',
      'care-leavers',
      'overall',
    ]);
    expect(rows[0]).toMatchObject({
      grade: 'good',
      preparedBy: 'Asha Patel',
      moderatedBy: 'Tom Reed',
      required: true,
      gaps: [],
    });
    expect(rows[1]).toMatchObject({
      grade: null,
      preparedBy: null,
      moderatedBy: null,
      gaps: ['no-evidence', 'no-grade'],
    });
  });

  it('offers a self-assessment’s optional overall effectiveness under ilacs-2026 before it is graded', () => {
    const workbook = emptyWorkbook({
      kind: 'self-assessment',
      framework: 'ilacs-2026',
      onSite: { start: '2026-05-04', end: '2026-05-04' },
    });
    const rows = areaRows(workbook, judge(workbook));
    expect(rows.at(-1)).toMatchObject({ area: 'overall', required: false, grade: null });
    expect(rows.filter((row) => row.required)).toHaveLength(4);
  });

  it('has no rows for a visit that gives no grades', () => {
    const workbook = emptyWorkbook({ kind: 'monitoring-visit' });
    expect(areaRows(workbook, judge(workbook))).toEqual([]);
  });

  it('labels areas as the framework prints them', () => {
    expect(areaLabel(emptyWorkbook(), 'care-leavers')).toBe(
      'The experiences and progress of care leavers',
    );
  });
});
