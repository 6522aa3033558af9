import { describe, expect, it } from 'vitest';
import {
  areaForLabel,
  checklists,
  frameworkById,
  frameworkForDate,
  frameworks,
  inspectionKind,
  inspectionKindIds,
  inspectionKinds,
} from '../../../../shared/domain';

describe('frameworkForDate', () => {
  it.each([
    ['2018-01-01', 'ilacs-2018'],
    ['2022-12-31', 'ilacs-2018'],
    ['2023-01-01', 'ilacs-2023'],
    ['2026-03-31', 'ilacs-2023'],
    ['2026-04-01', 'ilacs-2026'],
    ['2026-04-27', 'ilacs-2026'],
    ['2031-06-15', 'ilacs-2026'],
  ])('an inspection on site from %s uses %s', (date, id) => {
    expect(frameworkForDate(date)?.id).toBe(id);
  });

  it('has no ILACS framework before January 2018 (the SIF applied) or for a non-date', () => {
    expect(frameworkForDate('2017-12-31')).toBeUndefined();
    expect(frameworkForDate('2026-02-30')).toBeUndefined();
    expect(frameworkForDate('1 April 2026')).toBeUndefined();
  });

  it('covers every day from 2018 without overlaps', () => {
    const sorted = [...frameworks].sort((a, b) => a.onSiteFrom.localeCompare(b.onSiteFrom));
    for (let index = 1; index < sorted.length; index += 1) {
      const previousEnd = sorted[index - 1]?.onSiteTo;
      const next = sorted[index]?.onSiteFrom;
      expect(previousEnd).not.toBeNull();
      const dayAfter = new Date(`${previousEnd ?? ''}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(dayAfter.toISOString().slice(0, 10)).toBe(next);
    }
    expect(sorted.at(-1)?.onSiteTo).toBeNull();
  });
});

describe('framework data', () => {
  it('ilacs-2026 grades four judgements and not overall effectiveness', () => {
    const framework = frameworkById('ilacs-2026');
    expect(framework.gradesOverall).toBe(false);
    expect(framework.areas.map((area) => area.id)).toEqual([
      'leaders',
      'help-and-protection',
      'children-in-care',
      'care-leavers',
    ]);
  });

  it('ilacs-2023 grades the five judgements with their exact labels', () => {
    const framework = frameworkById('ilacs-2023');
    expect(framework.gradesOverall).toBe(true);
    expect(framework.areas.map((area) => area.label)).toEqual([
      'The impact of leaders on social work practice with children and families',
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children in care',
      'The experiences and progress of care leavers',
      'Overall effectiveness',
    ]);
  });

  it('ilacs-2018 grades children in care and care leavers together', () => {
    const framework = frameworkById('ilacs-2018');
    const ids = framework.areas.map((area) => area.id);
    expect(ids).toContain('children-in-care-and-care-leavers');
    expect(ids).not.toContain('care-leavers');
    expect(ids).not.toContain('children-in-care');
    expect(
      framework.areas.find((area) => area.id === 'children-in-care-and-care-leavers')?.label,
    ).toBe('The experiences and progress of children in care and care leavers');
  });

  it('says whether overall is graded consistently with its list of areas', () => {
    for (const framework of frameworks) {
      expect(framework.areas.some((area) => area.id === 'overall')).toBe(framework.gradesOverall);
    }
  });

  it('gives each graded area the checklist of its judgement', () => {
    for (const framework of frameworks) {
      for (const area of framework.areas) expect(area.checklist).toBe(checklists[area.id]);
    }
  });

  it('reads printed labels, including the North Northamptonshire variant', () => {
    expect(areaForLabel('The impact of leaders on practice with children and families')).toBe(
      'leaders',
    );
    expect(areaForLabel('the experiences and progress of care leavers')).toBe('care-leavers');
    expect(areaForLabel('Overall effectiveness')).toBe('overall');
    expect(areaForLabel('Leadership, management and governance')).toBeUndefined();
  });
});

describe('inspection kinds', () => {
  it('has an entry for every public id', () => {
    expect(inspectionKinds.map((kind) => kind.id)).toEqual([...inspectionKindIds]);
    expect(inspectionKindIds).toEqual([
      'ilacs-standard',
      'ilacs-short',
      'focused-visit',
      'monitoring-visit',
      'self-assessment',
    ]);
  });

  it('grades inspections and self-assessments but not visits', () => {
    expect(inspectionKind('ilacs-standard').gradedBy).toBe('ofsted');
    expect(inspectionKind('self-assessment').gradedBy).toBe('council');
    expect(inspectionKind('focused-visit').gradedBy).toBeNull();
    expect(inspectionKind('monitoring-visit').gradedBy).toBeNull();
    expect(inspectionKind('focused-visit').hasTheme).toBe(true);
    expect(inspectionKind('monitoring-visit').hasPriorityActions).toBe(true);
  });
});
