import { describe, expect, it } from 'vitest';
import { reportSections } from '../../../../shared/domain';
import {
  addEvidence,
  addFinding,
  addImprovement,
  addPriorityAction,
  areaHistory,
  auditTrail,
  createInspection,
  createSession,
  editFinding,
  editImprovement,
  editPriorityAction,
  entityTypes,
  moveFinding,
  removeFinding,
  removeImprovement,
  removePriorityAction,
  setGrade,
  workbookFromOperations,
  type CommandContext,
  type Session,
} from '../../../../shared/workbook';

function start(kind: 'ilacs-standard' | 'monitoring-visit' = 'ilacs-standard'): Session {
  let counter = 0;
  let clock = Date.UTC(2026, 9, 5);
  const s = createSession({
    newId: (prefix) => `${prefix}-${(counter += 1)}`,
    now: () => new Date(clock).toISOString(),
    wallClock: () => (clock += 1000),
  });
  s.run('Lead', (c) =>
    createInspection(c, {
      kind,
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  return s;
}

function current(s: Session) {
  const workbook = workbookFromOperations(s.operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return workbook.data;
}

const evidence = (s: Session, text: string) =>
  s.run('Lead', (c) =>
    addEvidence(c, {
      source: 'council',
      areas: ['children-in-care'],
      finding: 'strength',
      kind: 'case-sampling',
      text,
    }),
  );

const finding = (s: Session, text: string, area = 'children-in-care') =>
  s.run('Lead', (c) => addFinding(c, { area, text }));

/** Runs a command that must be refused, returning its message; the log must not grow. */
function refused(s: Session, command: (c: CommandContext) => ReturnType<typeof editFinding>) {
  const before = s.operations.length;
  let message = '';
  try {
    s.run('Lead', command);
  } catch (error: unknown) {
    message = error instanceof Error ? error.message : String(error);
  }
  expect(s.operations.length).toBe(before);
  return message;
}

describe('editing findings', () => {
  it('records only the fields that change, and clears the action taken with a blank', () => {
    const s = start();
    const ev = evidence(s, 'Visits are regular');
    const id = s.run('Lead', (c) =>
      addFinding(c, { area: 'children-in-care', text: 'First', actionTaken: 'Leaders acted' }),
    );
    const before = s.operations.length;
    s.run('Inspector', (c) => editFinding(c, { id, text: 'First', evidenceIds: [ev, ev] }));
    const written = s.operations.slice(before);
    expect(written.map((op) => op.field)).toEqual(['evidenceIds']);
    expect(current(s).findings[0]?.evidenceIds).toEqual([ev]);
    s.run('Inspector', (c) => editFinding(c, { id, actionTaken: '  ' }));
    expect(current(s).findings[0]?.actionTaken).toBeUndefined();
    const trail = auditTrail(s.operations, { entity: entityTypes.finding, id });
    const cleared = trail.find((entry) => entry.field === 'actionTaken' && entry.after === null);
    expect(cleared?.author).toBe('Inspector');
  });

  it('refuses an unknown finding, unknown evidence and blank text with clear messages', () => {
    const s = start();
    const id = finding(s, 'A paragraph');
    expect(refused(s, (c) => editFinding(c, { id: 'fin-x', text: 'T' }))).toMatch(
      /no finding "fin-x"/,
    );
    expect(refused(s, (c) => editFinding(c, { id, evidenceIds: ['ev-nope'] }))).toMatch(
      /No evidence "ev-nope"/,
    );
    expect(refused(s, (c) => editFinding(c, { id, text: '   ' }))).toMatch(/needs its text/);
    expect(
      refused(s, (c) =>
        addFinding(c, { area: 'children-in-care', text: 'x', evidenceIds: ['e9'] }),
      ),
    ).toMatch(/No evidence "e9"/);
  });
});

describe('removing and moving findings', () => {
  it('keeps paragraphs numbered 1..n within the area, and the report numbering follows', () => {
    const s = start();
    const a = finding(s, 'A');
    const b = finding(s, 'B');
    const c3 = finding(s, 'C');
    const leaders = finding(s, 'L', 'leaders');
    s.run('Lead', (c) => moveFinding(c, c3, 'up'));
    const orderOf = () =>
      Object.fromEntries(current(s).findings.map((f) => [f.text, f.order] as const));
    expect(orderOf()).toMatchObject({ A: 1, C: 2, B: 3, L: 1 });
    s.run('Lead', (c) => removeFinding(c, a));
    expect(orderOf()).toEqual({ C: 1, B: 2, L: 1 });
    const numbered = reportSections(current(s)).flatMap((section) =>
      section.paragraphs.map((p) => `${p.number}:${p.text}`),
    );
    expect(numbered).toEqual(expect.arrayContaining(['1:C', '2:B']));
    expect(numbered).toHaveLength(3);
    expect(refused(s, (c) => moveFinding(c, c3, 'up'))).toMatch(/already the first/);
    expect(refused(s, (c) => moveFinding(c, b, 'down'))).toMatch(/already the last/);
    expect(refused(s, (c) => removeFinding(c, a))).toMatch(/no finding/);
    // The removed finding stays in the log as a deletion.
    const trail = auditTrail(s.operations, { entity: entityTypes.finding, id: a });
    expect(trail.some((entry) => entry.field === '$deleted' && entry.after === true)).toBe(true);
    expect(leaders).toMatch(/^fin-/);
  });
});

describe('improvements and priority actions', () => {
  it('edits text and tag, removes the tag with null, and removes items', () => {
    const s = start();
    const id = s.run('Lead', (c) => addImprovement(c, 'Plans', { kind: 'outcome', number: 2 }));
    s.run('Lead', (c) => editImprovement(c, { id, tag: { kind: 'enabler', number: 3 } }));
    expect(current(s).improvements[0]?.tag).toEqual({ kind: 'enabler', number: 3 });
    s.run('Lead', (c) => editImprovement(c, { id, text: 'Better plans', tag: null }));
    expect(current(s).improvements[0]).toEqual({ id, text: 'Better plans', tag: undefined });
    expect(refused(s, (c) => editImprovement(c, { id: 'imp-0', text: 'x' }))).toMatch(
      /no improvement "imp-0"/,
    );
    expect(refused(s, (c) => editImprovement(c, { id, text: ' ' }))).toMatch(/needs its text/);
    s.run('Lead', (c) => removeImprovement(c, id));
    expect(current(s).improvements).toEqual([]);
  });

  it('edits and removes areas for priority action on a monitoring visit', () => {
    const s = start('monitoring-visit');
    const id = s.run('Lead', (c) => addPriorityAction(c, 'Supervision'));
    s.run('Lead', (c) => editPriorityAction(c, id, 'Supervision of social workers'));
    expect(current(s).priorityActions).toEqual([{ id, text: 'Supervision of social workers' }]);
    expect(refused(s, (c) => editPriorityAction(c, 'pa-9', 'x'))).toMatch(/no area for priority/);
    s.run('Lead', (c) => removePriorityAction(c, id));
    expect(current(s).priorityActions).toEqual([]);
    expect(refused(s, (c) => removePriorityAction(c, id))).toMatch(/no area for priority/);
  });
});

describe('areaHistory', () => {
  it('holds the area’s grade and every finding written for it, removed ones too, and nothing else', () => {
    const s = start();
    s.run('Lead', (c) => setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Strong' }));
    const kept = finding(s, 'Kept', 'leaders');
    const gone = finding(s, 'Gone', 'leaders');
    const other = finding(s, 'Elsewhere');
    s.run('Lead', (c) => removeFinding(c, gone));
    const history = areaHistory(s.operations, 'leaders');
    const ids = new Set(history.map((entry) => entry.id));
    expect(ids).toEqual(new Set(['leaders', kept, gone]));
    expect(ids.has(other)).toBe(false);
    expect(
      history.some(
        (entry) => entry.id === gone && entry.field === '$deleted' && entry.after === true,
      ),
    ).toBe(true);
    const hlcs = history.map((entry) => entry.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
  });
});
