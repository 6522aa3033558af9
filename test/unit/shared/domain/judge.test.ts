import { describe, expect, it } from 'vitest';
import { judge, type Workbook } from '../../../../shared/domain';
import { emptyWorkbook, evidence, judgement, trust } from './builders';

/**
 * Wessex (synthetic): the council keeps leadership; Wessex Children's Trust
 * runs children's services; Brightpath, a profit-making company, was also
 * handed some wider functions, which SI 2014/2407 does not allow.
 */
function wessex(): Workbook {
  const brightpath = trust({
    id: 'brightpath',
    name: 'Brightpath Care Ltd',
    legalForm: 'company-limited-by-shares',
    companyNumber: 'SC012345',
    forProfit: true,
    functions: ['wider'],
  });
  return {
    ...emptyWorkbook(),
    providers: [trust(), brightpath],
    evidence: [
      evidence('council', ['leaders'], 'strength'),
      evidence('council', ['leaders'], 'strength'),
      evidence('council', ['leaders'], 'improvement'),
      evidence('wct', ['help-and-protection'], 'concern'),
      evidence('wct', ['help-and-protection', 'leaders'], 'concern'),
      evidence('wct', ['children-in-care'], 'strength'),
      evidence('wct', ['care-leavers'], 'improvement'),
      evidence('brightpath', ['help-and-protection'], 'improvement'),
    ],
    judgements: [
      judgement('leaders', 'good', { moderatedBy: 'Tom Reed' }),
      judgement('help-and-protection', 'inadequate', { moderatedBy: 'asha  patel' }),
      judgement('children-in-care', 'good', { rationale: '  ' }),
      judgement('overall', 'good'),
    ],
  };
}

