import { describe, expect, it } from 'vitest';
import {
  acceptanceSchema,
  evidenceSchema,
  inspectionSchema,
  parseWorkbook,
  providerSchema,
  type WorkbookInput,
} from '../../../../shared/domain';
import { emptyWorkbook, evidence, judgement, trust } from './builders';

const messages = (result: { error?: { issues: { message: string }[] } }): string[] =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('inspection schema', () => {
  const base = emptyWorkbook().inspection;

  it('accepts a standard inspection', () => {
    expect(inspectionSchema.safeParse(base).success).toBe(true);
  });

  it('requires a three-digit DfE LA code', () => {
    const result = inspectionSchema.safeParse({
      ...base,
      council: { name: 'Wessex', laCode: '90' },
    });
    expect(messages(result)).toEqual([
      'expected a DfE local authority code: three digits, e.g. 330',
    ]);
  });

  it('refuses an on-site period that ends before it starts, or an unreal date', () => {
    expect(
      messages(
        inspectionSchema.safeParse({ ...base, onSite: { start: '2025-03-14', end: '2025-03-03' } }),
      ),
    ).toEqual(['the on-site period cannot end before it starts']);
    expect(
      inspectionSchema.safeParse({ ...base, onSite: { start: '2025-02-29', end: '2025-03-03' } })
        .success,
    ).toBe(false);
  });

  it('requires a theme for a focused visit and only for one', () => {
    const visit = { ...base, kind: 'focused-visit' };
    expect(messages(inspectionSchema.safeParse(visit))).toEqual([
      'a focused visit looks at one theme: choose it',
    ]);
    expect(inspectionSchema.safeParse({ ...visit, theme: 'front-door' }).success).toBe(true);
    expect(messages(inspectionSchema.safeParse({ ...base, theme: 'front-door' }))).toEqual([
      'only a focused visit has a theme',
    ]);
    expect(inspectionSchema.safeParse({ ...visit, theme: 'adoption' }).success).toBe(false);
  });
});

describe('provider schema', () => {
  it('normalises the Companies House number on parsing', () => {
    const parsed = providerSchema.parse({ ...trust(), companyNumber: '1234567' });
    expect(parsed.companyNumber).toBe('01234567');
  });

  it('may omit the company number and the contract end', () => {
    const { companyNumber: _unused, ...withoutNumber } = trust();
    expect(providerSchema.safeParse(withoutNumber).success).toBe(true);
  });

  it('refuses a contract ending before it starts, an empty function list and duplicate councils', () => {
    const result = providerSchema.safeParse({
      ...trust(),
      contract: { start: '2020-04-01', end: '2019-03-31' },
      functions: [],
      councils: ['901', '901'],
    });
    expect(messages(result)).toEqual([
      'a delegated provider holds at least one kind of function',
      'the contract cannot end before it starts',
      'each council may be listed only once',
    ]);
  });

  it('reserves the id "council"', () => {
    expect(providerSchema.safeParse({ ...trust(), id: 'council' }).success).toBe(false);
  });

  it('refuses an unknown legal form and names the allowed ones', () => {
    const result = providerSchema.safeParse({ ...trust(), legalForm: 'partnership' });
    expect(messages(result)[0]).toContain('cic, company-limited-by-guarantee');
  });
});

describe('evidence schema', () => {
  it('fills in empty lists for checklist items, children and attachments', () => {
    const {
      checklistItems: _c,
      childIds: _k,
      attachments: _a,
      ...minimal
    } = evidence('council', ['leaders'], 'strength');
    const parsed = evidenceSchema.parse(minimal);
    expect([parsed.checklistItems, parsed.childIds, parsed.attachments]).toEqual([[], [], []]);
  });

  it('needs at least one area and a real SHA-256 for attachments', () => {
    const item = evidence('council', ['leaders'], 'strength');
    expect(messages(evidenceSchema.safeParse({ ...item, areas: [] }))).toEqual([
      'evidence must relate to at least one judgement area',
    ]);
    expect(
      evidenceSchema.safeParse({ ...item, attachments: [{ name: 'audit.pdf', sha256: 'abc' }] })
        .success,
    ).toBe(false);
  });

  it('keeps the date the evidence relates to apart from when it was recorded', () => {
    const parsed = evidenceSchema.parse(
      evidence('council', ['leaders'], 'strength', {
        relatesTo: '2024-11-05',
        recordedAt: '2025-03-05T14:00:00Z',
      }),
    );
    expect(parsed.relatesTo).toBe('2024-11-05');
    expect(parsed.recordedAt).toBe('2025-03-05T14:00:00Z');
  });
});

