import { describe, expect, it } from 'vitest';
import {
  contributions,
  countedEvidence,
  questionEvidenceDate,
  reportSections,
} from '../../../../shared/domain';
import { reportEvidenceIds } from '../../../../shared/reports';
import {
  addEvidence,
  addFinding,
  auditTrail,
  createInspection,
  createSession,
  editEvidence,
  setGrade,
  withdrawEvidence,
  workbookFromOperations,
  type CommandContext,
  type EditEvidenceInput,
  type Session,
} from '../../../../shared/workbook';

function session(): { readonly session: Session; readonly ids: readonly string[] } {
  let counter = 0;
  let clock = Date.UTC(2026, 9, 5);
  const s = createSession({
    newId: (prefix) => `${prefix}-${(counter += 1)}`,
    now: () => new Date(clock).toISOString(),
    wallClock: () => (clock += 1000),
  });
  s.run('Lead', (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  const add = (finding: 'strength' | 'concern', text: string) =>
    s.run('Lead', (c) =>
      addEvidence(c, {
        source: 'council',
        areas: ['children-in-care'],
        finding,
        kind: 'meeting',
        text,
        checklistItems: ['cic-iro'],
        childIds: ['C1'],
        relatesTo: '2026-10-05',
      }),
    );
  const ids = [add('strength', 'IROs know their children'), add('concern', 'Plans drift')];
  return { session: s, ids };
}

function workbookOf(s: Session) {
  const workbook = workbookFromOperations(s.operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return workbook.data;
}

const edit = (input: EditEvidenceInput) => (c: CommandContext) => editEvidence(c, input);
const withdraw = (id: string, reason: string) => (c: CommandContext) =>
  withdrawEvidence(c, { id, reason });

describe('editEvidence', () => {
  it('records only the fields that change, one op each, by the editor', () => {
    const { session: s, ids } = session();
    const id = ids[0] ?? '';
    const before = s.operations.length;
    s.run(
      'Inspector',
      edit({
        id,
        source: 'council',
        kind: 'case-tracking',
        areas: ['children-in-care'],
        text: 'IROs know their children well',
        childIds: ['C1', 'C2', 'C2'],
      }),
    );
    const added = s.operations.slice(before);
    expect(added.map((op) => [op.field, op.value, op.author])).toEqual([
      ['kind', 'case-tracking', 'Inspector'],
      ['text', 'IROs know their children well', 'Inspector'],
      ['childIds', ['C1', 'C2'], 'Inspector'],
    ]);
    expect(workbookOf(s).evidence[0]).toMatchObject({
      id,
      kind: 'case-tracking',
      text: 'IROs know their children well',
      childIds: ['C1', 'C2'],
      finding: 'strength',
    });
    const trail = auditTrail(s.operations, { entity: 'evidence', id });
    expect(trail.at(-1)).toMatchObject({
      field: 'childIds',
      author: 'Inspector',
      before: { kind: 'value', value: ['C1'], author: 'Lead' },
      after: ['C1', 'C2'],
    });
  });

  it('writes nothing when saved unchanged', () => {
    const { session: s, ids } = session();
    const before = s.operations.length;
    s.run('Lead', edit({ id: ids[0] ?? '', finding: 'strength', relatesTo: '2026-10-05' }));
    expect(s.operations.length).toBe(before);
  });

  it('refuses what add refuses, an unknown id and a withdrawn item, writing nothing', () => {
    const { session: s, ids } = session();
    const id = ids[0] ?? '';
    const before = s.operations.length;
    expect(() => s.run('Lead', edit({ id: 'ev-nope', text: 'x' }))).toThrow(
      /no evidence item "ev-nope".*ev-2, ev-3/,
    );
    expect(() => s.run('Lead', edit({ id, source: 'prov-9' }))).toThrow(/neither "council"/);
    expect(() => s.run('Lead', edit({ id, areas: [] }))).toThrow(/at least one judgement area/);
    expect(() => s.run('Lead', edit({ id, text: '  ' }))).toThrow(/text/);
    expect(() => s.run('Lead', edit({ id, areas: ['leaders'] }))).toThrow(/cic-iro/);
    expect(s.operations.length).toBe(before);
    s.run('Lead', withdraw(id, 'Duplicate'));
    expect(() => s.run('Lead', edit({ id, text: 'Changed' }))).toThrow(/withdrawn by Lead/);
  });
});

describe('withdrawEvidence', () => {
  it('keeps the item, marked with who, when and why, and it stops counting everywhere', () => {
    const { session: s, ids } = session();
    const [kept = '', gone = ''] = ids;
    s.run('Lead', (c) =>
      setGrade(c, {
        area: 'children-in-care',
        grade: 'good',
        rationale: 'Strong',
        evidenceIds: [kept, gone],
      }),
    );
    s.run('Lead', (c) =>
      addFinding(c, { area: 'children-in-care', text: 'Plans drift', evidenceIds: [gone, kept] }),
    );
    expect(reportEvidenceIds(workbookOf(s))).toEqual([kept, gone].sort());
    s.run('Inspector', withdraw(gone, '  Recorded against the wrong child  '));

    const workbook = workbookOf(s);
    expect(workbook.evidence.map((e) => e.id)).toEqual([kept, gone]);
    expect(workbook.evidence[1]?.withdrawn).toEqual({
      by: 'Inspector',
      at: expect.stringMatching(/^2026-10-05T/),
      reason: 'Recorded against the wrong child',
    });
    expect(countedEvidence(workbook.evidence).map((e) => e.id)).toEqual([kept]);
    expect(contributions(workbook, 'children-in-care')[0]).toMatchObject({
      strengths: 1,
      concerns: 0,
    });
    expect(reportEvidenceIds(workbook)).toEqual([kept]);
    const paragraph = reportSections(workbook).flatMap((section) => section.paragraphs)[0];
    expect(paragraph?.evidenceIds).toEqual([kept]);
  });

  it('refuses a blank reason, an unknown id and a second withdrawal, writing nothing', () => {
    const { session: s, ids } = session();
    const id = ids[0] ?? '';
    const before = s.operations.length;
    expect(() => s.run('Lead', withdraw(id, '   '))).toThrow(/reason/);
    expect(() => s.run('Lead', withdraw('ev-9', 'x'))).toThrow(/no evidence item "ev-9"/);
    expect(s.operations.length).toBe(before);
    s.run('Lead', withdraw(id, 'Duplicate'));
    const after = s.operations.length;
    expect(() => s.run('Inspector', withdraw(id, 'Again'))).toThrow(/already withdrawn by Lead/);
    expect(s.operations.length).toBe(after);
  });

  it('an item without a withdrawal (an older bundle) still parses and counts', () => {
    const { session: s } = session();
    const workbook = workbookOf(s);
    expect(workbook.evidence.every((e) => !('withdrawn' in e))).toBe(true);
    expect(countedEvidence(workbook.evidence)).toHaveLength(2);
  });
});

describe('questionEvidenceDate', () => {
  const onSite = { start: '2026-10-05', end: '2026-10-16' };
  it('questions a future date, one long before the visit and one after it', () => {
    expect(questionEvidenceDate('2026-10-20', onSite, '2026-10-19')).toBe('future');
    expect(questionEvidenceDate('2026-09-20', onSite, '2026-10-19')).toBe('before-visit');
    expect(questionEvidenceDate('2026-10-18', onSite, '2026-10-19')).toBe('after-visit');
  });
  it('accepts the on-site days and the fortnight before them', () => {
    for (const date of ['2026-09-21', '2026-10-01', '2026-10-05', '2026-10-16']) {
      expect(questionEvidenceDate(date, onSite, '2026-10-19')).toBeUndefined();
    }
  });
});
