import { describe, expect, it } from 'vitest';
import {
  addImprovement,
  createInspection,
  createSession,
  workbookFromOperations,
} from '../../../../shared/workbook';

describe('workbookFromOperations', () => {
  it('keeps "What needs to improve?" items in the order they were added, whatever their ids', () => {
    // Ids that sort the other way round from the order of entry.
    const ids = ['insp-1', 'imp-z', 'imp-m', 'imp-a'];
    let clock = Date.UTC(2026, 9, 5);
    const session = createSession({
      newId: () => ids.shift() ?? 'spare',
      now: () => new Date(clock).toISOString(),
      wallClock: () => (clock += 1000),
    });
    session.run('Lead', (c) =>
      createInspection(c, {
        kind: 'ilacs-standard',
        council: { name: 'Northmoor', laCode: '899' },
        onSite: { start: '2026-10-05', end: '2026-10-16' },
        team: [{ name: 'Lead', role: 'lead' }],
      }),
    );
    for (const text of ['First', 'Second', 'Third'])
      session.run('Lead', (c) => addImprovement(c, text));
    const workbook = workbookFromOperations(session.operations);
    if (!workbook.ok) throw new Error(workbook.error.message);
    expect(workbook.data.improvements.map((i) => [i.id, i.text])).toEqual([
      ['imp-z', 'First'],
      ['imp-m', 'Second'],
      ['imp-a', 'Third'],
    ]);
  });
});
