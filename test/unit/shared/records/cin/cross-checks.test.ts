/** The CIN cross-checks on hand-built tables: each kind found, and nothing found where all agree. */
import { describe, expect, it } from 'vitest';
import {
  cinCrossChecks,
  type CrossCheckOwner,
} from '../../../../../shared/records/cin/cross-checks';

let n = 0;
const row = (values: Record<string, string>) => ({ row: (n += 1), values });
const header = row({ ReferenceDate: '2026-03-31', Year: '2026' });

function census(file: string, ids: readonly string[], plans: Record<string, string> = {}) {
  return {
    kind: 'cin-census',
    file,
    tables: {
      Header: [header],
      Children: ids.map((id) => row({ LAchildID: id })),
      ChildProtectionPlans: Object.entries(plans).map(([id, start]) =>
        row({ LAchildID: id, CPPstartDate: start, CPPendDate: '' }),
      ),
    },
  };
}

const owners = (provider: CrossCheckOwner['files']): CrossCheckOwner[] => [
  {
    owner: 'council',
    files: [
      census('council.xml', ['P1', 'P2', 'Q1'], { Q1: '2025-05-01' }),
      {
        kind: 'ssda903-csv',
        file: 'episodes.csv',
        tables: { Episodes: [row({ CHILD: 'Q-1', DECOM: '01/02/2026', DEC: '' })] },
      },
    ],
  },
  { owner: 'trust', files: provider },
];

describe('the CIN cross-checks', () => {
  it('find a plan while looked after, a list child in no census, and a provider census missing a child', () => {
    const report = cinCrossChecks(
      owners([
        census('trust.xml', ['P1']),
        {
          kind: 'ssda903-csv',
          file: 'trust-header.csv',
          tables: { Header: [row({ CHILD: 'P1' }), row({ CHILD: 'P-2' })] },
        },
        {
          kind: 'annex-a',
          file: 'annex.xlsx',
          tables: { 'List 6': [row({ 'Child Unique ID': 'R7' })] },
        },
      ]),
    );
    expect(report.census).toBe('2025/26');
    expect(report.findings.map((f) => `${f.kind} ${f.owner} ${f.child}`)).toEqual([
      'protection-and-care council Q1',
      'annex-a-not-in-census trust R7',
      'missing-from-provider-census trust P2',
    ]);
  });

  it('find no missing child when the provider’s census holds them all, and nothing without a census', () => {
    expect(cinCrossChecks(owners([census('trust.xml', ['P1', 'P2'])])).findings).toHaveLength(1);
    expect(cinCrossChecks([{ owner: 'council', files: [] }])).toEqual({
      census: null,
      findings: [],
    });
  });
});
