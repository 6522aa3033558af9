import { describe, expect, it } from 'vitest';
import {
  addFinding,
  areaHistory,
  areaName,
  createInspection,
  createSession,
  removeFinding,
  setGrade,
  workbookFromOperations,
} from '../../../../../shared/workbook';
import { historyLines } from '../../../../../renderer/src/features/judgements/history-lines';

describe('historyLines', () => {
  it('reads an area’s history in words: field names, grade and area labels, added and removed', () => {
    let n = 0;
    let clock = Date.UTC(2026, 9, 5);
    const s = createSession({
      newId: (prefix) => `${prefix}-${(n += 1)}`,
      now: () => new Date(clock).toISOString(),
      wallClock: () => (clock += 1000),
    });
    s.run('Lead', (c) =>
      createInspection(c, {
        kind: 'ilacs-standard',
        council: { name: 'Northmoor', laCode: '899' },
        onSite: { start: '2026-10-05', end: '2026-10-16' },
        team: [
          { name: 'Lead', role: 'lead' },
          { name: 'Mo', role: 'moderator' },
        ],
      }),
    );
    s.run('Lead', (c) => setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Strong' }));
    s.run('Mo', (c) => setGrade(c, { area: 'leaders', grade: 'inadequate', rationale: 'Weak' }));
    const id = s.run('Lead', (c) => addFinding(c, { area: 'leaders', text: 'Leaders act.' }));
    s.run('Lead', (c) => removeFinding(c, id));
    const workbook = workbookFromOperations(s.operations);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const label = (area: string) => areaName(workbook.data.inspection, area);
    const lines = historyLines(areaHistory(s.operations, 'leaders'), label);
    const regrade = lines.find((line) => line.who === 'Mo' && line.what === 'Grade: Grade');
    expect(regrade).toMatchObject({ before: 'Good', after: 'Inadequate' });
    expect(lines.find((line) => line.what === 'Grade: Moderated by')?.after).toBe('Mo');
    const placed = lines.find((line) => line.what === 'Finding “Leaders act.”: Judgement area');
    expect(placed?.after).toBe(label('leaders'));
    expect(placed?.after).not.toBe('leaders');
    expect(lines.map((line) => line.what)).toEqual(
      expect.arrayContaining(['Finding “Leaders act.” added', 'Finding “Leaders act.” removed']),
    );
  });
});
