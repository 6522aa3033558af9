import { describe, expect, it } from 'vitest';
import { frameworkById, type InspectionKindId } from '../../../../shared/domain';
import {
  acceptRule,
  addEvidence,
  addFinding,
  addImprovement,
  addPriorityAction,
  createInspection,
  createSession,
  reportCheck,
  setGrade,
  setSummary,
  workbookFromOperations,
  type Session,
} from '../../../../shared/workbook';

function start(
  kind: InspectionKindId,
  framework: 'ilacs-2023' | 'ilacs-2026' = 'ilacs-2026',
): Session {
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
      framework,
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  return s;
}

function check(s: Session) {
  const workbook = workbookFromOperations(s.operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return reportCheck(workbook.data);
}

describe('reportCheck', () => {
  it('lists every missing part of a new standard inspection, then nothing once written', () => {
    const s = start('ilacs-standard');
    const framework = frameworkById('ilacs-2026');
    const keys = check(s).map((item) => item.key);
    expect(keys[0]).toBe('no-summary');
    for (const area of framework.reportOrder) {
      expect(keys).toContain(`no-grade:${area}`);
      expect(keys).toContain(`no-findings:${area}`);
      expect(keys).toContain(`no-evidence:${area}`);
    }
    expect(keys).toContain('no-improvements');
    expect(keys).not.toContain('no-priority-actions');

    s.run('Lead', (c) => setSummary(c, 'Children are safer.'));
    s.run('Lead', (c) => addImprovement(c, 'Plans', { kind: 'outcome', number: 1 }));
    for (const area of framework.areas.map((a) => a.id)) {
      const ev = s.run('Lead', (c) =>
        addEvidence(c, {
          source: 'council',
          areas: [area],
          finding: 'strength',
          kind: 'case-sampling',
          text: `Evidence for ${area}`,
        }),
      );
      s.run('Lead', (c) =>
        setGrade(c, { area, grade: 'good', rationale: 'Sound', evidenceIds: [ev] }),
      );
      if (framework.reportOrder.includes(area)) {
        s.run('Lead', (c) => addFinding(c, { area, text: `About ${area}`, evidenceIds: [ev] }));
      }
    }
    expect(check(s)).toEqual([]);
  });

  it('names the area by its label, points at where to fix it, and lists unaccepted warnings', () => {
    const s = start('ilacs-standard', 'ilacs-2023');
    s.run('Lead', (c) =>
      setGrade(c, { area: 'overall', grade: 'outstanding', rationale: 'Great' }),
    );
    s.run('Lead', (c) => setGrade(c, { area: 'leaders', grade: 'inadequate', rationale: 'Weak' }));
    const items = check(s);
    const leaders = items.find((item) => item.key === 'no-findings:leaders');
    expect(leaders?.text).toMatch(/^The impact of leaders .* has no findings\.$/);
    expect(leaders?.target).toEqual({ page: 'area', area: 'leaders' });
    const warnings = items.filter((item) => item.key.startsWith('warning:'));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.target.page === 'warnings')).toBe(true);
    const rule = warnings[0]?.key.replace('warning:', '') ?? '';
    s.run('Lead', (c) => acceptRule(c, rule, 'Considered'));
    expect(check(s).map((item) => item.key)).not.toContain(`warning:${rule}`);
  });

  it('asks a monitoring visit for priority actions and findings, not grades or improvements', () => {
    const s = start('monitoring-visit');
    expect(check(s).map((item) => item.key)).toEqual([
      'no-summary',
      'no-findings',
      'no-priority-actions',
    ]);
    s.run('Lead', (c) => addPriorityAction(c, 'Supervision'));
    s.run('Lead', (c) => setSummary(c, 'Progress is slow.'));
    s.run('Lead', (c) => addFinding(c, { area: 'help-and-protection', text: 'Referrals wait.' }));
    expect(check(s)).toEqual([]);
  });
});
