// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { frameworkById } from '../../../../../shared/domain';
import type { AddEvidenceInput } from '../../../../../shared/workbook';
import { CaptureForm } from '../../../../../renderer/src/features/evidence/CaptureForm';
import { localToday } from '../../../../../renderer/src/features/evidence/labels';
import { appDrafts } from '../../../../../renderer/src/db/app-store';
import { pageKeys } from '../../../../../renderer/src/db/protection/page-keys';

// jsdom lays nothing out, so it has no scrollIntoView. Drafts go to the
// encrypted store (encrypted-drafts.ts), unlocked here with a random key.
beforeAll(async () => {
  await pageKeys.unlock(crypto.getRandomValues(new Uint8Array(32)));
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    value: vi.fn(),
    configurable: true,
  });
});

afterEach(async () => {
  cleanup();
  for (const key of ['workbook.evidence-draft.insp-1', 'workbook.evidence-defaults.insp-1']) {
    appDrafts.removeItem(key);
  }
  await appDrafts.flush();
});

const areas = frameworkById('ilacs-2026').areas;
const sources = [
  { value: 'council', label: 'Northmoor Borough Council (the council)' },
  { value: 'prov-1', label: 'Harbour Lane Social Work Practice Ltd' },
];

function renderForm(
  onSave: (input: AddEvidenceInput) => Promise<{ readonly ok: true; readonly message: string }>,
) {
  return render(
    <CaptureForm inspectionId="insp-1" sources={sources} areas={areas} onSave={onSave} />,
  );
}

function note(): HTMLTextAreaElement {
  const box = screen.getByLabelText('What the evidence shows');
  if (!(box instanceof HTMLTextAreaElement)) throw new Error('no note box');
  return box;
}

describe('CaptureForm', () => {
  it('saves on Ctrl+Enter, then clears the note, keeps source, kind and areas, and refocuses the note', async () => {
    const onSave = vi.fn(async (_input: AddEvidenceInput) => ({
      ok: true as const,
      message: 'Evidence saved: test.',
    }));
    renderForm(onSave);
    fireEvent.change(screen.getByLabelText('Who is the evidence about?'), {
      target: { value: 'prov-1' },
    });
    fireEvent.change(screen.getByLabelText('How was it gathered?'), { target: { value: 'audit' } });
    fireEvent.click(screen.getByLabelText('The experiences and progress of care leavers'));
    fireEvent.click(screen.getByLabelText('Serious concern'));
    fireEvent.change(note(), { target: { value: '  Pathway plans missing  ' } });
    fireEvent.change(screen.getByLabelText('Child ids (optional)'), {
      target: { value: 'NM-1, NM-2 NM-1' },
    });
    // Every change is on the device at once.
    expect(JSON.parse(appDrafts.getItem('workbook.evidence-draft.insp-1') ?? '{}')).toMatchObject({
      source: 'prov-1',
      text: '  Pathway plans missing  ',
      childIds: 'NM-1, NM-2 NM-1',
    });
    await act(async () => {
      fireEvent.keyDown(note(), { key: 'Enter', ctrlKey: true });
    });
    expect(onSave).toHaveBeenCalledWith({
      source: 'prov-1',
      kind: 'audit',
      areas: ['care-leavers'],
      finding: 'concern',
      text: 'Pathway plans missing',
      checklistItems: [],
      childIds: ['NM-1', 'NM-2'],
      relatesTo: localToday(),
    });
    expect(screen.getByText('Evidence saved: test.')).toBeDefined();
    expect(note().value).toBe('');
    expect(document.activeElement).toBe(note());
    expect(appDrafts.getItem('workbook.evidence-draft.insp-1')).toBeNull();
    expect(screen.getByLabelText('Who is the evidence about?')).toHaveProperty('value', 'prov-1');
    expect(screen.getByLabelText('How was it gathered?')).toHaveProperty('value', 'audit');
    expect(screen.getByLabelText('The experiences and progress of care leavers')).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByLabelText('Serious concern')).toHaveProperty('checked', false);

    // The next visit starts from the same choices.
    cleanup();
    renderForm(onSave);
    expect(screen.getByLabelText('Who is the evidence about?')).toHaveProperty('value', 'prov-1');
    expect(screen.queryByText(/We restored/)).toBeNull();
  });

  it('gives back an unsaved draft after a reload, and shows linked errors without saving', async () => {
    const onSave = vi.fn(async (_input: AddEvidenceInput) => ({
      ok: true as const,
      message: 'saved',
    }));
    renderForm(onSave);
    fireEvent.change(note(), { target: { value: 'Half a note' } });
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2' } });
    cleanup();
    // A reload: the page's copy is gone, and the draft is read back from the store.
    await appDrafts.flush();
    appDrafts.forget();
    await appDrafts.load();
    renderForm(onSave);
    expect(screen.getByText(/We restored the note you had not saved/)).toBeDefined();
    expect(note().value).toBe('Half a note');
    await act(async () => {
      fireEvent.keyDown(note(), { key: 'Enter', metaKey: true });
    });
    expect(onSave).not.toHaveBeenCalled();
    const links = screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Select at least one judgement area', '#evidence-areas'],
      [
        'Select whether the evidence shows a strength, an area for improvement or a serious concern',
        '#evidence-finding-0',
      ],
      ['The date the evidence relates to must be a real date', '#evidence-date'],
    ]);
    for (const [, href] of links)
      expect(document.getElementById(href?.slice(1) ?? '')).not.toBeNull();
    // Clearing the form throws the draft away.
    fireEvent.click(screen.getByRole('button', { name: 'Clear the form' }));
    expect(note().value).toBe('');
    expect(appDrafts.getItem('workbook.evidence-draft.insp-1')).toBeNull();
  });
});
