import { describe, expect, it } from 'vitest';
import {
  createInspection,
  createSession,
  moderate,
  setGrade,
  workbookFromOperations,
  type Session,
} from '../../../../shared/workbook';

function start(): Session {
  let counter = 0;
  let clock = Date.UTC(2026, 9, 5);
  const s = createSession({
    newId: (prefix) => `${prefix}-${(counter += 1)}`,
    now: () => new Date(clock).toISOString(),
    wallClock: () => (clock += 1000),
  });
  s.run('Amara Okafor', (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [
        { name: 'Amara Okafor', role: 'lead' },
        { name: 'Tom Hargreaves', role: 'inspector' },
        { name: 'Priya Natarajan', role: 'inspector' },
        { name: 'Sam Reid', role: 'moderator' },
      ],
    }),
  );
  s.run('Tom Hargreaves', (c) =>
    setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Strong leadership' }),
  );
  return s;
}

const judgement = (s: Session) => {
  const workbook = workbookFromOperations(s.operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return workbook.data.judgements.find((j) => j.area === 'leaders');
};

describe('who may moderate', () => {
  it('records the moderator who regrades, by name, and the preparer stays', () => {
    const s = start();
    s.run('Sam Reid', (c) =>
      setGrade(c, { area: 'leaders', grade: 'requires-improvement', rationale: 'Moderated' }),
    );
    expect(judgement(s)).toMatchObject({
      grade: 'requires-improvement',
      preparedBy: 'Tom Hargreaves',
      moderatedBy: 'Sam Reid',
    });
    s.run('Amara Okafor', (c) => moderate(c, 'leaders'));
    expect(judgement(s)?.moderatedBy).toBe('Amara Okafor');
  });

  it('lets the preparer change their own grade without moderating it', () => {
    const s = start();
    s.run('Tom Hargreaves', (c) =>
      setGrade(c, { area: 'leaders', grade: 'outstanding', rationale: 'On reflection' }),
    );
    expect(judgement(s)?.grade).toBe('outstanding');
    expect(judgement(s)?.moderatedBy).toBeUndefined();
  });

  it('refuses another inspector or someone off the team, writing nothing', () => {
    const s = start();
    const before = s.operations.length;
    expect(() =>
      s.run('Priya Natarajan', (c) =>
        setGrade(c, { area: 'leaders', grade: 'inadequate', rationale: 'No' }),
      ),
    ).toThrow(
      'Priya Natarajan cannot change the grade Tom Hargreaves prepared for “The impact of leaders on social work practice with children and families”: Only Amara Okafor or Sam Reid may moderate grades on this inspection.',
    );
    expect(() => s.run('Visitor', (c) => moderate(c, 'leaders'))).toThrow(
      /Visitor cannot moderate the grade .*Only Amara Okafor or Sam Reid/,
    );
    expect(s.operations.length).toBe(before);
    expect(judgement(s)?.grade).toBe('good');
    expect(judgement(s)?.moderatedBy).toBeUndefined();
  });
});
