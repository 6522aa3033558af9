import { describe, expect, it } from 'vitest';
import type { RecordProblem, Severity } from '../../../../../shared/records/problem';
import type { ProblemEntry } from '../../../../../renderer/src/db/problems-repository';
import {
  countsBy,
  filterEntries,
  filterFromQuery,
  queryFromFilter,
} from '../../../../../renderer/src/features/records/entry-filter';

/** Generated entries: owners, severities, rules and children in rotation. */
function entries(count: number): ProblemEntry[] {
  const owners = ['council', 'prov-1', 'inspection'];
  const severities: Severity[] = ['error', 'warning', 'info'];
  return Array.from({ length: count }, (_, i) => {
    const problem: RecordProblem = {
      rule: `rule-${i % 4}`,
      severity: severities[i % 3] ?? 'error',
      file: `f${i % 2}.csv`,
      row: i + 2,
      message: `problem ${i}`,
      ...(i % 3 === 0 ? { dfeCode: String(1000 + (i % 2)) } : {}),
    };
    return {
      problem,
      importId: `imp-${i % 2}`,
      owner: owners[i % 3] ?? 'council',
      fileName: `f${i % 2}.csv`,
      ...(i % 5 === 0 ? {} : { childId: `NM-${i % 7}` }),
    };
  });
}

const none = { owner: '', severity: '', rule: '', dfe: '', child: '' } as const;

describe('problems across files: filter', () => {
  it('reads a filter from the address and writes back only what narrows', () => {
    const filter = filterFromQuery({
      owner: 'prov-1',
      severity: 'error',
      dfe: '1000',
      child: 'NM-3',
    });
    expect(filter).toEqual({
      owner: 'prov-1',
      severity: 'error',
      rule: '',
      dfe: '1000',
      child: 'NM-3',
    });
    expect(queryFromFilter(filter)).toEqual({
      owner: 'prov-1',
      severity: 'error',
      dfe: '1000',
      child: 'NM-3',
    });
    // An unknown severity in a hand-edited address means any.
    expect(filterFromQuery({ severity: 'fatal' }).severity).toBe('');
    expect(filterFromQuery(undefined)).toEqual({
      owner: '',
      severity: '',
      rule: '',
      dfe: '',
      child: '',
    });
  });

  it('keeps exactly the entries matching every part, in order', () => {
    const all = entries(200);
    const filter = {
      owner: 'council',
      severity: 'error' as const,
      rule: 'rule-1',
      dfe: '',
      child: '',
    };
    const shown = filterEntries(all, filter);
    const expected = all.filter(
      (e) => e.owner === 'council' && e.problem.severity === 'error' && e.problem.rule === 'rule-1',
    );
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThan(0);
  });

  it('matches a child by the whole id, whatever its case, and never entries without a child', () => {
    const all = entries(100);
    const shown = filterEntries(all, { ...none, child: ' nm-3 ' });
    expect(shown.length).toBeGreaterThan(0);
    for (const entry of shown) expect(entry.childId).toBe('NM-3');
    expect(filterEntries(all, { ...none, child: 'NM-' })).toEqual([]);
  });

  it('keeps the problems raised under one DfE code, with the other filters', () => {
    const all = entries(120);
    const shown = filterEntries(all, { ...none, dfe: '1001', child: 'NM-3' });
    expect(shown).toEqual(all.filter((e) => e.problem.dfeCode === '1001' && e.childId === 'NM-3'));
    expect(shown.length).toBeGreaterThan(0);
    expect(filterEntries(all, { ...none, dfe: '9999' })).toEqual([]);
  });

  it('counts entries by a key, adding up to the whole', () => {
    const all = entries(90);
    const counts = countsBy(all, (e) => e.owner);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(90);
    expect(counts.get('prov-1')).toBe(30);
  });
});
