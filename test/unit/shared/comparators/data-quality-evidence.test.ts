import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { withComparators } from '../../../../shared/comparators/indicator-comparators';
import type { FrameworkId } from '../../../../shared/domain';
import type { IndicatorReport } from '../../../../shared/records/indicators';
import { dataQualityEvidence } from '../../../../shared/tasks';
import {
  addEvidence,
  createInspection,
  createSession,
  workbookFromOperations,
} from '../../../../shared/workbook';

const computed: IndicatorReport = {
  year: { label: '2024/25', start: '2024-04-01', end: '2025-03-31', detected: true },
  asAt: null,
  census: null,
  indicators: [
    {
      id: 'care-leavers-eet',
      label: 'Care leavers in education, employment or training',
      scope: 'council',
      scopeName: 'Bristol',
      numerator: 100,
      denominator: 400,
      // Bristol published 64% for 2025: 25% is far beyond 0.5 + 0.25 points.
      value: 25,
      unit: 'percent',
      source: 's',
      definition: 'd',
      data: 'ssda903',
      available: true,
    },
  ],
  notes: [],
};

function session(framework: FrameworkId) {
  let counter = 0;
  const s = createSession({
    newId: (prefix) => `${prefix}-${(counter += 1)}`,
    now: () => '2026-10-05T12:00:00Z',
    wallClock: () => Date.UTC(2026, 9, 5),
  });
  s.run('Lead', (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      framework,
      council: { name: 'Bristol City Council', laCode: '801' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  return s;
}

describe('a data-quality note as evidence', () => {
  it.each([
    ['ilacs-2026', 'care-leavers'],
    ['ilacs-2018', 'children-in-care-and-care-leavers'],
  ] as const)(
    '%s: recorded with the evidence task, in the area it belongs to (%s)',
    (framework, area) => {
      const s = session(framework);
      const before = workbookFromOperations(s.operations);
      if (!before.ok) throw new Error(before.error.message);
      const [result] = withComparators(computed, bundledComparators(), '801').indicators;
      if (result === undefined) throw new Error('no result');
      expect(result.comparators?.dataQuality?.published).toBe(64);
      const input = dataQualityEvidence(before.data, result);
      expect(input).toMatchObject({ source: 'council', areas: [area], kind: 'performance-data' });
      if (input === undefined) return;
      s.run('Lead', (c) => addEvidence(c, input));
      const after = workbookFromOperations(s.operations);
      if (!after.ok) throw new Error(after.error.message);
      expect(after.data.evidence.map((e) => e.text)).toEqual([input.text]);
    },
  );

  it('has nothing to record for an indicator with no note', () => {
    const s = session('ilacs-2026');
    const workbook = workbookFromOperations(s.operations);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const agrees = computed.indicators.map((i) => ({ ...i, value: 64 }));
    const [result] = withComparators(
      { ...computed, indicators: agrees },
      bundledComparators(),
      '801',
    ).indicators;
    if (result === undefined) throw new Error('no result');
    expect(dataQualityEvidence(workbook.data, result)).toBeUndefined();
  });
});