describe('acceptance schema', () => {
  it('refuses a blank rationale', () => {
    const result = acceptanceSchema.safeParse({
      rule: 'overall-below-worst',
      rationale: '   ',
      by: 'Asha Patel',
      at: '2025-03-13T16:00:00Z',
    });
    expect(messages(result)).toEqual(['a warning can only be accepted with a recorded rationale']);
  });
});

describe('parseWorkbook', () => {
  it('accepts a coherent workbook', () => {
    const item = evidence('wct', ['children-in-care'], 'strength', { checklistItems: ['cic-iro'] });
    const input: WorkbookInput = {
      ...emptyWorkbook(),
      providers: [trust()],
      evidence: [item],
      judgements: [judgement('children-in-care', 'good', { evidenceIds: [item.id] })],
      findings: [
        {
          id: 'f1',
          area: 'children-in-care',
          order: 1,
          text: 'IROs challenge drift.',
          evidenceIds: [item.id],
        },
      ],
    };
    const result = parseWorkbook(input);
    expect(result.ok).toBe(true);
  });

  it('lists every broken cross-reference with its path', () => {
    const item = evidence('acme', ['care-leavers'], 'concern', { checklistItems: ['hp-lado'] });
    const result = parseWorkbook({
      ...emptyWorkbook({
        framework: 'ilacs-2018',
        onSite: { start: '2021-06-07', end: '2021-06-18' },
      }),
      evidence: [item, item],
      judgements: [
        judgement('leaders', 'good', { evidenceIds: ['ev-missing'] }),
        judgement('leaders', 'good'),
      ],
      findings: [{ id: 'f1', area: 'overall', order: 1, text: 'Headline.' }],
      priorityActions: [{ id: 'p1', text: 'Act now.' }],
    });
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.error.message;
    expect(text).toContain('evidence: the id "ev-');
    expect(text).toContain(
      'evidence.0.source: the source "acme" is neither "council" nor a listed provider',
    );
    expect(text).toContain('evidence.0.areas: ilacs-2018 has no care-leavers judgement');
    expect(text).toContain('evidence.0.checklistItems: "hp-lado" is not a checklist item');
    expect(text).toContain('judgements: leaders is graded more than once');
    expect(text).toContain('judgements.0.evidenceIds: no evidence has the id "ev-missing"');
    expect(text).toContain('findings.0.area: findings belong to a narrative section');
    expect(text).toContain(
      'priorityActions: a standard inspection does not set areas for priority action',
    );
  });

  it('rejects an overall grade under ilacs-2026 with a clear message', () => {
    const result = parseWorkbook({
      ...emptyWorkbook({
        framework: 'ilacs-2026',
        onSite: { start: '2026-04-27', end: '2026-05-01' },
      }),
      judgements: [judgement('overall', 'good')],
    });
    expect(result.ok ? '' : result.error.message).toContain(
      'ilacs-2026 does not grade overall. Overall effectiveness is not graded for inspections on site from 1 April 2026',
    );
  });

  it('refuses any grade in a monitoring visit but accepts its priority actions', () => {
    const visit = emptyWorkbook({ kind: 'monitoring-visit' });
    expect(
      parseWorkbook({
        ...visit,
        priorityActions: [{ id: 'p1', text: 'Strengthen management oversight.' }],
      }).ok,
    ).toBe(true);
    const graded = parseWorkbook({ ...visit, judgements: [judgement('leaders', 'inadequate')] });
    expect(graded.ok ? '' : graded.error.message).toContain('A monitoring visit gives no grades');
  });

  it('checks checklist items against the framework’s own checklist for the area', () => {
    const combined = emptyWorkbook({
      framework: 'ilacs-2018',
      onSite: { start: '2021-06-07', end: '2021-06-18' },
    });
    const tagged = (id: string): WorkbookInput => ({
      ...combined,
      evidence: [
        evidence('council', ['children-in-care-and-care-leavers'], 'strength', {
          checklistItems: [id],
        }),
      ],
    });
    // Before 2023 care-leaver topics sat in the combined judgement; Ofsted's
    // Dec 2022 criteria for the new judgement did not.
    expect(parseWorkbook(tagged('cl-pathway-plans')).ok).toBe(true);
    expect(parseWorkbook(tagged('cic-iro')).ok).toBe(true);
    expect(parseWorkbook(tagged('cl-criteria-health')).ok).toBe(false);
  });

  it('reports malformed data without throwing', () => {
    const result = parseWorkbook({ inspection: null });
    expect(result.ok).toBe(false);
  });
});
