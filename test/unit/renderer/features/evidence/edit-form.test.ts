import { describe, expect, it } from 'vitest';
import { frameworkById } from '../../../../../shared/domain';
import { checkEdit, editDraftOf } from '../../../../../renderer/src/features/evidence/edit-form';
import { makeEvidence } from './make-evidence';

const areas = frameworkById('ilacs-2026').areas;
const onSite = { start: '2026-10-05', end: '2026-10-16' };
const context = {
  sources: ['council', 'prov-1'],
  areas,
  today: '2026-10-20',
  onSite,
  dateConfirmed: false,
};
const item = makeEvidence('ev-7', { childIds: ['NM-1', 'NM-2'], relatesTo: '2026-10-06' });

describe('checkEdit', () => {
  it('fills the form from the item and gives back the same fields when nothing changed', () => {
    const draft = editDraftOf(item);
    expect(draft.relatesTo).toEqual({ day: '6', month: '10', year: '2026' });
    expect(draft.childIds).toBe('NM-1, NM-2');
    expect(checkEdit('ev-7', draft, context)).toEqual({
      ok: true,
      input: {
        id: 'ev-7',
        source: 'council',
        kind: 'meeting',
        areas: ['leaders'],
        finding: 'strength',
        text: 'Note ev-7',
        checklistItems: [],
        childIds: ['NM-1', 'NM-2'],
        relatesTo: '2026-10-06',
      },
    });
  });

  it('reads the three date fields as the GOV.UK pattern does and reports them with the other errors', () => {
    const draft = {
      ...editDraftOf(item),
      text: ' ',
      relatesTo: { day: '31', month: '2', year: '2026' },
    };
    const checked = checkEdit('ev-7', draft, context);
    expect(checked).toEqual({
      ok: false,
      errors: {
        text: 'Enter what the evidence shows',
        relatesTo: 'The date the evidence relates to must be a real date',
      },
    });
    const noMonth = checkEdit(
      'ev-7',
      { ...editDraftOf(item), relatesTo: { day: '1', month: '', year: '2026' } },
      context,
    );
    expect(noMonth.ok === false && noMonth.errors.relatesTo).toBe(
      'The date the evidence relates to must include a month',
    );
  });

  it('questions a date long before the visit or after it until confirmed', () => {
    const early = {
      ...editDraftOf(item),
      relatesTo: { day: '1', month: 'September', year: '2026' },
    };
    expect(checkEdit('ev-7', early, context)).toEqual({
      ok: 'question',
      question: 'before-visit',
      relatesTo: '2026-09-01',
    });
    const late = { ...editDraftOf(item), relatesTo: { day: '18', month: '10', year: '2026' } };
    expect(checkEdit('ev-7', late, context)).toMatchObject({
      ok: 'question',
      question: 'after-visit',
    });
    expect(checkEdit('ev-7', early, { ...context, dateConfirmed: true })).toMatchObject({
      ok: true,
      input: { relatesTo: '2026-09-01' },
    });
  });

  it('refuses a date in the future outright, as the capture form does', () => {
    const future = { ...editDraftOf(item), relatesTo: { day: '21', month: '10', year: '2026' } };
    const checked = checkEdit('ev-7', future, context);
    expect(checked.ok === false && checked.errors.relatesTo).toMatch(/today or in the past/);
  });
});
