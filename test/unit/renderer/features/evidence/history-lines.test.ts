import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  auditTrail,
  createInspection,
  createSession,
  editEvidence,
  withdrawEvidence,
} from '../../../../../shared/workbook';
import { historyLines } from '../../../../../renderer/src/features/evidence/history-lines';

describe('historyLines', () => {
  it('shows the recording once, then each change with labels instead of codes, and the withdrawal', () => {
    let n = 0;
    let clock = Date.UTC(2026, 9, 5, 9);
    const s = createSession({
      newId: (prefix) => `${prefix}-${(n += 1)}`,
      now: () => new Date(clock).toISOString(),
      wallClock: () => (clock += 60_000),
    });
    s.run('Lead', (c) =>
      createInspection(c, {
        kind: 'ilacs-standard',
        council: { name: 'Northmoor', laCode: '899' },
        onSite: { start: '2026-10-05', end: '2026-10-16' },
        team: [{ name: 'Lead', role: 'lead' }],
      }),
    );
    const id = s.run('Tom', (c) =>
      addEvidence(c, {
        source: 'council',
        areas: ['leaders'],
        finding: 'strength',
        kind: 'meeting',
        text: 'Audits lead to change',
        relatesTo: '2026-10-05',
      }),
    );
    s.run('Priya', (c) => editEvidence(c, { id, kind: 'case-tracking', finding: 'concern' }));
    s.run('Lead', (c) => withdrawEvidence(c, { id, reason: 'Duplicate' }));
    const lines = historyLines(auditTrail(s.operations, { entity: 'evidence', id }), {
      source: (value) => (value === 'council' ? 'Northmoor (the council)' : value),
      area: (value) => value,
    });
    expect(lines.map((l) => [l.who, l.field, l.before, l.after])).toEqual([
      ['Tom', 'Recorded', undefined, 'the item was recorded'],
      ['Priya', 'How it was gathered', 'Meeting or discussion', 'Case tracking'],
      ['Priya', 'Finding', 'Strength', 'Serious concern'],
      ['Lead', 'Withdrawn', undefined, 'withdrawn: Duplicate'],
    ]);
    expect(lines.every((l) => !Number.isNaN(Date.parse(l.when)))).toBe(true);
  });
});