describe('judge: a council with two delegated providers', () => {
  const result = judge(wessex());

  it('names the framework and lists every area to grade in judgement-table order', () => {
    expect(result.framework).toBe('ilacs-2023');
    expect(result.judgements.map((entry) => [entry.area, entry.grade])).toEqual([
      ['leaders', 'good'],
      ['help-and-protection', 'inadequate'],
      ['children-in-care', 'good'],
      ['care-leavers', null],
      ['overall', 'good'],
    ]);
  });

  it('shows which entity’s evidence drove each grade', () => {
    const helpAndProtection = result.judgements.find(
      (entry) => entry.area === 'help-and-protection',
    );
    expect(helpAndProtection?.contributions).toEqual([
      {
        source: 'council',
        name: 'Wessex County Council',
        strengths: 0,
        improvements: 0,
        concerns: 0,
      },
      {
        source: 'wct',
        name: 'Wessex Children’s Trust',
        strengths: 0,
        improvements: 0,
        concerns: 2,
      },
      {
        source: 'brightpath',
        name: 'Brightpath Care Ltd',
        strengths: 0,
        improvements: 1,
        concerns: 0,
      },
    ]);
    const leaders = result.judgements.find((entry) => entry.area === 'leaders');
    expect(
      leaders?.contributions.map((row) => [
        row.source,
        row.strengths,
        row.improvements,
        row.concerns,
      ]),
    ).toEqual([
      ['council', 2, 1, 0],
      ['wct', 0, 0, 1],
      ['brightpath', 0, 0, 0],
    ]);
  });

  it('counts all evidence towards overall effectiveness', () => {
    const overall = result.judgements.find((entry) => entry.area === 'overall');
    const total = overall?.contributions.reduce(
      (sum, row) => sum + row.strengths + row.improvements + row.concerns,
      0,
    );
    expect(total).toBe(8);
  });

  it('warns that overall is too good for an inadequate practice judgement', () => {
    expect(result.warnings.map((warning) => [warning.rule, warning.accepted])).toEqual([
      ['overall-above-worst-plus-one', null],
      ['experiences-inadequate', null],
    ]);
  });

  it('reports missing grades and rationales as gaps, not warnings', () => {
    expect(result.gaps).toEqual([
      { area: 'children-in-care', reason: 'no-rationale' },
      { area: 'care-leavers', reason: 'no-grade' },
    ]);
  });

  it('flags the profit-making provider holding wider functions', () => {
    expect(result.providerFlags.map((flag) => [flag.provider, flag.rule])).toEqual([
      ['brightpath', 'profit-making-wider-functions'],
    ]);
    expect(result.providerFlags[0]?.message).toContain('SI 2014/2407');
  });

  it('notes a grade prepared and moderated by the same person', () => {
    expect(result.notes).toEqual([
      {
        rule: 'same-preparer-and-moderator',
        area: 'help-and-protection',
        message: expect.stringContaining('Asha Patel'),
      },
    ]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('judge: accepting warnings', () => {
  it('shows an accepted warning as accepted, with the latest rationale', () => {
    const workbook: Workbook = {
      ...wessex(),
      acceptances: [
        {
          rule: 'experiences-inadequate',
          rationale: 'Early view.',
          by: 'Tom Reed',
          at: '2025-03-12T09:00:00Z',
        },
        {
          rule: 'experiences-inadequate',
          rationale:
            'Help and protection failures are confined to one locality and already addressed.',
          by: 'Asha Patel',
          at: '2025-03-13T17:00:00Z',
        },
        {
          rule: 'experiences-inadequate',
          rationale: ' ',
          by: 'Somebody',
          at: '2025-03-14T09:00:00Z',
        },
      ],
    };
    const warnings = judge(workbook).warnings;
    expect(warnings.find((warning) => warning.rule === 'experiences-inadequate')?.accepted).toEqual(
      {
        by: 'Asha Patel',
        rationale:
          'Help and protection failures are confined to one locality and already addressed.',
      },
    );
    expect(
      warnings.find((warning) => warning.rule === 'overall-above-worst-plus-one')?.accepted,
    ).toBeNull();
  });
});

describe('judge: frameworks and kinds', () => {
  it('lists four judgements under ilacs-2026 and rejects an overall grade', () => {
    const result = judge({
      ...emptyWorkbook({
        framework: 'ilacs-2026',
        onSite: { start: '2026-04-27', end: '2026-05-01' },
      }),
      judgements: [judgement('overall', 'good'), judgement('leaders', 'outstanding')],
    });
    expect(result.judgements.map((entry) => entry.area)).toEqual([
      'leaders',
      'help-and-protection',
      'children-in-care',
      'care-leavers',
    ]);
    expect(result.rejected).toEqual([
      { area: 'overall', message: expect.stringContaining('ilacs-2026 does not grade overall') },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('includes overall in a self-assessment under ilacs-2026 only once graded, with its limiting rules', () => {
    const base = emptyWorkbook({
      kind: 'self-assessment',
      framework: 'ilacs-2026',
      onSite: { start: '2026-09-01', end: '2026-09-01' },
    });
    expect(judge(base).judgements.map((entry) => entry.area)).not.toContain('overall');
    expect(judge(base).gaps.map((gap) => gap.area)).not.toContain('overall');
    const graded = judge({
      ...base,
      judgements: [judgement('overall', 'outstanding'), judgement('leaders', 'inadequate')],
    });
    expect(graded.judgements.map((entry) => entry.area)).toContain('overall');
    expect(graded.warnings.map((warning) => warning.rule)).toEqual([
      'overall-above-worst-plus-one',
      'leaders-inadequate',
    ]);
  });

  it('gives a focused visit no judgements, no gaps and refuses its grades', () => {
    const result = judge({
      ...emptyWorkbook({
        kind: 'focused-visit',
        theme: 'front-door',
        onSite: { start: '2025-06-10', end: '2025-06-11' },
      }),
      evidence: [evidence('council', ['help-and-protection'], 'concern')],
      judgements: [judgement('help-and-protection', 'inadequate')],
    });
    expect(result.judgements).toEqual([]);
    expect(result.gaps).toEqual([]);
    expect(result.rejected.map((entry) => entry.area)).toEqual(['help-and-protection']);
  });

  it('notes a framework that does not match the on-site date', () => {
    const result = judge(emptyWorkbook({ framework: 'ilacs-2018' }));
    expect(result.notes).toEqual([
      {
        rule: 'framework-not-for-date',
        area: null,
        message:
          'The workbook uses ilacs-2018, but ilacs-2023 applies to an inspection on site from 2025-03-03.',
      },
    ]);
  });

  it('uses the first of two judgements for one area and reports the second', () => {
    const result = judge({
      ...emptyWorkbook(),
      judgements: [judgement('leaders', 'good'), judgement('leaders', 'inadequate')],
    });
    expect(result.judgements.find((entry) => entry.area === 'leaders')?.grade).toBe('good');
    expect(result.rejected).toHaveLength(1);
  });

  it('flags a provider that does not list the inspected council', () => {
    const result = judge({ ...emptyWorkbook(), providers: [trust({ councils: ['902', '903'] })] });
    expect(result.providerFlags.map((flag) => flag.rule)).toEqual(['provider-not-serving-council']);
  });
});
