import { describe, expect, it } from 'vitest';
import { frameworkById } from '../../../../../shared/domain';
import {
  checkDraft,
  criteriaFor,
  splitChildIds,
} from '../../../../../renderer/src/features/evidence/capture-validation';
import type { EvidenceDraft } from '../../../../../renderer/src/features/evidence/evidence-draft';

const areas = frameworkById('ilacs-2026').areas;
const context = { sources: ['council', 'prov-1'], areas, today: '2026-10-05' };
const leadersItem = areas
  .find((a) => a.id === 'leaders')
  ?.checklist.find((i) => i.group !== 'note');
const careItem = areas
  .find((a) => a.id === 'care-leavers')
  ?.checklist.find((i) => i.group !== 'note');

const good: EvidenceDraft = {
  source: 'prov-1',
  kind: 'audit',
  areas: ['leaders'],
  finding: 'improvement',
  text: '  Audits do not follow up actions.  ',
  checklistItems: [],
  childIds: ' NM-1, NM-2;NM-3  NM-1 ',
  relatesTo: { day: '4', month: '10', year: '2026' },
};

describe('splitChildIds', () => {
  it('splits on commas, semicolons and spaces, keeping each id once', () => {
    expect(splitChildIds(' NM-1, NM-2;NM-3\nNM-1 ')).toEqual(['NM-1', 'NM-2', 'NM-3']);
    expect(splitChildIds('  ')).toEqual([]);
  });
});

describe('checkDraft', () => {
  it('turns a complete draft into the command’s input, trimmed', () => {
    expect(checkDraft(good, context)).toEqual({
      ok: true,
      input: {
        source: 'prov-1',
        kind: 'audit',
        areas: ['leaders'],
        finding: 'improvement',
        text: 'Audits do not follow up actions.',
        checklistItems: [],
        childIds: ['NM-1', 'NM-2', 'NM-3'],
        relatesTo: '2026-10-04',
      },
    });
  });

  it('reports each missing or wrong field with its own message', () => {
    const checked = checkDraft(
      {
        ...good,
        source: 'prov-gone',
        areas: [],
        finding: '',
        text: '  ',
        relatesTo: { day: '30', month: '2', year: '2026' },
      },
      context,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors)).toEqual([
      'source',
      'areas',
      'finding',
      'text',
      'relatesTo',
    ]);
    expect(checked.errors.areas).toBe('Select at least one judgement area');
    expect(checked.errors.relatesTo).toBe('The date the evidence relates to must be a real date');
  });

  it('refuses a date in the future and an area the framework does not grade', () => {
    const checked = checkDraft(
      { ...good, relatesTo: { day: '6', month: 'Oct', year: '2026' }, areas: ['overall'] },
      context,
    );
    expect(checked.ok ? {} : checked.errors).toEqual({
      areas: 'Select at least one judgement area',
      relatesTo: 'The date the evidence relates to must be today or in the past',
    });
  });

  it('keeps only ticked criteria of the areas chosen', () => {
    expect(leadersItem).toBeDefined();
    expect(careItem).toBeDefined();
    const checked = checkDraft(
      { ...good, checklistItems: [leadersItem?.id ?? '', careItem?.id ?? ''] },
      context,
    );
    expect(checked.ok ? checked.input.checklistItems : []).toEqual([leadersItem?.id]);
  });
});

describe('criteriaFor', () => {
  it('gives the chosen areas’ criteria in framework order, without guidance notes', () => {
    const groups = criteriaFor(areas, ['care-leavers', 'leaders']);
    expect(groups.map((g) => g.area.id)).toEqual(['leaders', 'care-leavers']);
    expect(groups.flatMap((g) => g.items).some((i) => i.group === 'note')).toBe(false);
    expect(groups[0]?.items.length).toBeGreaterThan(0);
  });
});
