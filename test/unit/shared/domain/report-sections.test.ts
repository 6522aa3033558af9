import { describe, expect, it } from 'vitest';
import { formatImprovementTag, reportSections, type Workbook } from '../../../../shared/domain';
import { emptyWorkbook, judgement } from './builders';

describe('reportSections', () => {
  const workbook: Workbook = {
    ...emptyWorkbook(),
    judgements: [
      judgement('help-and-protection', 'requires-improvement'),
      judgement('leaders', 'good'),
    ],
    findings: [
      {
        id: 'l1',
        area: 'leaders',
        order: 1,
        text: 'Leaders know their services well.',
        evidenceIds: [],
      },
      {
        id: 'h2',
        area: 'help-and-protection',
        order: 2,
        text: 'Strategy discussions are timely.',
        evidenceIds: [],
      },
      {
        id: 'h1',
        area: 'help-and-protection',
        order: 1,
        text: 'Thresholds are not well understood by partners.',
        evidenceIds: ['ev-a'],
        actionTaken: 'Leaders reissued threshold guidance during the inspection.',
      },
      {
        id: 'c1',
        area: 'children-in-care',
        order: 1,
        text: 'Children live in stable homes.',
        evidenceIds: [],
      },
    ],
  };
  const sections = reportSections(workbook);

  it('follows the report’s section order with grades in lower case', () => {
    expect(sections.map((section) => section.heading)).toEqual([
      'The experiences and progress of children who need help and protection: requires improvement to be good',
      'The experiences and progress of children in care',
      'The experiences and progress of care leavers',
      'The impact of leaders on social work practice with children and families: good',
    ]);
  });

  it('numbers paragraphs on across sections, in order within each', () => {
    expect(
      sections.flatMap((section) => section.paragraphs.map((p) => [p.number, p.findingId])),
    ).toEqual([
      [1, 'h1'],
      [2, 'h2'],
      [3, 'c1'],
      [4, 'l1'],
    ]);
  });

  it('keeps the action leaders took during the inspection with its paragraph', () => {
    expect(sections[0]?.paragraphs[0]?.actionTaken).toBe(
      'Leaders reissued threshold guidance during the inspection.',
    );
    expect(sections[0]?.paragraphs[1]?.actionTaken).toBeNull();
  });
});

describe('formatImprovementTag', () => {
  it('prints tags as reports do', () => {
    expect(formatImprovementTag({ kind: 'outcome', number: 3 })).toBe(
      '(Outcome 3, national framework)',
    );
    expect(formatImprovementTag({ kind: 'enabler', number: 2 })).toBe('(Enabler 2)');
  });
});
