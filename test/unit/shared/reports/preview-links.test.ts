import { describe, expect, it } from 'vitest';
import { buildReport, reportHtml, reportPreviewHtml } from '../../../../shared/reports';
import {
  addEvidence,
  addFinding,
  createInspection,
  createSession,
  setGrade,
  workbookFromOperations,
} from '../../../../shared/workbook';

function report() {
  let n = 0;
  const s = createSession({
    newId: (prefix) => `${prefix}-${(n += 1)}`,
    now: () => '2026-10-06T10:00:00Z',
  });
  s.run('Lead', (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  const ids = ['One "quoted" <item>', 'Two'].map((text) =>
    s.run('Lead', (c) =>
      addEvidence(c, {
        source: 'council',
        areas: ['leaders'],
        finding: 'strength',
        kind: 'meeting',
        text,
      }),
    ),
  );
  s.run('Lead', (c) => setGrade(c, { area: 'leaders', grade: 'good', rationale: 'r' }));
  s.run('Lead', (c) => addFinding(c, { area: 'leaders', text: 'Leaders act.', evidenceIds: ids }));
  const workbook = workbookFromOperations(s.operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return {
    ids,
    data: buildReport(workbook.data, { version: 1, generatedAt: '2026-10-16T12:00:00Z' }),
  };
}

describe('evidence links in the in-app preview', () => {
  it('links every evidence id of a paragraph in the preview, escaped, and never in the twin', () => {
    const { ids, data } = report();
    const preview = reportPreviewHtml(data, (id) => `#/inspections/i&1/evidence/${id}`);
    for (const id of ids) {
      expect(preview).toContain(
        `<a class="govuk-link" href="#/inspections/i&amp;1/evidence/${id}">${id}</a>`,
      );
    }
    expect(reportPreviewHtml(data)).not.toContain('<a class="govuk-link"');
    expect(reportHtml(data)).not.toContain('#/inspections/');
    expect(reportHtml(data)).toContain(`Evidence: ${ids.join(', ')}`);
  });
});
