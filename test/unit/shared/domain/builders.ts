import type {
  AreaId,
  Evidence,
  EvidenceFinding,
  GradeId,
  Judgement,
  Provider,
  Workbook,
} from '../../../../shared/domain';

/**
 * Synthetic test data: an invented council ("Wessex", LA code 901) and
 * invented providers. Nothing here is real personal data.
 */
export const council = { name: 'Wessex County Council', laCode: '901' } as const;

/** A standard inspection on site in March 2025, under ilacs-2023, with nothing recorded yet. */
export function emptyWorkbook(overrides: Partial<Workbook['inspection']> = {}): Workbook {
  return {
    inspection: {
      id: 'insp-1',
      kind: 'ilacs-standard',
      framework: 'ilacs-2023',
      council: { ...council },
      onSite: { start: '2025-03-03', end: '2025-03-14' },
      team: [
        { name: 'Asha Patel', role: 'lead' },
        { name: 'Tom Reed', role: 'inspector' },
      ],
      ...overrides,
    },
    providers: [],
    evidence: [],
    judgements: [],
    summary: '',
    findings: [],
    improvements: [],
    priorityActions: [],
    acceptances: [],
  };
}

/** A not-for-profit trust holding both kinds of delegated function for Wessex. */
export function trust(overrides: Partial<Provider> = {}): Provider {
  return {
    id: 'wct',
    name: 'Wessex Children’s Trust',
    legalForm: 'company-limited-by-guarantee',
    companyNumber: '11223344',
    forProfit: false,
    functions: ['relevant-care', 'wider'],
    contract: { start: '2019-04-01' },
    councils: ['901'],
    ...overrides,
  };
}

let evidenceCounter = 0;

/** One evidence item; each call gets a fresh id unless one is given. */
export function evidence(
  source: string,
  areas: readonly AreaId[],
  finding: EvidenceFinding,
  overrides: Partial<Evidence> = {},
): Evidence {
  evidenceCounter += 1;
  return {
    id: `ev-${evidenceCounter}`,
    source,
    kind: 'case-tracking',
    areas: [...areas],
    checklistItems: [],
    finding,
    text: `Case tracked by inspectors (${finding}).`,
    relatesTo: '2025-02-20',
    recordedAt: '2025-03-04T10:30:00Z',
    author: 'Tom Reed',
    childIds: [],
    attachments: [],
    ...overrides,
  };
}

/** A judgement with a rationale, prepared by the lead inspector. */
export function judgement(
  area: AreaId,
  grade: GradeId,
  overrides: Partial<Judgement> = {},
): Judgement {
  return {
    area,
    grade,
    rationale: `Grade for ${area} reflects the tracked cases.`,
    evidenceIds: [],
    preparedBy: 'Asha Patel',
    ...overrides,
  };
}
