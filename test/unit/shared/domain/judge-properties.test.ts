import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evidenceFindings,
  frameworkById,
  frameworkIds,
  gradeIds,
  judge,
  type AreaId,
  type Workbook,
} from '../../../../shared/domain';
import { emptyWorkbook, evidence, judgement, trust } from './builders';

const onSiteFor = {
  'ilacs-2018': '2021-06-07',
  'ilacs-2023': '2024-10-07',
  'ilacs-2026': '2026-05-11',
} as const;

/** A standard inspection under any framework, with random evidence and grades on its own areas. */
const workbookArb = fc
  .constantFrom(...frameworkIds)
  .chain((frameworkId) => {
    const areas = frameworkById(frameworkId).areas.map((area) => area.id);
    const sources = ['council', 'wct', 'ifa'];
    const item = fc.record({
      source: fc.constantFrom(...sources),
      areas: fc.subarray(areas, { minLength: 1 }),
      finding: fc.constantFrom(...evidenceFindings),
    });
    return fc.record({
      frameworkId: fc.constant(frameworkId),
      items: fc.array(item, { maxLength: 25 }),
      graded: fc.subarray(areas),
      grade: fc.constantFrom(...gradeIds),
      blankRationale: fc.boolean(),
    });
  })
  .map(({ frameworkId, items, graded, grade, blankRationale }): Workbook => {
    const start = onSiteFor[frameworkId];
    return {
      ...emptyWorkbook({ framework: frameworkId, onSite: { start, end: start } }),
      providers: [trust(), trust({ id: 'ifa', name: 'Wessex Fostering CIC', legalForm: 'cic' })],
      evidence: items.map((entry) => evidence(entry.source, entry.areas, entry.finding)),
      judgements: graded.map((area) =>
        judgement(area, grade, blankRationale ? { rationale: '' } : {}),
      ),
    };
  });

const total = (
  rows: readonly { strengths: number; improvements: number; concerns: number }[],
): number => rows.reduce((sum, row) => sum + row.strengths + row.improvements + row.concerns, 0);

describe('judge: properties', () => {
  it('contribution counts sum to the evidence bearing on each area', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        for (const entry of judge(workbook).judgements) {
          const expected =
            entry.area === 'overall'
              ? workbook.evidence.length
              : workbook.evidence.filter((item) => item.areas.includes(entry.area)).length;
          expect(total(entry.contributions)).toBe(expected);
        }
      }),
    );
  });

  it('lists the council and every provider in each area’s contributions', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        for (const entry of judge(workbook).judgements) {
          expect(entry.contributions.map((row) => row.source)).toEqual(['council', 'wct', 'ifa']);
        }
      }),
    );
  });

  it('has a no-grade gap for exactly the ungraded areas', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        const result = judge(workbook);
        const graded = new Set(workbook.judgements.map((entry) => entry.area));
        const ungraded = frameworkById(workbook.inspection.framework)
          .areas.map((area) => area.id)
          .filter((area) => !graded.has(area));
        const noGrade = result.gaps
          .filter((gap) => gap.reason === 'no-grade')
          .map((gap) => gap.area);
        expect(noGrade).toEqual(ungraded);
        for (const entry of result.judgements)
          expect(entry.grade === null).toBe(!graded.has(entry.area));
      }),
    );
  });

  it('has a no-evidence gap exactly where no evidence bears on an area', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        const result = judge(workbook);
        const withoutEvidence = result.judgements
          .filter((entry) => total(entry.contributions) === 0)
          .map((entry) => entry.area);
        const gaps = result.gaps
          .filter((gap) => gap.reason === 'no-evidence')
          .map((gap) => gap.area);
        expect(gaps).toEqual(withoutEvidence);
      }),
    );
  });

  it('never warns when every grade is the same', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        expect(judge(workbook).warnings).toEqual([]);
      }),
    );
  });

  it('never turns a missing grade, rationale or evidence into a warning', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        const emptied: Workbook = {
          ...workbook,
          evidence: [],
          judgements: workbook.judgements.map((entry) => ({ ...entry, rationale: '' })),
        };
        expect(judge(emptied).warnings).toEqual(judge(workbook).warnings);
      }),
    );
  });

  it('drops every limiting warning when the overall grade is removed', () => {
    const mixed = fc.record({
      grades: fc.array(fc.constantFrom(...gradeIds), { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(mixed, ({ grades }) => {
        const areas: AreaId[] = [
          'leaders',
          'help-and-protection',
          'children-in-care',
          'care-leavers',
          'overall',
        ];
        const workbook: Workbook = {
          ...emptyWorkbook(),
          judgements: areas.map((area, index) => judgement(area, grades[index] ?? 'good')),
        };
        const withoutOverall = {
          ...workbook,
          judgements: workbook.judgements.filter((entry) => entry.area !== 'overall'),
        };
        expect(judge(withoutOverall).warnings).toEqual([]);
      }),
    );
  });

  it('returns plain JSON for any workbook', () => {
    fc.assert(
      fc.property(workbookArb, (workbook) => {
        const result = judge(workbook);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
    );
  });
});
